// Prints note records as they are, one per record, for `canvass notes FILE`: JSON (an
// array of objects), CSV and a Markdown table, all with the same fields in the same order.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "notes/note_record.hpp"

namespace canvass {

// id, kind, section, question, heading, group, depth, parent, text, line, duplicate_of, themes
inline constexpr const char* kNoteFields[] = {"id",    "kind",   "section", "question", "heading",      "group",
                                              "depth", "parent", "text",    "line",     "duplicate_of", "themes"};

// Writes records as they come, so a long notes file is never held whole. `themes` is a
// JSON array of names; in CSV and Markdown the names are joined by "; ".
class NoteRecordWriter {
 public:
  enum class Format { json, csv, md };
  NoteRecordWriter(std::ostream& out, Format format) : out_(out), format_(format) {}
  void write(const NoteRecord& record);
  // What write() prints for one record, without what goes before or between records and
  // without its duplicate_of value, appended to `out`; returns where in it (from where the
  // record starts) the value goes. Made apart so that worker threads can make it while the
  // caller's thread writes in order: whether a record is a duplicate is known only in order.
  static std::size_t format(const NoteRecord& record, Format format, std::string& out);
  void write_formatted(std::string_view record, std::size_t duplicate_at, std::optional<std::size_t> duplicate_of);
  void finish();  // closes the JSON array ("[]" when there were no records)
  std::size_t written() const { return written_; }

 private:
  void start();
  std::ostream& out_;
  Format format_;
  std::size_t written_ = 0;
};

void write_note_records_json(std::ostream& out, const std::vector<NoteRecord>& records);
void write_note_records_csv(std::ostream& out, const std::vector<NoteRecord>& records);
void write_note_records_markdown(std::ostream& out, const std::vector<NoteRecord>& records);

}  // namespace canvass
