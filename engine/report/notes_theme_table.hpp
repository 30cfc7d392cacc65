// The opening of the report's notes section, "Themes across tables": per theme the tables
// that raised it out of all tables and its notes, each theme linked to the list of its
// notes; the notes no theme matched counted and listed too; the words they share.
#pragma once

#include <ostream>
#include <vector>

#include "notes/note_record.hpp"
#include "notes/theme_tally.hpp"

namespace canvass {

// `documents` carry their themes and are redacted already.
void write_theme_table_html(std::ostream& out, const ThemeTally& tally, const std::vector<NoteDocument>& documents);
void write_theme_table_markdown(std::ostream& out, const ThemeTally& tally, const std::vector<NoteDocument>& documents);

}  // namespace canvass
