#include "notes/theme_tally.hpp"

#include <algorithm>
#include <filesystem>

#include "text/fold.hpp"
#include "text/word_list.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

bool has_letters(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b >= 0x80;
  });
}

// Notes this long are pasted documents, not points: their words would swamp the terms.
constexpr std::size_t kLongestNoteForTerms = 4096;

}  // namespace

bool counts_as_note(const NoteRecord& r) {
  return (r.kind == NoteKind::note || r.kind == NoteKind::text) && !r.duplicate_of && has_letters(r.text);
}

Result<std::unordered_set<std::string>> load_tally_stop_words(const std::string& data_folder) {
  std::unordered_set<std::string> words;
  for (const char* name : {"stopwords-en.txt", "notes-common-terms.txt"}) {
    auto list = read_word_list(data_folder + "/notes/" + name);
    if (!list) return list.error();
    for (auto& w : *list) words.insert(fold(w));
  }
  return words;
}

ThemeTallyBuilder::ThemeTallyBuilder(std::vector<std::string> themes, std::unordered_set<std::string> stop_words,
                                     bool name_files)
    : names_(std::move(themes)), stop_words_(std::move(stop_words)), name_files_(name_files), counts_(names_.size()) {}

std::size_t ThemeTallyBuilder::table_of(const std::string& file, const NoteRecord& r) {
  if (last_table_ && r.section == last_section_ && file == last_file_) return *last_table_;
  std::string key = file + '\n' + (r.section ? fold(*r.section) : std::string{});
  last_file_ = file;
  last_section_ = r.section;
  last_table_ = tables_.emplace(std::move(key), tables_.size()).first->second;
  return *last_table_;
}

void ThemeTallyBuilder::count(Count& c, std::size_t table, const std::string& id, bool is_note) {
  c.tables.insert(table);
  if (!is_note) return;
  ++c.notes;
  if (c.first.size() < 3) c.first.push_back(id);
  const bool table_shown = std::any_of(c.examples.begin(), c.examples.end(), [&](const auto& e) { return e.first == table; });
  if (c.examples.size() < 3 && !table_shown) c.examples.emplace_back(table, id);
}

void ThemeTallyBuilder::count_terms(std::size_t table, const std::string& text) {
  if (text.size() > kLongestNoteForTerms) return;
  std::unordered_set<std::string> seen;  // a term counts once per note
  for (const Word& w : letter_words(text)) {
    if (w.begin > 0 && text[w.begin - 1] == '[' && w.end < text.size() && text[w.end] == ']') continue;  // "[name]"
    std::string word = fold(w.text);
    if (word.size() < 3 || stop_words_.count(word)) continue;
    std::string stem = stemmer_.stem(word);
    if (!seen.insert(stem).second) continue;
    Term& t = terms_[std::move(stem)];
    ++t.forms[word];
    t.tables.insert(table);
    ++t.notes;
  }
}

void ThemeTallyBuilder::add(const std::string& file, const NoteRecord& r) {
  if (r.kind == NoteKind::title) return;
  const bool is_note = counts_as_note(r);
  const bool counted = is_note || (r.kind == NoteKind::summary && !r.duplicate_of && has_letters(r.text));
  if (!r.section && !counted) return;  // a label before any section makes no table
  const std::size_t table = table_of(file, r);  // every section is a table, with notes or not
  if (!counted) return;
  const std::string id = name_files_ ? std::filesystem::path(file).filename().string() + "#" + std::to_string(r.id)
                                     : std::to_string(r.id);
  notes_ += is_note;
  bool coded = false;
  for (const std::string& theme : r.themes) {
    const auto at = std::find(names_.begin(), names_.end(), theme);
    if (at == names_.end()) continue;
    count(counts_[static_cast<std::size_t>(at - names_.begin())], table, id, is_note);
    coded = true;
  }
  if (coded || !is_note) return;
  count(uncoded_, table, id, true);
  count_terms(table, r.text);
}

ThemeRow ThemeTallyBuilder::row(const std::string& name, const Count& c) const {
  ThemeRow out{name, c.tables.size(), tables_.size(), c.notes, {}};
  for (const auto& e : c.examples) out.examples.push_back(e.second);
  for (const auto& id : c.first)
    if (out.examples.size() < 3 && std::find(out.examples.begin(), out.examples.end(), id) == out.examples.end())
      out.examples.push_back(id);
  return out;
}

ThemeTally ThemeTallyBuilder::finish() const {
  ThemeTally out;
  out.tables = tables_.size();
  out.notes = notes_;
  for (std::size_t i = 0; i < names_.size(); ++i) out.themes.push_back(row(names_[i], counts_[i]));
  std::stable_sort(out.themes.begin(), out.themes.end(), [](const ThemeRow& a, const ThemeRow& b) {
    return a.tables != b.tables ? a.tables > b.tables : a.notes > b.notes;
  });
  out.uncoded = row("(no theme)", uncoded_);
  for (const auto& [stem, t] : terms_) {
    if (t.notes < 2) continue;  // one note is not yet a theme
    const auto form = std::max_element(t.forms.begin(), t.forms.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second < b.second : a.first > b.first;
    });
    out.uncovered.push_back({form->first, t.tables.size(), t.notes});
  }
  std::sort(out.uncovered.begin(), out.uncovered.end(), [](const UncoveredTerm& a, const UncoveredTerm& b) {
    if (a.tables != b.tables) return a.tables > b.tables;
    return a.notes != b.notes ? a.notes > b.notes : a.term < b.term;
  });
  if (out.uncovered.size() > kMostUncovered) out.uncovered.resize(kMostUncovered);
  return out;
}

}  // namespace canvass
