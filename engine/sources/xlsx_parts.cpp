#include "sources/xlsx_parts.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "sources/xlsx_reader.hpp"

namespace canvass {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_true(std::string_view v) { return v == "1" || v == "true"; }

// The format string with quoted text, [brackets] (colours, locales) and escapes removed,
// leaving only what shows a value. Elapsed-time brackets ([h], [mm]) keep their letters.
std::string format_letters(std::string_view code) {
  std::string out;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const auto end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // escaped, padding or fill character
    } else if (c == '[') {
      const auto end = code.find(']', i + 1);
      if (end == std::string_view::npos) break;
      const std::string inside = lower(code.substr(i + 1, end - i - 1));
      if (!inside.empty() && inside.find_first_not_of("hms") == std::string::npos) out += inside;
      i = end;
    } else {
      out += static_cast<char>((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    }
  }
  return out;
}

DateStyle date_style(int id, std::string_view code) {
  if (!is_date_format(id, code)) return DateStyle::none;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) return DateStyle::time_only;
  const std::string letters = format_letters(code);
  if (!code.empty() && letters.find_first_of("dy") == std::string::npos) return DateStyle::time_only;
  return DateStyle::date;
}

int number_attribute(const XmlElement& e, std::string_view name, std::string_view otherwise) {
  int id = 0;
  const auto v = e.attribute(name).value_or(otherwise);
  std::from_chars(v.data(), v.data() + v.size(), id);
  return id;
}

}  // namespace

void WorkbookPart::start_element(const XmlElement& e) {
  if (e.name == "workbookPr") {
    // Only where it is said: Excel 2010 adds an x14:workbookPr (same local name) without it.
    if (auto v = e.attribute("date1904")) date1904 = is_true(*v);
  } else if (e.name == "sheet") {
    WorkbookSheet s;
    s.name = std::string(e.attribute("name").value_or(""));
    for (const auto& a : e.attributes)  // r:id, in the relationships namespace
      if (a.name == "id" && !a.uri.empty()) s.rel_id = std::string(a.value);
    sheets.push_back(std::move(s));
  }
}

void StylesPart::start_element(const XmlElement& e) {
  if (e.name == "numFmt") {
    custom_formats[number_attribute(e, "numFmtId", "")] = std::string(e.attribute("formatCode").value_or(""));
  } else if (e.name == "cellXfs") {
    in_cell_xfs = true;
  } else if (e.name == "xf" && in_cell_xfs) {
    xf_format.push_back(number_attribute(e, "numFmtId", "0"));
  }
}

void StylesPart::end_element(std::string_view name, std::string_view) {
  if (name == "cellXfs") in_cell_xfs = false;
}

std::vector<DateStyle> StylesPart::date_styles() const {
  std::vector<DateStyle> out;
  for (int id : xf_format) {
    auto custom = custom_formats.find(id);
    out.push_back(date_style(id, custom == custom_formats.end() ? std::string_view{} : custom->second));
  }
  return out;
}

void number_cell_text(double number, DateStyle style, bool date1904, std::string& out) {
  if (style != DateStyle::none && std::isfinite(number) && number >= 0 && number < 2958466) {  // up to 9999-12-31
    out = excel_serial_to_iso(number, date1904, style == DateStyle::time_only && number < 1);
    return;
  }
  char buffer[32];
  if (std::floor(number) == number && std::fabs(number) < 1e15) {
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(number));
    out.assign(buffer, end);
    return;
  }
  std::snprintf(buffer, sizeof buffer, "%.15g", number);  // Excel shows 15 significant digits
  out = buffer;
}

std::optional<CellRef> parse_cell_ref(std::string_view ref) {
  CellRef out;
  std::size_t i = 0, column = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    const char c = static_cast<char>(ref[i] >= 'a' ? ref[i] - 'a' + 'A' : ref[i]);
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    if (++i > 3) return std::nullopt;
  }
  if (i == 0) return std::nullopt;
  out.column = column - 1;
  if (i < ref.size()) {
    auto [p, ec] = std::from_chars(ref.data() + i, ref.data() + ref.size(), out.row);
    if (ec != std::errc{} || p != ref.data() + ref.size() || out.row == 0) return std::nullopt;
  }
  return out;
}

bool is_date_format(int id, std::string_view code) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return true;
  if (code.empty()) return false;
  const std::string letters = format_letters(code);
  if (letters == "general") return false;
  return letters.find_first_of("dmyhs") != std::string::npos;
}

std::string excel_serial_to_iso(double serial, bool date1904, bool time_only) {
  using namespace std::chrono;
  long long total = std::llround(serial * 86400.0);  // whole seconds, rounding carried into the day
  long long days = total / 86400;
  const long long seconds = total % 86400;
  char time[16];
  std::snprintf(time, sizeof time, "%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
  if (time_only) return time;
  std::string date;
  if (!date1904 && days == 60) {
    date = "1900-02-29";  // the day Lotus 1-2-3 invented and Excel kept
  } else {
    sys_days base = date1904 ? sys_days{year{1904} / 1 / 1} : sys_days{year{1899} / 12 / 30};
    if (!date1904 && days < 60) days += 1;  // before the phantom leap day serials are one day off
    const year_month_day ymd{base + std::chrono::days{days}};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    date = buffer;
  }
  if (seconds == 0) return date;
  return date + "T" + time;
}

}  // namespace canvass
