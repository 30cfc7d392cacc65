// Writes themes across tables (`canvass notes FILE... --tally` and the report's notes
// section): one row per theme with the columns theme, tables, of, notes, examples, then a
// "(no theme)" row for the notes no theme matched.
#pragma once

#include <ostream>

#include "notes/theme_tally.hpp"

namespace canvass {

// JSON: an array of {theme, tables, of, notes, examples: [ids]}.
void write_theme_tally_json(std::ostream& out, const ThemeTally& tally);
// CSV: theme,tables,of,notes,examples with the examples joined by "; ".
void write_theme_tally_csv(std::ostream& out, const ThemeTally& tally);
// A Markdown table of the same columns, then the terms no theme covered.
void write_theme_tally_markdown(std::ostream& out, const ThemeTally& tally);

// "Not covered by the codebook: transport (3 tables, 5 notes), …" or "" when none.
std::string uncovered_terms_sentence(const ThemeTally& tally);

}  // namespace canvass
