// Cells safe to open in Excel, LibreOffice or Google Sheets: a value a spreadsheet would
// run as a formula is made plain text, as OWASP recommends for CSV injection.
#pragma once

#include <string>
#include <string_view>

namespace canvass {

// `cell` with a leading apostrophe when it begins with = + - @, a tab or a carriage return
// ("=HYPERLINK(...)", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3"), unless it is a plain
// number ("-2", "+3", "-0.5", "1e-3"), which a spreadsheet reads as the number it is.
// Control characters are replaced as text/printable does.
std::string spreadsheet_safe(std::string_view cell);

}  // namespace canvass
