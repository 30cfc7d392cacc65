// Writes small .xlsx workbooks for tests and fixture generators: one or more sheets of
// text (shared or inline), numbers, booleans and date serials, with Excel's own part layout.
#pragma once

#include <chrono>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "zip_builder.hpp"

namespace canvass::testing {

struct XlsxCell {
  enum class Kind { text, inline_text, number, boolean, date };
  Kind kind = Kind::text;
  std::string text;     // text kinds; for rich text, runs separated by '\x1f' become <r> runs
  double number = 0;    // number, boolean (0/1), date (Excel serial)
  int style = 0;        // cellXfs index (dates: see XlsxBuilder::date_style)

  static XlsxCell str(std::string s) { return {Kind::text, std::move(s), 0, 0}; }
  static XlsxCell inline_str(std::string s) { return {Kind::inline_text, std::move(s), 0, 0}; }
  static XlsxCell num(double v) { return {Kind::number, {}, v, 0}; }
  static XlsxCell boolean(bool v) { return {Kind::boolean, {}, v ? 1.0 : 0.0, 0}; }
  static XlsxCell date(double serial, int style) { return {Kind::date, {}, serial, style}; }
};

// A row: the 1-based sheet row number and its cells by 0-based column (absent = no cell).
struct XlsxRow {
  std::size_t number = 0;
  std::map<std::size_t, XlsxCell> cells;
};

// Days since 1899-12-30 (the 1900 date system from March 1900 on) plus the time of day.
inline double excel_serial(int y, unsigned m, unsigned d, int hour = 0, int minute = 0, int second = 0) {
  using namespace std::chrono;
  const auto days = (sys_days{year{y} / month{m} / day{d}} - sys_days{year{1899} / 12 / 30}).count();
  return static_cast<double>(days) + (hour * 3600 + minute * 60 + second) / 86400.0;
}

inline std::string xml_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

inline std::string column_letters(std::size_t column) {
  std::string s;
  for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
  return s;
}

class XlsxBuilder {
 public:
  // Cell style indexes: 0 General; the date styles added below get 1, 2, ...
  // `format` is a built-in numFmtId (e.g. 14, 22) or, when `code` is given, a custom one.
  int date_style(int numfmt_id, std::string code = {}) {
    if (!code.empty()) custom_formats_[numfmt_id] = std::move(code);
    xf_formats_.push_back(numfmt_id);
    return static_cast<int>(xf_formats_.size());
  }

  void add_sheet(std::string name, std::vector<XlsxRow> rows) { sheets_.push_back({std::move(name), std::move(rows)}); }
  void set_date1904(bool on) { date1904_ = on; }

  // Leaves parts out or adds raw ones, for tests of damaged workbooks.
  void omit_part(std::string name) { omitted_.push_back(std::move(name)); }

  std::string bytes() {
    std::vector<std::string> shared;
    std::map<std::string, std::size_t> shared_index;
    std::vector<std::string> sheet_xml;
    for (const auto& sheet : sheets_) {
      std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
      for (const auto& row : sheet.rows) {
        x += "<row r=\"" + std::to_string(row.number) + "\">";
        for (const auto& [col, cell] : row.cells) {
          const std::string ref = column_letters(col) + std::to_string(row.number);
          std::string style = cell.style ? " s=\"" + std::to_string(cell.style) + "\"" : "";
          switch (cell.kind) {
            case XlsxCell::Kind::text: {
              auto [it, fresh] = shared_index.emplace(cell.text, shared.size());
              if (fresh) shared.push_back(cell.text);
              x += "<c r=\"" + ref + "\" t=\"s\"" + style + "><v>" + std::to_string(it->second) + "</v></c>";
              break;
            }
            case XlsxCell::Kind::inline_text:
              x += "<c r=\"" + ref + "\" t=\"inlineStr\"" + style + "><is><t>" + xml_escape(cell.text) + "</t></is></c>";
              break;
            case XlsxCell::Kind::boolean:
              x += "<c r=\"" + ref + "\" t=\"b\"" + style + "><v>" + (cell.number != 0 ? "1" : "0") + "</v></c>";
              break;
            case XlsxCell::Kind::number:
            case XlsxCell::Kind::date: {
              char buffer[40];
              std::snprintf(buffer, sizeof buffer, "%.17g", cell.number);
              x += "<c r=\"" + ref + "\"" + style + "><v>" + buffer + "</v></c>";
              break;
            }
          }
        }
        x += "</row>";
      }
      x += "</sheetData></worksheet>";
      sheet_xml.push_back(std::move(x));
    }

    std::string sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
                      std::to_string(shared.size()) + "\" uniqueCount=\"" + std::to_string(shared.size()) + "\">";
    for (const auto& s : shared) {
      if (s.find('\x1f') == std::string::npos) {
        sst += "<si><t xml:space=\"preserve\">" + xml_escape(s) + "</t></si>";
      } else {  // rich text: one run per piece, plus a phonetic run that must not be read
        sst += "<si>";
        std::size_t start = 0;
        while (start <= s.size()) {
          auto end = s.find('\x1f', start);
          if (end == std::string::npos) end = s.size();
          sst += "<r><rPr><b/></rPr><t xml:space=\"preserve\">" + xml_escape(s.substr(start, end - start)) + "</t></r>";
          start = end + 1;
        }
        sst += "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>";
      }
    }
    sst += "</sst>";

    std::string styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    if (!custom_formats_.empty()) {
      styles += "<numFmts count=\"" + std::to_string(custom_formats_.size()) + "\">";
      for (const auto& [id, code] : custom_formats_)
        styles += "<numFmt numFmtId=\"" + std::to_string(id) + "\" formatCode=\"" + xml_escape(code) + "\"/>";
      styles += "</numFmts>";
    }
    styles += "<cellXfs count=\"" + std::to_string(xf_formats_.size() + 1) + "\"><xf numFmtId=\"0\"/>";
    for (int id : xf_formats_) styles += "<xf numFmtId=\"" + std::to_string(id) + "\" applyNumberFormat=\"1\"/>";
    styles += "</cellXfs></styleSheet>";

    std::string types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    std::string workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    workbook += date1904_ ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
    workbook += "<sheets>";
    std::string rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    for (std::size_t i = 0; i < sheets_.size(); ++i) {
      const std::string n = std::to_string(i + 1);
      types += "<Override PartName=\"/xl/worksheets/sheet" + n +
               ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
      workbook += "<sheet name=\"" + xml_escape(sheets_[i].name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
      rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel + "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    }
    const std::string k = std::to_string(sheets_.size());
    rels += "<Relationship Id=\"rId" + k + "1\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>";
    rels += "<Relationship Id=\"rId" + k + "2\" Type=\"" + rel + "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    rels += "</Relationships>";
    types += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
             "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
             "</Types>";
    workbook += "</sheets></workbook>";
    const std::string root_rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    ZipBuilder zip;
    auto add = [&](const std::string& name, const std::string& content) {
      for (const auto& o : omitted_)
        if (o == name) return;
      zip.add(name, content);
    };
    add("[Content_Types].xml", types);
    add("_rels/.rels", root_rels);
    add("xl/workbook.xml", workbook);
    add("xl/_rels/workbook.xml.rels", rels);
    add("xl/styles.xml", styles);
    add("xl/sharedStrings.xml", sst);
    for (std::size_t i = 0; i < sheet_xml.size(); ++i) add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheet_xml[i]);
    return zip.finish();
  }

 private:
  struct Sheet {
    std::string name;
    std::vector<XlsxRow> rows;
  };
  std::vector<Sheet> sheets_;
  std::map<int, std::string> custom_formats_;
  std::vector<int> xf_formats_;
  std::vector<std::string> omitted_;
  bool date1904_ = false;
};

}  // namespace canvass::testing
