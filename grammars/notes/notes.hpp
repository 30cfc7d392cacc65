// The focus-group notes grammar's interface: classifies ONE line of table notes (or one
// Word paragraph's text) into its kind with attributes. Rules live in notes_def.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace canvass::grammar {

enum class NoteLineKind {
  blank,            // nothing but white space
  separator,        // only a bullet mark ("-", "–", "•", "---"): closes a round
  bullet,           // a mark ("-", "•", "→", "1.", "a)") and its text
  question,         // "Question - …", "Question: …", "Q: …", "Q1. …"
  summary_heading,  // "Summary", "Summary of Key Insights", "Key points", "Key themes" …
  markdown_heading, // "# …", "## …" as in Markdown files
  label,            // "Holding us back:" or a wholly bold line: heads the bullets under it
  plain,            // any other text
};

struct NoteLine {
  NoteLineKind kind = NoteLineKind::blank;
  std::size_t indent = 0;  // columns of leading white space (a tab counts 4)
  std::string mark;        // the bullet mark as written ("-", "•", "1.", "a)"), or "#"s of a heading
  std::string text;        // what the line says: without its mark, question prefix or indent;
                           // bold markup and a trailing stray '#' removed, trailing spaces trimmed
  std::string label;       // labels: the name without its colon; summary headings: the heading
};

// Classifies `line` (UTF-8, without its line break).
NoteLine classify_note_line(std::string_view line);

// The line's text with bold markup and a trailing stray '#' removed (no classification).
std::string clean_note_text(std::string_view text);

// True when `text` is a summary heading such as "Summary of Key Insights" or "**Key themes:**".
bool is_summary_heading(std::string_view text);

}  // namespace canvass::grammar
