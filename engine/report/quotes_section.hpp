// The quote bank as a report section: quotes grouped by theme, positive and critical
// both shown, the report writer's keep/reject respected, each attributed without naming
// a group under the suppression threshold. HTML and Markdown.
#pragma once

#include <ostream>
#include <vector>

#include "analysis/quote_bank.hpp"

namespace canvass {

void write_quotes_section_markdown(std::ostream& out, const std::vector<ThemeQuotes>& themes);
void write_quotes_section_html(std::ostream& out, const std::vector<ThemeQuotes>& themes);

}  // namespace canvass
