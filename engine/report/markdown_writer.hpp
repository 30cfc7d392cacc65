// Markdown pieces shared by the writers: text that Markdown shows as written — no raw
// HTML (`<script>`), no links or images a reader did not ask for (`[x](javascript:...)`,
// `<javascript:...>`), no control characters — and table cells that cannot break the table.
#pragma once

#include <string>
#include <string_view>

namespace canvass {

// `s` as literal Markdown text: < > and a backslash escaped with a backslash, as are a "("
// or ":" right after "]" (the start of a link's target or definition); control characters
// replaced (text/printable); line breaks kept only when `keep_breaks`.
std::string md_text(std::string_view s, bool keep_breaks = false);

// `s` safe inside a Markdown table cell: md_text, pipes escaped, line breaks made spaces.
std::string md_cell(std::string_view s);

}  // namespace canvass
