#include "notes/docx_notes.hpp"

#include <algorithm>
#include <map>

#include "notes/note_assembler.hpp"
#include "notes/notes.hpp"

namespace canvass {

namespace {

using Style = NoteSourceLine::Style;

// Word's default tab stop (720 twips, 1.27 cm) is four text columns, as a tab is in text.
constexpr std::size_t kTwipsPerColumn = 180;

Style style_of(const DocxParagraph& p) {
  switch (p.role) {
    case DocxParagraph::Role::title: return Style::title;
    case DocxParagraph::Role::heading: return Style::heading;
    default: return Style::body;
  }
}

// A table's first row names its columns: each cell's paragraphs joined.
std::map<std::pair<std::size_t, std::size_t>, std::string> column_headers(const std::vector<DocxParagraph>& paragraphs) {
  std::map<std::pair<std::size_t, std::size_t>, std::string> headers;
  for (const auto& p : paragraphs) {
    if (!p.cell || p.cell->row != 0) continue;
    std::string& h = headers[{p.cell->table, p.cell->column}];
    if (!h.empty() && !p.text.empty()) h += ' ';
    h += p.text;
  }
  return headers;
}

// Whether each table's first row names its columns: always with several columns; a table
// of one column is a list of points unless its first row reads as a label ("Barriers:",
// a wholly bold line), a summary heading or a question.
std::map<std::size_t, bool> header_rows(const std::map<std::size_t, std::size_t>& columns,
                                        const std::map<std::pair<std::size_t, std::size_t>, std::string>& headers) {
  std::map<std::size_t, bool> out;
  for (const auto& [table, n] : columns) {
    if (n > 1) {
      out[table] = true;
      continue;
    }
    const auto first = headers.find({table, 0});
    const auto kind = first == headers.end() ? grammar::NoteLineKind::blank : grammar::classify_note_line(first->second).kind;
    out[table] = kind == grammar::NoteLineKind::label || kind == grammar::NoteLineKind::summary_heading ||
                 kind == grammar::NoteLineKind::question;
  }
  return out;
}

}  // namespace

std::vector<NoteSourceLine> docx_note_lines(const std::vector<DocxParagraph>& paragraphs) {
  auto headers = column_headers(paragraphs);
  std::vector<NoteSourceLine> lines;
  std::map<std::size_t, std::size_t> columns;  // table -> its number of columns
  for (const auto& p : paragraphs)
    if (p.cell) columns[p.cell->table] = std::max(columns[p.cell->table], p.cell->column + 1);
  const auto has_header = header_rows(columns, headers);
  std::erase_if(headers, [&](const auto& h) { return !has_header.at(h.first.first); });
  std::optional<std::pair<std::size_t, std::size_t>> last_row;  // (table, row) of the previous cell paragraph
  std::optional<DocxParagraph::Cell> last_cell;
  for (const auto& p : paragraphs) {
    NoteSourceLine base;
    base.number = p.number;
    base.style = style_of(p);
    if (p.role == DocxParagraph::Role::list) base.list_level = p.list_level;
    base.indent = p.indent / kTwipsPerColumn;
    if (p.cell) {
      base.style = p.cell->row == 0 && has_header.at(p.cell->table) ? Style::table_header : Style::table_cell;
      const std::pair<std::size_t, std::size_t> row{p.cell->table, p.cell->row};
      base.rows_are_rounds = columns[p.cell->table] > 1;
      // An empty paragraph is no line at all: the row or cell starts at its first text.
      if (p.text.find_first_not_of(" \t\n") != std::string::npos) {
        base.row_start = !last_row || *last_row != row;
        base.cell_start = last_cell != p.cell;
        last_row = row;
        last_cell = p.cell;
      }
      if (const auto h = headers.find({p.cell->table, p.cell->column}); h != headers.end()) base.column = h->second;
    }
    std::size_t start = 0;
    do {  // a line break inside a paragraph starts a new line with the same number
      const std::size_t end = std::min(p.text.find('\n', start), p.text.size());
      NoteSourceLine line = base;
      line.text = p.text.substr(start, end - start);
      if (start > 0) {
        line.list_level.reset();
        line.row_start = line.cell_start = false;
        if (line.style == Style::title || line.style == Style::heading) line.style = Style::body;
      }
      lines.push_back(std::move(line));
      start = end + 1;
    } while (start <= p.text.size());
  }
  return lines;
}

Result<NoteDocument> read_docx_notes(const std::string& path, std::string_view bytes) {
  auto paragraphs = read_docx_paragraphs(path, bytes);
  if (!paragraphs) return paragraphs.error();
  NoteDocument doc{path, "docx", "docx", {}};
  doc.records = assemble_notes(docx_note_lines(*paragraphs));
  return doc;
}

}  // namespace canvass
