// One quote in the bank: redacted text with its provenance (origin, respondent, question,
// source file and line), themes, tone, score, and the report writer's decision.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "analysis/quote_tone.hpp"

namespace canvass {

struct Quote {
  std::string id;                // stable across runs: a hash of origin, question and redacted text
  std::string origin;            // "comment" or "note"
  std::int64_t origin_id = 0;    // comment.id or note.id in the store
  int sentence = 0;              // 0: the whole passage; n: its n-th sentence
  std::string respondent;        // "R12" or "table 2"
  std::string voice;             // who is speaking (the per-respondent cap counts these)
  std::string question;
  std::string source;
  std::int64_t line = 0;
  std::string text;              // redacted: the only text a quote ever holds
  std::vector<std::string> themes;
  std::string theme;             // the theme it illustrates best (empty when none)
  ToneScore tone;
  double score = 0;              // 0..1, see QuoteBank
  std::string group;             // attribution ("Local authority staff"), empty when suppressed
  std::string decision;          // "", "keep" or "reject"
  // The parts of the score, kept for explanation and tests.
  double representativeness = 0, substance = 0, length_fit = 0, self_contained = 0;
  std::int64_t respondent_id = -1;  // comments only
};

// "Survey respondent, Local authority staff", "Survey respondent", "Focus group notes, table 2".
std::string attribution(const Quote& q);

}  // namespace canvass
