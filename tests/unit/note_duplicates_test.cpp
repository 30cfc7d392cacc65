// Duplicate marking in two halves (keys on any thread, first ids in reading order) against
// a reference written here from the rule itself: same section and same folded text, never a
// separator, a text over 64 KiB compared as written. Keys are made by several DuplicateKeys
// (as the `notes` workers make them, each with its own remembered section) and must give
// what one DuplicateMarker gives; and `canvass notes` must print what read_notes gives.
#include "notes/duplicates.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "notes/read_notes.hpp"
#include "notes/text_notes.hpp"
#include "test_support.hpp"
#include "text/fold.hpp"

namespace canvass {
namespace {

// Notes with many copy-pasted lines: texts drawn from a small pool in several spellings
// (case, spaces, curly quotes, dashes), sections that repeat, separators and labels.
std::string pasted_notes(std::size_t lines, unsigned seed) {
  std::mt19937 rng(seed);
  const std::vector<std::string> texts = {
      "Share frameworks \xE2\x80\x93 buy-in", "share  FRAMEWORKS - buy-in", "\xE2\x80\x9CThey don\xE2\x80\x99t call\xE2\x80\x9D",
      "\"They don't call\"", "Funding is late", "funding IS late ", "Trust takes time", "trust takes  time",
      "Caf\xC3\xA9 staff were kind", "CAF\xC3\x89 STAFF WERE KIND", "Stra\xC3\x9F" "e works", "strasse works"};
  const std::vector<std::string> sections = {"North Table", "north  table", "South Table", "East \xE2\x80\x93 Table 3"};
  std::string out = "Workshop notes\n\n";
  for (std::size_t i = 0; i < lines; ++i) {
    const unsigned roll = rng() % 100;
    if (roll < 3) out += sections[rng() % sections.size()] + "\nQuestion - What helps?\n";
    else if (roll < 8) out += "-\n";
    else if (roll < 11) out += "\xE2\x80\x93\n";
    else if (roll < 14) out += "What works well:\n";
    else if (roll < 17) out += "\n";
    else out += "- " + texts[rng() % texts.size()] + (roll % 7 == 0 ? " " + std::to_string(rng() % 50) : "") + "\n";
  }
  return out;
}

// The rule, worked out here from each record's section and text.
std::vector<std::optional<std::size_t>> expected_duplicates(const std::vector<NoteRecord>& records) {
  std::map<std::pair<std::string, std::string>, std::size_t> first;
  std::vector<std::optional<std::size_t>> out;
  for (const NoteRecord& r : records) {
    const bool separator = r.kind == NoteKind::text && (r.text == "-" || r.text == "\xE2\x80\x93");  // as written above
    if (separator) {
      out.emplace_back();
      continue;
    }
    const std::string text = r.text.size() > 64 * 1024 ? r.text : fold(r.text);
    const auto [at, added] = first.emplace(std::make_pair(fold(r.section.value_or("")), text), r.id);
    out.push_back(added ? std::nullopt : std::optional<std::size_t>{at->second});
  }
  return out;
}

TEST(NoteDuplicates, ReadNotesMarksWhatTheRuleSays) {
  const auto doc = read_text_notes("t.txt", pasted_notes(4000, 1));
  ASSERT_TRUE(doc) << doc.error().to_string();
  const auto expected = expected_duplicates(doc->records);
  std::size_t duplicates = 0;
  for (std::size_t i = 0; i < doc->records.size(); ++i) {
    EXPECT_EQ(doc->records[i].duplicate_of, expected[i]) << "record " << doc->records[i].id << ": " << doc->records[i].text;
    duplicates += expected[i].has_value();
  }
  EXPECT_GT(duplicates, 1000u) << "the test text must hold many duplicates";
}

TEST(NoteDuplicates, KeysFromSeveralThreadsGiveWhatOneMarkerGives) {
  std::vector<NoteRecord> records;
  ASSERT_TRUE(stream_text_notes("t.txt", pasted_notes(20000, 2), [&](NoteRecord&& r) { records.push_back(std::move(r)); }));
  ASSERT_GT(records.size(), 4000u) << "more records than the table's first size";
  // batches of uneven sizes, dealt to three key makers on their own threads
  std::vector<std::optional<DuplicateKey>> keys(records.size());
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> batches(3);
  for (std::size_t at = 0, n = 0; at < records.size(); at += 37 + (n * 53) % 300, ++n)
    batches[n % 3].emplace_back(at, std::min(records.size(), at + 37 + (n * 53) % 300));
  std::vector<std::thread> threads;
  for (const auto& mine : batches)
    threads.emplace_back([&records, &keys, &mine] {
      DuplicateKeys maker;
      for (const auto& [from, to] : mine)
        for (std::size_t i = from; i < to; ++i) keys[i] = maker.key_of(records[i]);
    });
  for (auto& t : threads) t.join();
  DuplicateTable table;
  DuplicateMarker marker;
  const auto expected = expected_duplicates(records);
  for (std::size_t i = 0; i < records.size(); ++i) {
    const std::optional<std::size_t> split = keys[i] ? table.first_with(*keys[i], records[i].id) : std::nullopt;
    NoteRecord whole = records[i];
    marker.mark(whole);
    EXPECT_EQ(split, expected[i]) << "record " << records[i].id;
    EXPECT_EQ(whole.duplicate_of, expected[i]) << "record " << records[i].id;
  }
}

TEST(NoteDuplicates, AHugeTextIsComparedAsWritten) {
  const std::string big(70 * 1024, 'a');
  std::string upper = big;
  upper[0] = 'A';
  NoteRecord a, b, c;
  a.id = 1, b.id = 2, c.id = 3;
  a.text = big, b.text = upper, c.text = big;
  DuplicateMarker marker;
  for (NoteRecord* r : {&a, &b, &c}) marker.mark(*r);
  EXPECT_FALSE(a.duplicate_of);
  EXPECT_FALSE(b.duplicate_of) << "not folded: differs in case";
  EXPECT_EQ(c.duplicate_of, 1u);
}

TEST(NoteDuplicates, TheCommandPrintsWhatReadNotesMarks) {
  testing::TempDir tmp;
  const std::string text = pasted_notes(6000, 3);
  const std::string path = tmp.write("pasted.txt", text);
  const auto r = testing::run_canvass("notes '" + path + "' --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = read_notes("pasted.txt", text);
  ASSERT_TRUE(doc);
  // the duplicate_of column (the 11th) of each row, in order; no field before it holds a comma
  // or a quote in these notes
  std::vector<std::string> printed;
  std::size_t at = r.out.find('\n') + 1;
  while (at < r.out.size()) {
    const std::size_t end = r.out.find('\n', at);
    std::string_view row(r.out.data() + at, end - at);
    for (int k = 0; k < 10; ++k) row.remove_prefix(row.find(',') + 1);
    printed.emplace_back(row.substr(0, row.find(',')));
    at = end + 1;
  }
  ASSERT_EQ(printed.size(), doc->records.size());
  std::size_t duplicates = 0;
  for (std::size_t i = 0; i < printed.size(); ++i) {
    const auto& d = doc->records[i].duplicate_of;
    EXPECT_EQ(printed[i], d ? std::to_string(*d) : "") << "record " << i + 1;
    duplicates += d.has_value();
  }
  EXPECT_GT(duplicates, 1000u);
}

}  // namespace
}  // namespace canvass
