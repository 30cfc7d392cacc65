// A line of notes as a reader hands it to the assembler: one line of a text file, or one
// Word paragraph (or a piece of it between line breaks) with its style and list level.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace canvass {

struct NoteSourceLine {
  enum class Style {
    body,          // a text line or an ordinary paragraph
    title,         // Word "Title" style
    heading,       // Word "Heading 1"–"Heading 3"
    table_header,  // a cell of a Word table's first row
    table_cell,    // a cell of a later row
  };
  std::size_t number = 0;  // 1-based line, or paragraph number in a Word file
  std::string text;        // as written; Word bold runs arrive as **…**
  Style style = Style::body;
  std::optional<std::size_t> list_level;  // Word numbering level (w:numPr/w:ilvl): a bullet
  std::size_t indent = 0;  // a Word paragraph's left indent in text columns (a tab stop is 4)
  std::string column;      // table cells: the header of their column
  bool row_start = false;  // table cells: the first paragraph of a row
  bool cell_start = false;  // table cells: the first paragraph of a cell
  bool rows_are_rounds = true;  // table cells: false in a one-column table (a list of points)
};

}  // namespace canvass
