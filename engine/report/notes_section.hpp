// The report's focus-group notes: per section of each notes file, its question, its notes
// grouped by the heading (label) they were written under, and its summary; HTML and Markdown.
#pragma once

#include <ostream>
#include <vector>

#include "model/error.hpp"
#include "notes/note_record.hpp"
#include "store/sqlite.hpp"
#include "text/redactor.hpp"

namespace canvass {

// Copy-paste duplicates are shown once and separator lines not at all; every other note,
// text and summary record appears, nested by its depth.
void write_notes_markdown(std::ostream& out, const std::vector<NoteDocument>& documents);
void write_notes_html(std::ostream& out, const std::vector<NoteDocument>& documents);

// Both, from the notes in the store with personal data redacted; nothing at all when the
// store holds no notes.
Status write_stored_notes(Database& db, const Redactor& redactor, std::ostream& html, std::ostream& markdown);

}  // namespace canvass
