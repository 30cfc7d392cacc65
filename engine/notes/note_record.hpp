// The note record: one line (or Word paragraph) of focus-group table notes with the
// section, question, label and round it belongs to, and where it was written.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace canvass {

enum class NoteKind {
  title,     // a line before the first section ("Quads Learning Event - March 2026")
  heading,   // a section heading, a label ("Holding us back:") or a summary heading
  question,  // the question a section discussed
  note,      // a bullet (with any continuation lines)
  summary,   // the contents of a summary block
  text,      // anything else: free paragraphs, separator lines
};

const char* to_string(NoteKind kind);

struct NoteRecord {
  std::size_t id = 0;  // 1-based, in reading order
  NoteKind kind = NoteKind::text;
  std::optional<std::string> section;   // the section heading in force
  std::optional<std::string> question;  // the question in force
  std::optional<std::string> heading;   // the label (or summary heading) in force
  std::optional<std::size_t> group;     // the round within the section; none outside rounds
  std::size_t depth = 0;                // bullet nesting, 0 = top level
  std::optional<std::size_t> parent;    // id of the bullet this one is nested under
  std::string text;                     // as written, without bullet mark or bold markup
  std::size_t line = 0;                 // 1-based line, or paragraph number in a Word file
  std::optional<std::size_t> duplicate_of;  // id of an earlier record with the same folded text
  std::vector<std::string> themes;          // the codebook themes its text raises, in codebook order
};

// The records read from one file, with what the file was.
struct NoteDocument {
  std::string path;
  std::string container;  // "text" or "docx"
  std::string encoding;   // what text was decoded from ("utf-8", "windows-1252", "docx")
  std::vector<NoteRecord> records;
};

}  // namespace canvass
