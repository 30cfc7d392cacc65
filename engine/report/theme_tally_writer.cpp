#include "report/theme_tally_writer.hpp"

#include "report/csv_writer.hpp"
#include "report/json_writer.hpp"
#include "report/markdown_writer.hpp"

namespace canvass {

namespace {

std::vector<const ThemeRow*> rows_of(const ThemeTally& tally) {
  std::vector<const ThemeRow*> rows;
  for (const auto& r : tally.themes) rows.push_back(&r);
  rows.push_back(&tally.uncoded);
  return rows;
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : "; ") + id;
  return out;
}

}  // namespace

void write_theme_tally_json(std::ostream& out, const ThemeTally& tally) {
  std::vector<JsonObject> objects;
  for (const ThemeRow* r : rows_of(tally)) {
    std::string examples = "[";
    for (std::size_t i = 0; i < r->examples.size(); ++i) examples += (i ? "," : "") + json_string(r->examples[i]);
    JsonObject o;
    o.text("theme", r->theme)
        .integer("tables", static_cast<long long>(r->tables))
        .integer("of", static_cast<long long>(r->of))
        .integer("notes", static_cast<long long>(r->notes))
        .raw("examples", examples + "]");
    objects.push_back(std::move(o));
  }
  write_json_array(out, objects);
}

void write_theme_tally_csv(std::ostream& out, const ThemeTally& tally) {
  write_csv_row(out, {"theme", "tables", "of", "notes", "examples"});
  for (const ThemeRow* r : rows_of(tally))
    write_csv_row(out, {r->theme, std::to_string(r->tables), std::to_string(r->of), std::to_string(r->notes), joined(r->examples)});
}

std::string uncovered_terms_sentence(const ThemeTally& tally) {
  if (tally.uncovered.empty()) return {};
  std::string s = "Not covered by the codebook (words shared by notes no theme matched): ";
  for (std::size_t i = 0; i < tally.uncovered.size(); ++i) {
    const UncoveredTerm& t = tally.uncovered[i];
    s += (i ? ", " : "") + t.term + " (" + std::to_string(t.tables) + (t.tables == 1 ? " table, " : " tables, ") +
         std::to_string(t.notes) + " notes)";
  }
  return s + ".";
}

void write_theme_tally_markdown(std::ostream& out, const ThemeTally& tally) {
  out << "| theme | tables | of | notes | examples |\n|---|---:|---:|---:|---|\n";
  for (const ThemeRow* r : rows_of(tally))
    out << "| " << md_cell(r->theme) << " | " << r->tables << " | " << r->of << " | " << r->notes << " | "
        << md_cell(joined(r->examples)) << " |\n";
  if (const std::string terms = uncovered_terms_sentence(tally); !terms.empty()) out << '\n' << md_cell(terms) << '\n';
}

}  // namespace canvass
