#include "report/notes_theme_table.hpp"

#include <algorithm>
#include <filesystem>

#include "report/html_writer.hpp"
#include "report/markdown_writer.hpp"
#include "report/theme_tally_writer.hpp"

namespace canvass {

namespace {

constexpr const char* kNoTheme = "(no theme)";

// "notes-on-time-and-workload": the anchor of a theme's list of notes.
std::string anchor(const std::string& theme) {
  std::string out = "notes-on-";
  bool dash = false;
  for (unsigned char c : theme == kNoTheme ? std::string("no theme") : theme) {
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
      dash = false;
    } else if (!dash) {
      out += '-';
      dash = true;
    }
  }
  while (out.back() == '-') out.pop_back();
  return out;
}

struct Listed {
  const NoteRecord* record;
  std::string where;  // "North (table-notes.txt)"
};

// The notes of `theme` (or of no theme) in reading order.
std::vector<Listed> notes_of(const std::string& theme, const std::vector<NoteDocument>& documents) {
  std::vector<Listed> out;
  for (const auto& doc : documents) {
    const std::string file = std::filesystem::path(doc.path).filename().string();
    for (const auto& r : doc.records) {
      if (!counts_as_note(r)) continue;
      const bool has = theme == kNoTheme ? r.themes.empty()
                                         : std::find(r.themes.begin(), r.themes.end(), theme) != r.themes.end();
      if (has) out.push_back({&r, r.section ? *r.section + " (" + file + ")" : file});
    }
  }
  return out;
}

std::vector<const ThemeRow*> rows_of(const ThemeTally& tally) {
  std::vector<const ThemeRow*> rows;
  for (const auto& r : tally.themes) rows.push_back(&r);
  rows.push_back(&tally.uncoded);
  return rows;
}

std::string raised(const ThemeRow& r) { return std::to_string(r.tables) + " of " + std::to_string(r.of); }

std::string lead(const ThemeTally& tally) {
  return "Each theme of the codebook, with the number of tables (sections of the notes) that raised it in a note or "
         "a summary, and its notes (copy-paste duplicates and summaries not counted). " +
         std::to_string(tally.uncoded.notes) + " of " + std::to_string(tally.notes) + " notes matched no theme.";
}

}  // namespace

void write_theme_table_html(std::ostream& out, const ThemeTally& tally, const std::vector<NoteDocument>& documents) {
  out << "<h3 id=\"themes-across-tables\">Themes across tables</h3>\n<p>" << html_escape(lead(tally)) << "</p>\n"
      << "<table class=\"themes-across-tables\">\n<thead><tr><th>Theme</th><th>Tables</th><th>Notes</th></tr></thead>\n<tbody>\n";
  for (const ThemeRow* r : rows_of(tally)) {
    out << "<tr><td>";
    if (r->notes > 0) out << "<a href=\"#" << anchor(r->theme) << "\">" << html_escape(r->theme) << "</a>";
    else out << html_escape(r->theme);
    out << "</td><td>" << raised(*r) << "</td><td>" << r->notes << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
  if (const std::string terms = uncovered_terms_sentence(tally); !terms.empty())
    out << "<p class=\"uncovered\">" << html_escape(terms) << "</p>\n";
  for (const ThemeRow* r : rows_of(tally)) {
    if (r->notes == 0) continue;
    out << "<details id=\"" << anchor(r->theme) << "\"><summary>Notes on " << html_escape(r->theme) << " ("
        << r->notes << ")</summary>\n<ul>";
    for (const Listed& n : notes_of(r->theme, documents))
      out << "<li>" << html_escape(n.record->text) << " <span class=\"where\">\u2014 " << html_escape(n.where)
          << "</span></li>";
    out << "</ul>\n</details>\n";
  }
}

void write_theme_table_markdown(std::ostream& out, const ThemeTally& tally, const std::vector<NoteDocument>& documents) {
  out << "### Themes across tables\n\n" << lead(tally) << "\n\n| Theme | Tables | Notes |\n|---|---:|---:|\n";
  for (const ThemeRow* r : rows_of(tally)) {
    const std::string name = md_cell(r->theme);
    out << "| " << (r->notes > 0 ? "[" + name + "](#" + anchor(r->theme) + ")" : name) << " | " << raised(*r)
        << " | " << r->notes << " |\n";
  }
  out << '\n';
  if (const std::string terms = uncovered_terms_sentence(tally); !terms.empty()) out << terms << "\n\n";
  for (const ThemeRow* r : rows_of(tally)) {
    if (r->notes == 0) continue;
    out << "#### Notes on " << md_cell(r->theme) << "\n\n";  // its anchor is anchor(theme)
    for (const Listed& n : notes_of(r->theme, documents)) out << "- " << md_cell(n.record->text) << " \u2014 *" << md_cell(n.where) << "*\n";
    out << '\n';
  }
}

}  // namespace canvass
