#include "sources/xlsx_reader.hpp"

#include <charconv>
#include <unordered_map>

#include "sources/ooxml_escapes.hpp"
#include "sources/ooxml_package.hpp"
#include "sources/ooxml_scanner.hpp"
#include "sources/shared_strings.hpp"
#include "sources/xlsx_spool.hpp"
#include "sources/xlsx_parts.hpp"
#include "sources/xml_reader.hpp"

namespace canvass {
namespace {

// --- the worksheet, row by row -----------------------------------------------------------
// Each cell's text is a view: into the shared strings, or into this row's own bytes
// (numbers, inline strings), which are reused from row to row.
class Sheet : public XmlVisitor {
 public:
  Sheet(SharedStrings& shared, const std::vector<DateStyle>& date_styles, bool date1904, const RowSink& sink,
        XlsxSpool* spool)
      : shared_(shared), date_styles_(date_styles), date1904_(date1904), sink_(sink), spool_(spool) {}

  bool has_data() const { return has_data_; }
  std::optional<Error>& sink_error() { return sink_error_; }

  void start_element(const XmlElement& e) override {
    if (e.name == "row") return start_row(e);
    if (e.name == "c") return start_cell(e);
    if (!in_cell_) return;
    if (e.name == "v") {
      in_v_ = true;
    } else if (e.name == "is") {
      in_is_ = true;
    } else if (in_is_ && e.name == "rPh") {
      ++in_phonetic_;
    } else if (in_is_ && e.name == "t" && in_phonetic_ == 0) {
      in_t_ = true;
    }
  }
  void characters(std::string_view text) override {
    if (in_v_) value_.append(text);
    else if (in_t_) inline_text_.append(text);
  }
  void end_element(std::string_view name, std::string_view) override {
    if (name == "v") in_v_ = false;
    else if (name == "t") in_t_ = false;
    else if (name == "rPh") --in_phonetic_;
    else if (name == "is") in_is_ = false;
    else if (name == "c" && in_cell_) end_cell();
    else if (name == "row" && in_row_) end_row();
  }

 private:
  enum class Type { number, shared, inline_string, boolean, text, iso_date };
  struct Span {
    bool shared = false;  // offset is the index of a shared string held in memory, else into bytes_
    std::size_t offset = 0, size = 0;
    std::size_t spilled = SpooledCell::kOwnText;  // the index of a shared string copied into bytes_
  };

  void start_row(const XmlElement& e) {
    std::size_t number = last_row_ + 1;
    if (auto r = e.attribute("r")) {
      std::size_t n = 0;
      auto [p, ec] = std::from_chars(r->data(), r->data() + r->size(), n);
      if (ec != std::errc{} || p != r->data() + r->size() || n == 0 || n <= last_row_)
        return stop("a row number that is not after the previous row: r=\"" + std::string(*r) + "\"");
      number = n;
    }
    last_row_ = number;
    in_row_ = true;
    next_column_ = 0;
    used_ = 0;
    bytes_.clear();
  }

  void start_cell(const XmlElement& e) {
    if (!in_row_) return stop("a cell outside any row");
    in_cell_ = true;
    column_ = next_column_;
    if (auto r = e.attribute("r")) {
      auto ref = parse_cell_ref(*r);
      if (!ref || (ref->row != 0 && ref->row != last_row_))
        return stop("a cell reference that does not fit its row: r=\"" + std::string(*r) + "\"");
      column_ = ref->column;
    }
    if (column_ > 16383) return stop("a cell beyond Excel's last column XFD");
    next_column_ = column_ + 1;
    const std::string_view t = e.attribute("t").value_or("n");
    type_ = t == "s"           ? Type::shared
            : t == "inlineStr" ? Type::inline_string
            : t == "b"         ? Type::boolean
            : t == "str" || t == "e" ? Type::text
            : t == "d"         ? Type::iso_date  // an ISO date written as text by some producers
                               : Type::number;
    style_ = 0;
    if (auto s = e.attribute("s")) std::from_chars(s->data(), s->data() + s->size(), style_);
    value_.clear();
    inline_text_.clear();
  }

  void end_cell() {
    in_cell_ = false;
    Span span;
    if (type_ == Type::shared) {
      std::size_t index = 0;
      auto [p, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), index);
      if (ec != std::errc{} || p != value_.data() + value_.size() || index >= shared_.size())
        return stop("a shared-string index " + value_ + " that the workbook does not have");
      if (auto held = shared_.held(index)) {
        if (held->empty()) return;
        span = {true, index, 0};
      } else {  // in the scratch file: copied into the row's own bytes
        const std::size_t offset = bytes_.size();
        if (auto ok = shared_.append_to(index, bytes_); !ok) {
          sink_error_ = ok.error();
          return stop(ok.error().message);
        }
        if (bytes_.size() == offset) return;  // an empty string: no cell
        span = {false, offset, bytes_.size() - offset, index};
      }
    } else {
      const std::string* text = &value_;
      if (type_ == Type::inline_string) {
        decode_xstring_escapes(inline_text_);
        text = &inline_text_;
      } else if (type_ == Type::text) {
        decode_xstring_escapes(value_);  // a formula's text result is escaped as <t> text is
      } else if (type_ == Type::boolean) {
        inline_text_ = value_.empty() ? "" : (value_ == "1" || value_ == "true") ? "TRUE" : "FALSE";
        text = &inline_text_;
      } else if (type_ == Type::number && !value_.empty()) {
        double number = 0;
        auto [p, ec] = std::from_chars(value_.data(), value_.data() + value_.size(), number);
        if (ec != std::errc{} || p != value_.data() + value_.size())
          return stop("a number cell holding \"" + value_ + "\"");
        const DateStyle style = style_ < date_styles_.size() ? date_styles_[style_] : DateStyle::none;
        number_cell_text(number, style, date1904_, inline_text_);
        text = &inline_text_;
      }
      if (text->empty()) return;
      span = {false, bytes_.size(), text->size()};
      bytes_.append(*text);
    }
    if (spans_.size() <= column_) spans_.resize(column_ + 1);
    for (std::size_t c = used_; c < column_; ++c) spans_[c] = Span{};  // cells not written
    spans_[column_] = span;
    used_ = std::max(used_, column_ + 1);
  }

  void end_row() {
    in_row_ = false;
    if (used_ == 0 || sink_error_) return;  // a row without cells is left out
    has_data_ = true;
    views_.resize(used_);
    for (std::size_t c = 0; c < used_; ++c) {
      const Span& s = spans_[c];
      views_[c] = s.shared ? *shared_.held(s.offset) : std::string_view(bytes_).substr(s.offset, s.size);
    }
    auto ok = sink_(RowView{last_row_, std::span<const std::string_view>(views_.data(), used_)});
    if (ok && spool_) {
      spooled_.resize(used_);
      for (std::size_t c = 0; c < used_; ++c) {
        const Span& s = spans_[c];
        spooled_[c] = s.shared                            ? SpooledCell{s.offset, {}}
                      : s.spilled != SpooledCell::kOwnText ? SpooledCell{s.spilled, {}}
                                                           : SpooledCell{SpooledCell::kOwnText, views_[c]};
      }
      ok = spool_->add(last_row_, spooled_);
    }
    if (!ok) {
      sink_error_ = ok.error();
      stop(ok.error().message);
    }
  }

  SharedStrings& shared_;
  const std::vector<DateStyle>& date_styles_;
  const bool date1904_;
  const RowSink& sink_;
  XlsxSpool* spool_;
  std::vector<SpooledCell> spooled_;
  std::optional<Error> sink_error_;
  bool has_data_ = false;

  std::size_t last_row_ = 0, next_column_ = 0, column_ = 0, style_ = 0, used_ = 0;
  Type type_ = Type::number;
  std::string value_, inline_text_, bytes_;
  std::vector<Span> spans_;
  std::vector<std::string_view> views_;
  bool in_row_ = false, in_cell_ = false, in_v_ = false, in_is_ = false, in_t_ = false;
  int in_phonetic_ = 0;
};

Location part_location(const std::string& path, const std::string& part) { return Location{path, 0, 0, part}; }

}  // namespace

namespace {

// A ZIP is read only when its content types say it is a workbook; a Word document or
// any other archive gets a clear refusal instead of a confusing parse error.
Status is_workbook(ZipArchive& zip) {
  const std::string& path = zip.path();
  auto kind = ooxml_kind(zip);
  if (!kind) return kind.error();
  switch (*kind) {
    case OoxmlKind::spreadsheet: return Ok{};
    case OoxmlKind::word:
      return Error{{path}, "a Word document, not a survey export (read focus-group notes with `canvass notes`)"};
    case OoxmlKind::presentation: return Error{{path}, "a PowerPoint presentation, not a survey export"};
    case OoxmlKind::other: break;
  }
  return Error{{path}, "a ZIP archive that is not an Excel workbook"};
}

Result<Table> read_workbook_rows(ZipArchive& zip, const XlsxOptions& options, const RowSink& sink, XlsxSpool* spool) {
  XmlRuntime runtime;  // one Xerces initialisation for every part below
  const std::string& path = zip.path();
  CANVASS_TRY(is_workbook(zip));
  auto parser_or = XmlParser::create(XmlOptions::ooxml());
  if (!parser_or) return parser_or.error();
  XmlParser& parser = *parser_or;

  // Every part is inflated piece by piece straight into the parser: none is held whole.
  // The bulk parts (worksheets, shared strings) go through the workbook scanner, the
  // small ones through Xerces.
  auto parse_part = [&](const std::string& part, XmlVisitor& visitor, bool bulk = false) -> Status {
    auto stream = zip.open_part(part);
    if (!stream) return stream.error();
    const XmlParser::ByteSource source = [&](char* into, std::size_t n) { return stream->read(into, n); };
    if (bulk) return scan_ooxml_part(source, part_location(path, part), visitor, parser);
    return parser.parse(source, part_location(path, part), visitor);
  };

  // The workbook part, through the package relationships (xl/workbook.xml by convention).
  std::string workbook_part = "xl/workbook.xml";
  auto root_rels = read_relationships(zip, "");
  if (!root_rels) return root_rels.error();
  for (const auto& r : *root_rels)
    if (relationship_is(r, "officeDocument") && !r.external) workbook_part = r.target;
  if (!zip.contains(workbook_part))
    return Error{part_location(path, workbook_part), "the workbook part is missing: not a complete .xlsx file"};
  WorkbookPart workbook;
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
  if (workbook.sheets.empty()) return Error{part_location(path, workbook_part), "the workbook lists no sheets"};
  // The sheets' parts are checked before the shared strings are read, so a workbook
  // that cannot be read is refused without inflating anything large.
  bool named_found = false;
  for (const auto& sheet : workbook.sheets) {
    if (!options.sheet.empty() && sheet.name != options.sheet) continue;
    named_found = true;
    auto target = target_of.find(sheet.rel_id);
    if (target == target_of.end())
      return Error{part_location(path, workbook_part), "sheet \"" + sheet.name + "\" has no part in the workbook's relationships"};
    if (!zip.contains(target->second))
      return Error{part_location(path, target->second), "the part of sheet \"" + sheet.name + "\" is missing from the archive"};
    // A sheet that is a zip bomb is refused before the shared strings are inflated.
    const ZipEntry* strings = shared_part.empty() ? nullptr : zip.find(shared_part);
    CANVASS_TRY(zip.check_declared(target->second, strings ? strings->declared_size : 0));
  }
  if (!shared_part.empty() && zip.contains(shared_part)) CANVASS_TRY(zip.check_declared(shared_part));
  if (!named_found) {
    std::string names;
    for (const auto& sheet : workbook.sheets) names += (names.empty() ? "\"" : ", \"") + sheet.name + "\"";
    return Error{{path}, "the workbook has no sheet named \"" + options.sheet + "\" (its sheets: " + names + ")",
                 Error::Kind::usage};
  }

  auto shared_strings = std::make_unique<SharedStrings>(options.shared_strings_held);
  SharedStrings& shared = *shared_strings;
  if (!shared_part.empty() && zip.contains(shared_part)) {
    auto parsed = parse_part(shared_part, shared, true);
    CANVASS_TRY(shared.finish());  // a scratch-file failure says so, not the parse it stopped
    CANVASS_TRY(parsed);
  }
  StylesPart styles;
  if (!styles_part.empty() && zip.contains(styles_part)) CANVASS_TRY(parse_part(styles_part, styles));
  const std::vector<DateStyle> date_styles = styles.date_styles();

  for (const auto& sheet : workbook.sheets) {
    if (!options.sheet.empty() && sheet.name != options.sheet) continue;
    const std::string& part = target_of.find(sheet.rel_id)->second;
    Sheet reader(shared, date_styles, workbook.date1904, sink, spool);
    auto parsed = parse_part(part, reader, true);
    if (reader.sink_error()) return *reader.sink_error();
    if (!parsed) return parsed.error();
    if (!reader.has_data() && options.sheet.empty()) continue;  // an empty sheet before the data
    if (spool) CANVASS_TRY(spool->finish(std::move(shared_strings)));

    Table table;
    table.path = path;
    table.container = "xlsx";
    table.encoding = "utf-8";
    return table;
  }
  return Error{{path}, "every sheet in the workbook is empty"};
}

}  // namespace

Result<Table> read_xlsx_rows(const std::string& path, std::string_view bytes, const XlsxOptions& options,
                             const RowSink& sink) {
  auto zip = ZipArchive::open(path, bytes, options.limits);
  if (!zip) return zip.error();
  return read_workbook_rows(*zip, options, sink, nullptr);
}

Result<Table> read_xlsx_file_rows(const std::string& path, const XlsxOptions& options, const RowSink& sink,
                                  XlsxSpool* keep) {
  auto zip = ZipArchive::open_file(path, options.limits);
  if (!zip) return zip.error();
  return read_workbook_rows(*zip, options, sink, keep);
}

bool is_workbook_file(const std::string& path, const ZipLimits& limits) {
  auto zip = ZipArchive::open_file(path, limits);
  if (!zip) return false;
  XmlRuntime runtime;
  auto kind = ooxml_kind(*zip);
  return kind && *kind == OoxmlKind::spreadsheet;
}

Result<Table> read_xlsx(const std::string& path, std::string_view bytes, const XlsxOptions& options) {
  std::vector<Row> rows;
  std::size_t width = 0;
  auto table = read_xlsx_rows(path, bytes, options, [&](const RowView& row) -> Status {
    bool empty = true;
    for (auto c : row.cells) empty = empty && c.empty();
    if (empty) return Ok{};
    rows.push_back(Row{row.line, std::vector<std::string>(row.cells.begin(), row.cells.end())});
    width = std::max(width, row.cells.size());
    return Ok{};
  });
  if (!table) return table.error();
  // Trailing empty cells are not written in a workbook: every row gets the full width.
  for (auto& row : rows) row.cells.resize(width);
  table->rows = std::move(rows);
  return table;
}

}  // namespace canvass
