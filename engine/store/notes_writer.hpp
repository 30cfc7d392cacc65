// Writes one notes file's records into the store in a single transaction, with the same
// source identity as survey files: identical bytes add nothing, a changed file replaces.
#pragma once

#include <string>

#include "notes/note_record.hpp"
#include "store/sqlite.hpp"
#include "store/survey_writer.hpp"

namespace canvass {

// Stores `notes` read from `file` under options.batch_label (and options.label). Each record
// keeps its number in the file (note.number); parent_id and duplicate_of point at note rows.
// A notes file is its own whole: a new version replaces the source at its path outright.
Result<StoredSource> store_notes(Database& db, const StoreOptions& options, const SourceFile& file,
                                 const NoteDocument& notes);

}  // namespace canvass
