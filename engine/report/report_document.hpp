// The report as a list of blocks (headings, paragraphs, captions, bullets, quotes, tables,
// figures), read from the Markdown the sections write: the one structured text every
// section already produces, so report.docx and report.xlsx show what report.md shows.
// Only the Markdown canvass writes is read: ATX headings, pipe tables, "- " bullets
// (nested by two spaces), "> " quotes, "![alt](file)" figures, **bold**, *italic*, <sub>.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace canvass {

struct TextRun {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool small = false;  // <sub>: source lists and the like
};

struct ReportTable {
  std::vector<std::string> header;
  std::vector<bool> numeric;  // per column: right-aligned in the Markdown
  // Body rows; a row whose first cell is bold and the rest empty is a group heading row.
  std::vector<std::vector<std::string>> rows;
  static bool is_group_row(const std::vector<std::string>& row);
};

struct ReportBlock {
  enum class Kind { heading, paragraph, caption, bullet, quote, table, figure };
  Kind kind = Kind::paragraph;
  int level = 0;               // heading 1..3; bullet depth 0..
  std::vector<TextRun> runs;   // the text (figure: its alternative text)
  ReportTable table;           // Kind::table
  std::string file;            // Kind::figure: the SVG file the Markdown links
  std::string plain() const;   // the runs' text joined
};

std::vector<ReportBlock> read_report_markdown(std::string_view markdown);

// `text` split into runs at **bold**, *italic* and <sub>...</sub>; a lone '*' stays text.
std::vector<TextRun> inline_runs(std::string_view text);

}  // namespace canvass
