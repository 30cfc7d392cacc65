// Reads table notes from plain text (pasted notes, .txt, .md): decodes the bytes, refuses
// what is not text, and hands the lines with their numbers to the notes assembler.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "notes/note_assembler.hpp"
#include "notes/note_record.hpp"
#include "notes/note_source.hpp"

namespace canvass {

// The lines of decoded text, numbered from 1; CRLF, LF and CR all end a line.
std::vector<NoteSourceLine> split_note_lines(std::string_view text);

// `path` names the file in errors and in the document; duplicates are marked.
Result<NoteDocument> read_text_notes(const std::string& path, std::string_view bytes);

// The same, the records handed to `sink` as they are made, duplicates not yet marked (see
// notes/duplicates.hpp); the document comes back without records. UTF-8 is read in place,
// line by line; other encodings are decoded first.
Result<NoteDocument> stream_text_notes(const std::string& path, std::string_view bytes, const NoteRecordSink& sink);

}  // namespace canvass
