// Reads the notes back out of the store, one NoteDocument per notes source, with record
// ids renumbered as in the file (note.number) so they read like `canvass notes FILE`.
#pragma once

#include <vector>

#include "notes/note_record.hpp"
#include "store/sqlite.hpp"

namespace canvass {

// In ingest order, records in file order. Sources without notes are left out.
Result<std::vector<NoteDocument>> read_stored_notes(Database& db);

}  // namespace canvass
