// HTML pieces shared by the report and `dist --format html`: escaping, and the page
// shell with its inline stylesheet (no network, prints cleanly on A4).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace canvass {

// `s` safe as HTML text or a quoted attribute value.
std::string html_escape(std::string_view s);

void write_html_start(std::ostream& out, const std::string& title);
void write_html_end(std::ostream& out);

}  // namespace canvass
