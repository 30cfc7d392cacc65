#include "sources/xlsx_reader.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "sources/ooxml_package.hpp"
#include "sources/xml_reader.hpp"

namespace canvass {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_true(std::string_view v) { return v == "1" || v == "true"; }

// --- xl/workbook.xml: sheets in order and the date system --------------------------------
struct SheetEntry {
  std::string name;
  std::string rel_id;
};

struct Workbook : XmlVisitor {
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void start_element(const XmlElement& e) override {
    if (e.name == "workbookPr") {
      date1904 = is_true(e.attribute("date1904").value_or(""));
    } else if (e.name == "sheet") {
      SheetEntry s;
      s.name = std::string(e.attribute("name").value_or(""));
      for (const auto& a : e.attributes)  // r:id, in the relationships namespace
        if (a.name == "id" && !a.uri.empty()) s.rel_id = std::string(a.value);
      sheets.push_back(std::move(s));
    }
  }
};

// --- xl/sharedStrings.xml: each <si>, rich-text runs joined, phonetic runs left out -----
struct SharedStrings : XmlVisitor {
  std::vector<std::string> strings;
  std::string current;
  bool in_si = false, in_t = false;
  int in_phonetic = 0;
  void start_element(const XmlElement& e) override {
    if (e.name == "si") {
      in_si = true;
      current.clear();
    } else if (e.name == "rPh") {
      ++in_phonetic;
    } else if (e.name == "t" && in_si && in_phonetic == 0) {
      in_t = true;
    }
  }
  void characters(std::string_view text) override {
    if (in_t) current.append(text);
  }
  void end_element(std::string_view name, std::string_view) override {
    if (name == "t") in_t = false;
    else if (name == "rPh") --in_phonetic;
    else if (name == "si") {
      strings.push_back(std::move(current));
      current.clear();
      in_si = false;
    }
  }
};

// --- xl/styles.xml: which cell styles show dates ----------------------------------------
struct Styles : XmlVisitor {
  std::unordered_map<int, std::string> custom_formats;
  std::vector<int> xf_format;  // cellXfs index -> numFmtId
  bool in_cell_xfs = false;
  void start_element(const XmlElement& e) override {
    if (e.name == "numFmt") {
      int id = 0;
      const auto v = e.attribute("numFmtId").value_or("");
      std::from_chars(v.data(), v.data() + v.size(), id);
      custom_formats[id] = std::string(e.attribute("formatCode").value_or(""));
    } else if (e.name == "cellXfs") {
      in_cell_xfs = true;
    } else if (e.name == "xf" && in_cell_xfs) {
      int id = 0;
      const auto v = e.attribute("numFmtId").value_or("0");
      std::from_chars(v.data(), v.data() + v.size(), id);
      xf_format.push_back(id);
    }
  }
  void end_element(std::string_view name, std::string_view) override {
    if (name == "cellXfs") in_cell_xfs = false;
  }
};

enum class DateStyle { none, date, time_only };

// --- the worksheet ---------------------------------------------------------------------
struct Sheet : XmlVisitor {
  const std::vector<std::string>* shared = nullptr;
  const std::vector<DateStyle>* date_styles = nullptr;
  bool date1904 = false;

  std::vector<Row> rows;
  bool has_data = false;

  std::size_t next_row = 1, next_column = 0;
  std::size_t cell_column = 0;
  std::string cell_type, value, inline_text;
  std::size_t cell_style = 0;
  bool in_cell = false, in_v = false, in_is = false, in_t = false;
  int in_phonetic = 0;

  void start_element(const XmlElement& e) override {
    if (e.name == "row") {
      std::size_t number = next_row;
      if (auto r = e.attribute("r")) {
        std::size_t n = 0;
        auto [p, ec] = std::from_chars(r->data(), r->data() + r->size(), n);
        if (ec != std::errc{} || p != r->data() + r->size() || n == 0 || (!rows.empty() && n <= rows.back().line))
          return stop("a row number that is not after the previous row: r=\"" + std::string(*r) + "\"");
        number = n;
      }
      rows.push_back(Row{number, {}});
      next_row = number + 1;
      next_column = 0;
    } else if (e.name == "c") {
      if (rows.empty()) return stop("a cell outside any row");
      in_cell = true;
      cell_column = next_column;
      if (auto r = e.attribute("r")) {
        auto ref = parse_cell_ref(*r);
        if (!ref || (ref->row != 0 && ref->row != rows.back().line))
          return stop("a cell reference that does not fit its row: r=\"" + std::string(*r) + "\"");
        cell_column = ref->column;
      }
      if (cell_column > 16383) return stop("a cell beyond Excel's last column XFD");
      next_column = cell_column + 1;
      cell_type = std::string(e.attribute("t").value_or("n"));
      cell_style = 0;
      if (auto s = e.attribute("s")) std::from_chars(s->data(), s->data() + s->size(), cell_style);
      value.clear();
      inline_text.clear();
    } else if (in_cell && e.name == "v") {
      in_v = true;
    } else if (in_cell && e.name == "is") {
      in_is = true;
    } else if (in_is && e.name == "rPh") {
      ++in_phonetic;
    } else if (in_is && e.name == "t" && in_phonetic == 0) {
      in_t = true;
    }
  }
  void characters(std::string_view text) override {
    if (in_v) value.append(text);
    else if (in_t) inline_text.append(text);
  }
  void end_element(std::string_view name, std::string_view) override {
    if (name == "v") in_v = false;
    else if (name == "t") in_t = false;
    else if (name == "rPh") --in_phonetic;
    else if (name == "is") in_is = false;
    else if (name == "c" && in_cell) {
      in_cell = false;
      std::string text = cell_text();
      if (text.empty()) return;
      auto& cells = rows.back().cells;
      if (cells.size() <= cell_column) cells.resize(cell_column + 1);
      cells[cell_column] = std::move(text);
      has_data = true;
    }
  }

  std::string cell_text() {
    if (cell_type == "s") {
      std::size_t index = 0;
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
      if (ec != std::errc{} || p != value.data() + value.size() || index >= shared->size()) {
        stop("a shared-string index " + value + " that the workbook does not have");
        return {};
      }
      return (*shared)[index];
    }
    if (cell_type == "inlineStr") return inline_text;
    if (cell_type == "b") return value.empty() ? std::string{} : (is_true(value) ? "TRUE" : "FALSE");
    if (cell_type == "str" || cell_type == "e") return value;
    // "n" (or "d", an ISO date written as text by some producers)
    if (cell_type == "d" || value.empty()) return value;
    double number = 0;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (ec != std::errc{} || p != value.data() + value.size()) {
      stop("a number cell holding \"" + value + "\"");
      return {};
    }
    const DateStyle style = cell_style < date_styles->size() ? (*date_styles)[cell_style] : DateStyle::none;
    if (style != DateStyle::none && number >= 0 && number < 2958466)  // up to 9999-12-31
      return excel_serial_to_iso(number, date1904, style == DateStyle::time_only && number < 1);
    if (std::floor(number) == number && std::fabs(number) < 1e15)
      return std::to_string(static_cast<long long>(number));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", number);  // Excel shows 15 significant digits
    return buffer;
  }
};

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

Location part_location(const std::string& path, const std::string& part) { return Location{path, 0, 0, part}; }

}  // namespace

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

Result<Table> read_xlsx(const std::string& path, std::string_view bytes, const XlsxOptions& options) {
  XmlRuntime runtime;  // one Xerces initialisation for every part below
  auto zip_or = ZipArchive::open(path, bytes, options.limits);
  if (!zip_or) return zip_or.error();
  ZipArchive& zip = *zip_or;
  auto parser_or = XmlParser::create(XmlOptions::ooxml());
  if (!parser_or) return parser_or.error();
  XmlParser& parser = *parser_or;

  auto parse_part = [&](const std::string& part, XmlVisitor& visitor) -> Status {
    auto content = zip.read(part);
    if (!content) return content.error();
    return parser.parse(*content, part_location(path, part), visitor);
  };

  // The workbook part, through the package relationships (xl/workbook.xml by convention).
  std::string workbook_part = "xl/workbook.xml";
  auto root_rels = read_relationships(zip, "");
  if (!root_rels) return root_rels.error();
  for (const auto& r : *root_rels)
    if (relationship_is(r, "officeDocument") && !r.external) workbook_part = r.target;
  if (!zip.contains(workbook_part))
    return Error{part_location(path, workbook_part), "the workbook part is missing: not a complete .xlsx file"};
  Workbook workbook;
  CANVASS_TRY(parse_part(workbook_part, workbook));
  auto rels = read_relationships(zip, workbook_part);
  if (!rels) return rels.error();

  std::string shared_part, styles_part;
  std::unordered_map<std::string, std::string> target_of;
  for (const auto& r : *rels) {
    if (relationship_is(r, "sharedStrings")) shared_part = r.target;
    else if (relationship_is(r, "styles")) styles_part = r.target;
    target_of[r.id] = r.target;
  }
  SharedStrings shared;
  if (!shared_part.empty() && zip.contains(shared_part)) CANVASS_TRY(parse_part(shared_part, shared));
  Styles styles;
  if (!styles_part.empty() && zip.contains(styles_part)) CANVASS_TRY(parse_part(styles_part, styles));
  std::vector<DateStyle> date_styles;
  for (int id : styles.xf_format) {
    auto custom = styles.custom_formats.find(id);
    date_styles.push_back(date_style(id, custom == styles.custom_formats.end() ? std::string_view{} : custom->second));
  }

  if (workbook.sheets.empty()) return Error{part_location(path, workbook_part), "the workbook lists no sheets"};
  bool named_found = false;
  for (const auto& sheet : workbook.sheets) {
    if (!options.sheet.empty() && sheet.name != options.sheet) continue;
    named_found = true;
    auto target = target_of.find(sheet.rel_id);
    if (target == target_of.end())
      return Error{part_location(path, workbook_part), "sheet \"" + sheet.name + "\" has no part in the workbook's relationships"};
    if (!zip.contains(target->second))
      return Error{part_location(path, target->second), "the part of sheet \"" + sheet.name + "\" is missing from the archive"};
    Sheet reader;
    reader.shared = &shared.strings;
    reader.date_styles = &date_styles;
    reader.date1904 = workbook.date1904;
    CANVASS_TRY(parse_part(target->second, reader));
    if (!reader.has_data && options.sheet.empty()) continue;  // an empty sheet before the data

    Table table;
    table.path = path;
    table.container = "xlsx";
    table.encoding = "utf-8";
    std::size_t width = 0;
    for (const auto& row : reader.rows) width = std::max(width, row.cells.size());
    for (auto& row : reader.rows) {
      // Trailing empty cells are not written in a workbook: every row gets the full width,
      // and rows holding nothing at all are left out (their numbers stay in Row::line).
      bool empty = true;
      for (const auto& c : row.cells) empty = empty && c.empty();
      if (empty) continue;
      row.cells.resize(width);
      table.rows.push_back(std::move(row));
    }
    return table;
  }
  if (!named_found) {
    std::string names;
    for (const auto& sheet : workbook.sheets) names += (names.empty() ? "\"" : ", \"") + sheet.name + "\"";
    return Error{{path}, "the workbook has no sheet named \"" + options.sheet + "\" (its sheets: " + names + ")",
                 Error::Kind::usage};
  }
  return Error{{path}, "every sheet in the workbook is empty"};
}

}  // namespace canvass
