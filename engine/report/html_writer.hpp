// HTML pieces shared by the report and `dist --format html`: escaping, and the page
// shell with its inline stylesheet (no network, prints cleanly on A4).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace canvass {

// `s` safe as HTML text or a quoted attribute value.
std::string html_escape(std::string_view s);

// An answer label as HTML text, inside <span lang="cy"> when the scale vocabulary knows it
// only in another language than the page's English (WCAG 3.1.2, language of parts).
std::string html_answer_label(std::string_view label);
// That language ("cy"), or empty for English and labels the vocabulary does not know.
std::string answer_label_language(std::string_view label);

void write_html_start(std::ostream& out, const std::string& title);
void write_html_end(std::ostream& out);

}  // namespace canvass
