// Turns classified lines of table notes into note records: keeps the section, question,
// round, label and bullet nesting in force as it walks, and flags copy-paste duplicates.
#pragma once

#include <vector>

#include "notes/note_record.hpp"
#include "notes/note_source.hpp"

namespace canvass {

// Every non-blank line ends up in some record (continuation lines in their bullet's).
std::vector<NoteRecord> assemble_notes(const std::vector<NoteSourceLine>& lines);

// Marks each record whose folded text (case, spaces, quotes, dashes) an earlier record of
// the same section already has; separator lines are never duplicates.
void mark_duplicates(std::vector<NoteRecord>& records);

}  // namespace canvass
