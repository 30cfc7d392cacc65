// From a notes file's bytes to its note records: a Word document (a ZIP) goes to the DOCX
// reader, anything else is read as text. The one entry point for `notes` and `ingest`.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"
#include "notes/note_assembler.hpp"
#include "notes/note_record.hpp"

namespace canvass {

// Hands the records to `sink` one by one as they are read (a text file is never held as
// lines or records) and returns what the file was, with `records` empty. Errors (not text,
// not a Word document) come before any record. Duplicates are not yet marked: the receiver
// passes the records, in this order, through notes/duplicates.hpp.
Result<NoteDocument> stream_notes(const std::string& path, std::string_view bytes, const NoteRecordSink& sink);

// All the records at once, duplicates marked.
Result<NoteDocument> read_notes(const std::string& path, std::string_view bytes);

Result<NoteDocument> read_notes_file(const std::string& path);

}  // namespace canvass
