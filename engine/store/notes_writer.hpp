// Writes one notes file's records into the store in a single transaction, with the same
// source identity as survey files: identical bytes add nothing, a changed file replaces.
#pragma once

#include <string>

#include "notes/note_record.hpp"
#include "store/sqlite.hpp"
#include "store/survey_writer.hpp"

namespace canvass {

// Stores `notes` read from `file` under the batch labelled `batch_label`. Each record keeps
// its number in the file (note.number); parent_id and duplicate_of point at note rows.
Result<StoredSource> store_notes(Database& db, const std::string& batch_label, const SourceFile& file,
                                 const NoteDocument& notes);

}  // namespace canvass
