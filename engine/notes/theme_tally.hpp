// Themes across tables: per codebook theme, how many tables (sections) raised it out of all
// tables, how many notes, and a few example notes; the notes no theme matched, and the
// content terms they share, so a writer can see what the codebook misses.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/error.hpp"
#include "notes/note_record.hpp"
#include "text/stemmer.hpp"

namespace canvass {

struct ThemeRow {
  std::string theme;                  // "(no theme)" for the notes no theme matched
  std::size_t tables = 0;             // tables (sections) with a note or summary raising it
  std::size_t of = 0;                 // all tables
  std::size_t notes = 0;              // notes raising it (summaries and duplicates not counted)
  std::vector<std::string> examples;  // up to three note ids, from different tables first
};

struct UncoveredTerm {
  std::string term;  // the commonest written form of the word (lower case)
  std::size_t tables = 0, notes = 0;
};

struct ThemeTally {
  std::vector<ThemeRow> themes;  // most tables first, then most notes, then codebook order
  ThemeRow uncoded;              // the notes no theme matched
  std::size_t tables = 0;        // all tables
  std::size_t notes = 0;         // all notes counted
  std::vector<UncoveredTerm> uncovered;  // at most kMostUncovered, most tables first
};

inline constexpr std::size_t kMostUncovered = 10;

// True for the records the tally counts as notes: `note` and `text` records with letters
// that are not copy-paste duplicates.
bool counts_as_note(const NoteRecord& record);

// data/notes/stopwords-en.txt and notes-common-terms.txt under `data_folder`.
Result<std::unordered_set<std::string>> load_tally_stop_words(const std::string& data_folder);

// Counts records one at a time (records must already carry their themes), so a tally
// holds per-table and per-term counts, never the notes themselves.
//
// What counts: a table is a section of a file (a section pasted twice is one table; a
// file without sections is one table). A note is a `note` or `text` record with letters
// in it that is not a copy-paste duplicate; a `summary` record marks its table as raising
// its themes but is not a note, since it restates the table's notes.
class ThemeTallyBuilder {
 public:
  // `themes`: the codebook's names in order. `name_files`: example ids as "FILE#ID" (for
  // several files) rather than "ID".
  ThemeTallyBuilder(std::vector<std::string> themes, std::unordered_set<std::string> stop_words, bool name_files);

  void add(const std::string& file, const NoteRecord& record);
  ThemeTally finish() const;

 private:
  struct Count {
    std::unordered_set<std::size_t> tables;
    std::size_t notes = 0;
    std::vector<std::pair<std::size_t, std::string>> examples;  // (table, id), at most 3 tables
    std::vector<std::string> first;                              // the first three ids
  };
  struct Term {
    std::unordered_map<std::string, std::size_t> forms;
    std::unordered_set<std::size_t> tables;
    std::size_t notes = 0;
  };
  std::size_t table_of(const std::string& file, const NoteRecord& record);
  void count(Count& c, std::size_t table, const std::string& id, bool is_note);
  void count_terms(std::size_t table, const std::string& text);
  ThemeRow row(const std::string& name, const Count& c) const;

  std::vector<std::string> names_;
  std::unordered_set<std::string> stop_words_;
  bool name_files_;
  std::unordered_map<std::string, std::size_t> tables_;  // file + '\n' + folded section -> table
  // The last record's file, section and table: records come a section at a time.
  std::string last_file_;
  std::optional<std::string> last_section_;
  std::optional<std::size_t> last_table_;
  std::vector<Count> counts_;                            // per theme
  Count uncoded_;
  std::size_t notes_ = 0;
  std::unordered_map<std::string, Term> terms_;  // stem -> term, from uncoded notes
  Stemmer stemmer_;
};

}  // namespace canvass
