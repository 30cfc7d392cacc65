#include "report/xlsx_tables.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <unistd.h>
#include <xlsxwriter.h>

namespace canvass {

namespace {

constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kMinus = "\xE2\x88\x92";

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// A plain decimal number ("12", "-7.7", "+84.6"): its value and decimals, or nothing.
bool decimal(std::string_view s, double& value, int& decimals, bool& plus) {
  plus = false;
  std::string t(s);
  if (t.rfind(kMinus, 0) == 0) t.replace(0, kMinus.size(), "-");
  if (!t.empty() && t[0] == '+') {
    plus = true;
    t.erase(0, 1);
  }
  if (t.empty() || t.find_first_not_of("0123456789.-") != std::string::npos) return false;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (ec != std::errc{} || end != t.data() + t.size()) return false;
  const auto dot = t.find('.');
  decimals = dot == std::string::npos ? 0 : static_cast<int>(t.size() - dot - 1);
  return true;
}

std::string fixed_format(int decimals) { return decimals ? "0." + std::string(static_cast<std::size_t>(decimals), '0') : "0"; }

// "N (P%)": the count and the share.
bool count_and_share(std::string_view s, SheetCell& count, SheetCell& share) {
  const auto open = s.find(" (");
  if (open == std::string_view::npos || s.size() < open + 4 || s.substr(s.size() - 2) != "%)") return false;
  count = read_cell(s.substr(0, open));
  share = read_cell(s.substr(open + 2, s.size() - open - 3));
  return count.number && share.number;
}

// "66.7–98.6%": the bounds, as shares.
bool interval(std::string_view s, SheetCell& low, SheetCell& high) {
  const auto dash = s.find(kEnDash);
  if (dash == std::string_view::npos || s.empty() || s.back() != '%') return false;
  low = read_cell(std::string(s.substr(0, dash)) + "%");
  high = read_cell(s.substr(dash + kEnDash.size()));
  return low.number && high.number;
}

enum class ColumnKind { plain, count_share, interval };

}  // namespace

SheetCell read_cell(std::string_view shown) {
  SheetCell c;
  shown = trim(shown);
  if (shown.empty()) return c;
  c.blank = false;
  c.text = std::string(shown);
  // A footnote marker after the figure stays visible through the number format.
  std::string marker;
  for (std::string_view m : {"\xE2\x80\xA0", "\xE2\x80\xA1", "*"})  // † ‡ *
    if (shown.size() > m.size() && shown.substr(shown.size() - m.size()) == m) {
      marker = std::string(m);
      shown.remove_suffix(m.size());
      break;
    }
  bool percent = false;
  if (!shown.empty() && shown.back() == '%') {
    percent = true;
    shown.remove_suffix(1);
  }
  double value = 0;
  int decimals = 0;
  bool plus = false;
  if (!decimal(shown, value, decimals, plus)) return c;
  c.number = true;
  c.value = percent ? value / 100 : value;
  std::string f = fixed_format(decimals) + (percent ? "%" : "");
  if (plus) f = "+" + f + ";-" + f + ";" + f;
  if (!marker.empty()) f += "\"" + marker + "\"";
  c.format = f;
  return c;
}

SheetTable sheet_table(const ReportTable& table) {
  const std::size_t columns = table.header.size();
  std::vector<ColumnKind> kinds(columns, ColumnKind::plain);
  for (const auto& row : table.rows) {
    if (ReportTable::is_group_row(row)) continue;
    for (std::size_t c = 1; c < columns && c < row.size(); ++c) {
      SheetCell a, b;
      if (count_and_share(row[c], a, b)) kinds[c] = ColumnKind::count_share;
      else if (interval(row[c], a, b)) kinds[c] = ColumnKind::interval;
    }
  }
  SheetTable out;
  for (std::size_t c = 0; c < columns; ++c) {
    const std::string& h = table.header[c];
    if (kinds[c] == ColumnKind::count_share) {
      out.header.push_back(h);
      out.header.push_back(h + " %");
    } else if (kinds[c] == ColumnKind::interval) {
      out.header.push_back(h + " (low)");
      out.header.push_back(h + " (high)");
    } else {
      out.header.push_back(h);
    }
  }
  for (const auto& row : table.rows) {
    std::vector<SheetCell> cells;
    const bool group = ReportTable::is_group_row(row);
    for (std::size_t c = 0; c < columns; ++c) {
      std::string shown = c < row.size() ? row[c] : std::string();
      if (group && c == 0) shown = shown.substr(2, shown.size() - 4);  // "**statement**"
      SheetCell a, b;
      if (kinds[c] == ColumnKind::plain || c == 0) {
        cells.push_back(c == 0 ? SheetCell{shown.empty(), false, 0, "", shown} : read_cell(shown));
      } else if (kinds[c] == ColumnKind::count_share) {
        if (!count_and_share(shown, a, b)) a = read_cell(shown), b = SheetCell{};  // "0" of an empty group
        cells.push_back(a);
        cells.push_back(b);
      } else {
        if (!interval(shown, a, b)) a = read_cell(shown), b = SheetCell{};
        cells.push_back(a);
        cells.push_back(b);
      }
    }
    out.rows.push_back(std::move(cells));
    out.group_row.push_back(group);
  }
  return out;
}

namespace {

// Excel's sheet names: at most 31 characters, none of []:*?/\ .
std::string sheet_name(const std::string& caption, int index) {
  const auto colon = caption.find(':');
  std::string name = colon == std::string::npos ? "Table " + std::to_string(index) : caption.substr(0, colon);
  for (char& ch : name)
    if (std::string_view("[]:*?/\\'").find(ch) != std::string_view::npos) ch = ' ';
  return name.substr(0, 31);
}

struct Formats {
  lxw_workbook* book;
  std::map<std::string, lxw_format*> numbers;
  lxw_format* bold = nullptr;
  lxw_format* header = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* link = nullptr;
  lxw_format* number(const std::string& f) {
    auto& slot = numbers[f];
    if (!slot) {
      slot = workbook_add_format(book);
      format_set_num_format(slot, f.c_str());
    }
    return slot;
  }
};

struct TableOnSheet {
  std::string caption;
  const ReportTable* table;
  std::vector<std::string> notes;  // the notes of its section
};

}  // namespace

Result<std::string> write_xlsx(const std::vector<ReportBlock>& blocks, const std::string& title) {
  // The tables, each with its caption and the notes of the section it is in.
  std::vector<TableOnSheet> tables;
  std::size_t section_first = 0;
  std::string caption;
  for (const auto& b : blocks) {
    if (b.kind == ReportBlock::Kind::heading && b.level <= 2) section_first = tables.size();
    if (b.kind == ReportBlock::Kind::caption) caption = b.plain();
    if (b.kind == ReportBlock::Kind::table) {
      tables.push_back({caption, &b.table, {}});
      caption.clear();
    }
    if (b.kind == ReportBlock::Kind::bullet && tables.size() > section_first && b.level == 0)
      for (std::size_t t = section_first; t < tables.size(); ++t) tables[t].notes.push_back(b.plain());
  }

  std::string path = (std::filesystem::temp_directory_path() / "canvass-report-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return Error{{"report.xlsx"}, "cannot create a temporary file for the workbook", Error::Kind::io};
  close(fd);
  struct Remove {
    std::string p;
    ~Remove() { std::remove(p.c_str()); }
  } remove_later{path};

  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return Error{{"report.xlsx"}, "cannot start the workbook", Error::Kind::io};
  lxw_doc_properties properties{};
  std::string title_copy = title, author = "canvass";
  properties.title = title_copy.data();
  properties.author = author.data();
  // SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes the creation time, so the
  // same report gives the same bytes; otherwise libxlsxwriter stamps the current time.
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    properties.created = static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
  workbook_set_properties(book, &properties);
  Formats f{book, {}};
  f.bold = workbook_add_format(book);
  format_set_bold(f.bold);
  f.header = workbook_add_format(book);
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.wrap = workbook_add_format(book);
  format_set_text_wrap(f.wrap);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  f.link = workbook_add_format(book);
  format_set_underline(f.link, LXW_UNDERLINE_SINGLE);
  format_set_font_color(f.link, LXW_COLOR_BLUE);

  lxw_worksheet* contents = workbook_add_worksheet(book, "Contents");
  worksheet_write_string(contents, 0, 0, title.c_str(), f.bold);
  worksheet_write_string(contents, 2, 0, "Sheet", f.header);
  worksheet_write_string(contents, 2, 1, "Table", f.header);
  worksheet_set_column(contents, 0, 0, 12, nullptr);
  worksheet_set_column(contents, 1, 1, 100, nullptr);
  std::map<std::string, int> used;
  for (std::size_t t = 0; t < tables.size(); ++t) {
    std::string name = sheet_name(tables[t].caption, static_cast<int>(t + 1));
    if (int k = ++used[name]; k > 1) name = name.substr(0, 27) + " (" + std::to_string(k) + ")";
    lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
    if (!sheet) return Error{{"report.xlsx", 0, 0, name}, "cannot add the sheet", Error::Kind::io};
    const auto row_at = static_cast<lxw_row_t>(t + 3);
    worksheet_write_url_opt(contents, row_at, 0, ("internal:'" + name + "'!A1").c_str(), f.link, name.c_str(), nullptr);
    worksheet_write_string(contents, row_at, 1, tables[t].caption.c_str(), nullptr);

    const SheetTable s = sheet_table(*tables[t].table);
    worksheet_write_string(sheet, 0, 0, tables[t].caption.c_str(), f.bold);
    for (std::size_t c = 0; c < s.header.size(); ++c)
      worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), s.header[c].c_str(), f.header);
    worksheet_set_column(sheet, 0, 0, 60, f.wrap);
    if (s.header.size() > 1) worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(s.header.size() - 1), 12, nullptr);
    worksheet_freeze_panes(sheet, 3, 1);
    lxw_row_t r = 3;
    for (std::size_t i = 0; i < s.rows.size(); ++i, ++r) {
      for (std::size_t c = 0; c < s.rows[i].size(); ++c) {
        const SheetCell& cell = s.rows[i][c];
        const auto col = static_cast<lxw_col_t>(c);
        if (cell.blank) continue;
        if (cell.number) worksheet_write_number(sheet, r, col, cell.value, f.number(cell.format));
        else worksheet_write_string(sheet, r, col, cell.text.c_str(), s.group_row[i] ? f.bold : nullptr);
      }
    }
    ++r;
    for (const auto& note : tables[t].notes) worksheet_write_string(sheet, r++, 0, note.c_str(), nullptr);
  }
  if (tables.empty()) worksheet_write_string(contents, 3, 0, "The report has no tables.", nullptr);
  if (workbook_close(book) != LXW_NO_ERROR)
    return Error{{"report.xlsx"}, "cannot write the workbook", Error::Kind::io};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Error{{"report.xlsx"}, "cannot read back the workbook", Error::Kind::io};
  return bytes.str();
}

}  // namespace canvass
