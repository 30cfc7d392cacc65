// The report's focus-group notes: per section of each notes file, its question, its notes
// grouped by the heading (label) they were written under, and its summary; HTML and Markdown.
#pragma once

#include <ostream>
#include <vector>

#include "analysis/codebook.hpp"
#include "model/error.hpp"
#include "notes/note_record.hpp"
#include "notes/theme_tally.hpp"
#include "store/sqlite.hpp"
#include "text/redactor.hpp"

namespace canvass {

// Copy-paste duplicates are shown once and separator lines not at all; every other note,
// text and summary record appears, nested by its depth. With a tally, the section opens
// with "Themes across tables" (report/notes_theme_table).
void write_notes_markdown(std::ostream& out, const std::vector<NoteDocument>& documents,
                          const ThemeTally* tally = nullptr);
void write_notes_html(std::ostream& out, const std::vector<NoteDocument>& documents, const ThemeTally* tally = nullptr);

// Both, from the notes in the store: each record's themes from `codebook`, personal data
// redacted, the themes across tables first; nothing at all when the store holds no notes.
// Notes are not respondents: no note is held back for the small-group rule.
Status write_stored_notes(Database& db, const Redactor& redactor, const Codebook& codebook, std::ostream& html,
                          std::ostream& markdown);

}  // namespace canvass
