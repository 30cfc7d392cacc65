// The raw material of the quote bank, read from the store: every free-text comment (with
// its respondent, question, source line and the respondent's group) and every note point.
// Text here is as written; it is redacted before it becomes a quote (quote_bank.cpp).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "store/sqlite.hpp"

namespace canvass {

struct Passage {
  std::string origin;         // "comment" or "note"
  std::int64_t origin_id = 0;  // comment.id or note.id
  std::optional<std::int64_t> respondent_id;  // comments only
  std::string respondent;     // "R12" (respondent.id) or "table 2" for notes
  std::string voice;          // who is speaking, for the per-respondent cap
  std::string question;       // the open question (or the note's question/heading)
  std::string source;         // the source file's path
  std::int64_t line = 0;      // the respondent's line, or the note's
  std::string text;
  std::string group;          // the respondent's value of the attribution attribute
  long group_size = 0;        // respondents sharing that value
  // What an earlier run's pipeline made of it (analysis/quote_cache), "" when nothing;
  // good only when passage_text_hash still gives `cached_hash`.
  std::string cached_pieces;
  std::int64_t cached_hash = 0;
};

// Which respondent attribute attributes a quote ("Local authority staff"): `wanted` is an
// attribute name or words of its question's text; empty picks a single-choice question
// whose text mentions a role. Nothing when none fits.
Result<std::optional<std::string>> attribution_attribute(Database& db, const std::string& wanted);

// Calls `use` with every comment and every note point (kinds note, summary, text;
// duplicates left out), comments first in source and line order, one at a time: a store
// of any size is read in constant memory. With `pipeline`, each passage carries the
// pieces stored for it by that pipeline, if any.
Status for_each_passage(Database& db, const std::optional<std::string>& attribute,
                        const std::function<void(Passage&)>& use, std::optional<std::int64_t> pipeline = std::nullopt);

}  // namespace canvass
