// Finds people's names in text by evidence: a word's lists (first name, surname, nickname)
// weighed against counter-evidence (everyday word, place, organisation or programme word,
// heading, all-capitals line) and the context around it (a title, a role or family word,
// "thanks to", reported speech, "X and Y"). Used by the Redactor on normalised text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/name_lists.hpp"
#include "text/words.hpp"

namespace canvass {

struct NameSpan {
  std::size_t begin, end;  // byte offsets into the text
};

// Every name found in `text`, left to right (they may overlap). `listed`: the study's own
// names, each as the name_keys of its words, found wherever they occur.
std::vector<NameSpan> find_names(std::string_view text, const NameLists& lists,
                                 const std::vector<std::vector<std::string>>& listed);
// The same with the text already split: `text_words` is words(text).
std::vector<NameSpan> find_names(std::string_view text, const std::vector<Word>& text_words, const NameLists& lists,
                                 const std::vector<std::vector<std::string>>& listed);

}  // namespace canvass
