// Reads a Word document (.docx) into its paragraphs in reading order: each with its style
// (resolved through word/styles.xml), list level, indent, text with bold runs as **…**, and
// table cell. Tracked changes read as accepted (insertions kept, deletions and moved-from
// text dropped, old formatting ignored); comments, which live in their own part, are not read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"

namespace canvass {

struct DocxParagraph {
  enum class Role { body, title, heading, list };
  std::size_t number = 0;   // 1-based, every w:p in document order (table cells included)
  std::string style;        // the style's name as Word shows it ("heading 2", "List Paragraph"), or ""
  Role role = Role::body;   // what the style (or numbering) makes the paragraph
  std::size_t heading_level = 0;          // 1–9 for headings
  std::optional<std::size_t> list_level;  // w:numPr/w:ilvl (0-based), or a "List Bullet N" style
  std::size_t indent = 0;   // the paragraph's own left indent in twips (w:ind left/start), 720 = 1.27 cm
  std::string text;         // runs joined; bold runs wrapped in **…**; w:br as '\n', w:tab as '\t'
  struct Cell {
    std::size_t table = 0, row = 0, column = 0;  // 0-based; row 0 holds the column headers
    bool operator==(const Cell&) const = default;
  };
  std::optional<Cell> cell;  // set for paragraphs inside a table
};

// `bytes` are the whole .docx; `path` names it in errors (with the part inside the archive).
Result<std::vector<DocxParagraph>> read_docx_paragraphs(const std::string& path, std::string_view bytes);

}  // namespace canvass
