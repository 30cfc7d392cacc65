// Writes one notes file's records into the store in a single transaction, with the same
// source identity as survey files: identical bytes add nothing, a changed file replaces.
#pragma once

#include <string>
#include <string_view>

#include "notes/note_record.hpp"
#include "store/sqlite.hpp"
#include "store/survey_writer.hpp"

namespace canvass {

// Stores `notes` read from `file` under options.batch_label (and options.label). Each record
// keeps its number in the file (note.number); parent_id and duplicate_of point at note rows.
// A notes file is its own whole: a new version replaces the source at its path outright.
Result<StoredSource> store_notes(Database& db, const StoreOptions& options, const SourceFile& file,
                                 const NoteDocument& notes);

struct StoredNotes {
  StoredSource source;
  std::size_t records = 0;  // 0 when the bytes were stored already
};

// Reads the notes in `bytes` and stores each record as it is read, in the same single
// transaction, so a long notes file is never held as records. The source row gets the
// file's container and encoding (file.kind and file.encoding are not needed). A file that
// is not notes, or holds only blank lines, is an error and nothing is written.
Result<StoredNotes> read_and_store_notes(Database& db, const StoreOptions& options, SourceFile file,
                                         std::string_view bytes);

}  // namespace canvass
