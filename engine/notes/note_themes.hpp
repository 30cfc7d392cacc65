// Which of the codebook's themes each note record raises: the quote bank's matcher
// (ThemeMatcher, Snowball stems) over the record's text, with bounded work per record.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/codebook.hpp"
#include "notes/note_record.hpp"
#include "text/redactor.hpp"

namespace canvass {

class NoteThemes {
 public:
  explicit NoteThemes(const Codebook& codebook);

  // The themes of `text`, in codebook order. A text longer than a few kilobytes is matched
  // a piece at a time (cut at white space), so one huge line costs no more than a piece.
  std::vector<std::string> of(std::string_view text);
  // The same with the text already prepared for the redactor, whose words are reused when
  // its normalised text is the text itself.
  std::vector<std::string> of(std::string_view text, const PreparedText& prepared);

  // Sets `themes` on every record (titles, headings and questions too).
  void tag(std::vector<NoteRecord>& records);

  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;  // codebook order
  ThemeMatcher matcher_;
};

}  // namespace canvass
