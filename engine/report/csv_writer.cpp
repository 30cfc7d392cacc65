#include "report/csv_writer.hpp"

#include <cstdio>

#include "report/spreadsheet_safe.hpp"

namespace canvass {

std::string csv_field(std::string_view raw) {
  const std::string safe = spreadsheet_safe(raw);  // no formula, no control character
  const std::string_view value = safe;
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return safe;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    out << csv_field(fields[i]);
  }
  out << '\n';
}

std::string format_number(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  if (s == "-0.0" || s == "-0") s.erase(0, 1);
  return s;
}

}  // namespace canvass
