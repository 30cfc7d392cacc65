// Quotes tied to a number: the respondents who gave one answer (agree, neutral or
// disagree) to one statement, so quotes can be drawn from "the 3 of 13 who disagreed".
#pragma once

#include <cstdint>
#include <set>
#include <string>

#include "store/sqlite.hpp"

namespace canvass {

struct LevelScope {
  std::string statement;              // the statement's text as stored
  std::string level;                  // "agree", "neutral" or "disagree"
  std::set<std::int64_t> respondents;  // who gave that answer
  long n = 0;                         // who gave any substantive answer to the statement
  // "the 3 of 13 respondents who disagreed that “…”"
  std::string describe() const;
};

// `statement` is words of a Likert statement (or of a single Likert question); it must
// pick out one statement text. `level` is agree, neutral or disagree.
Result<LevelScope> respondents_at_level(Database& db, const std::string& statement, const std::string& level);

}  // namespace canvass
