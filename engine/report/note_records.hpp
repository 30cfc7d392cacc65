// Prints note records as they are, one per record, for `canvass notes FILE`: JSON (an
// array of objects), CSV and a Markdown table, all with the same fields in the same order.
#pragma once

#include <ostream>
#include <vector>

#include "notes/note_record.hpp"

namespace canvass {

// id, kind, section, question, heading, group, depth, parent, text, line, duplicate_of
inline constexpr const char* kNoteFields[] = {"id",    "kind",  "section", "question", "heading",     "group",
                                              "depth", "parent", "text",   "line",     "duplicate_of"};

void write_note_records_json(std::ostream& out, const std::vector<NoteRecord>& records);
void write_note_records_csv(std::ostream& out, const std::vector<NoteRecord>& records);
void write_note_records_markdown(std::ostream& out, const std::vector<NoteRecord>& records);

}  // namespace canvass
