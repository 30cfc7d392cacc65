// Writes a list of quotes for `canvass quotes`: JSON (an array of objects), CSV (one row
// a quote) or Markdown ready to paste ("…" — Survey respondent, role). Only redacted
// text and attributes of groups at or above the suppression threshold ever get here.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/quote.hpp"

namespace canvass {

// JSON fields: id, text, respondent, attribution, group, question, source, line, origin,
// sentence, theme, themes, tone, score, decision.
void write_quotes_json(std::ostream& out, const std::vector<Quote>& quotes);

// CSV columns: id,text,respondent,attribution,question,source,line,origin,theme,themes,tone,score,decision
void write_quotes_csv(std::ostream& out, const std::vector<Quote>& quotes);

// `heading` (may be empty) introduces the list, e.g. "Comments from the 3 of 13 …".
void write_quotes_markdown(std::ostream& out, const std::vector<Quote>& quotes, const std::string& heading);

// The file name of a path, for short provenance lines.
std::string file_name(const std::string& path);

}  // namespace canvass
