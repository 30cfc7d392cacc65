// Themes across tables: what is a table, what is a note, what is counted once; the terms no
// theme covers; theme matching of a huge note in bounded pieces.
#include <gtest/gtest.h>

#include "notes/note_themes.hpp"
#include "notes/read_notes.hpp"
#include "notes/theme_tally.hpp"

namespace canvass {
namespace {

Codebook book() { return Codebook{{{"waiting", {"wait"}}, {"funding", {"funding", "budget"}}}}; }

std::vector<NoteRecord> themed(const std::string& text) {
  auto doc = read_notes("t.txt", text);
  EXPECT_TRUE(doc);
  NoteThemes themes(book());
  themes.tag(doc->records);
  return doc->records;
}

ThemeTally tally_of(const std::vector<std::pair<std::string, std::string>>& files) {
  ThemeTallyBuilder b({"waiting", "funding"}, {"the", "and", "for"}, files.size() > 1);
  for (const auto& [name, text] : files)
    for (const auto& r : themed(text)) b.add(name, r);
  return b.finish();
}

const ThemeRow& row(const ThemeTally& t, const std::string& theme) {
  for (const auto& r : t.themes)
    if (r.theme == theme) return r;
  return t.uncoded;
}

TEST(ThemeTally, SummariesMarkTheTableButAreNotNotes) {
  const auto t = tally_of({{"a.txt", "North\nQuestion - Why?\n- Waiting lists\n\nSummary\n- Waiting is the worst\n"
                                     "\nSouth\nQuestion - Why?\n- Nothing here\n\nSummary\n- Funding matters\n"}});
  EXPECT_EQ(t.tables, 2u);
  EXPECT_EQ(row(t, "waiting").tables, 1u);
  EXPECT_EQ(row(t, "waiting").notes, 1u);
  EXPECT_EQ(row(t, "funding").tables, 1u);  // South's summary raised it
  EXPECT_EQ(row(t, "funding").notes, 0u);
  EXPECT_EQ(row(t, "funding").examples.size(), 0u);
}

TEST(ThemeTally, DuplicatesAndASectionPastedTwiceCountOnce) {
  const auto t = tally_of({{"a.txt", "North\nQuestion - Why?\n- Waiting lists\n- waiting  lists\n\n"
                                     "North\nQuestion - Why?\n- Waiting lists\n"}});
  EXPECT_EQ(t.tables, 1u);
  EXPECT_EQ(row(t, "waiting").notes, 1u);
  EXPECT_EQ(row(t, "waiting").examples, std::vector<std::string>{"3"});
}

TEST(ThemeTally, AFileWithoutSectionsIsOneTableAndFilesAreNamedInExamples) {
  const auto t = tally_of({{"one.txt", "- Waiting lists\n- Funding cut\n"}, {"two.txt", "- Still waiting\n"}});
  EXPECT_EQ(t.tables, 2u);
  EXPECT_EQ(row(t, "waiting").tables, 2u);
  EXPECT_EQ(row(t, "waiting").examples, (std::vector<std::string>{"one.txt#1", "two.txt#1"}));
  EXPECT_EQ(row(t, "funding").of, 2u);
}

TEST(ThemeTally, ExamplesComeFromDifferentTablesFirst) {
  const auto t = tally_of({{"a.txt", "North\nQuestion - Why?\n- wait 1\n- wait 2\n- wait 3\n\n"
                                     "South\nQuestion - Why?\n- wait 4\n"}});
  EXPECT_EQ(row(t, "waiting").examples, (std::vector<std::string>{"3", "8", "4"}));
  EXPECT_EQ(row(t, "waiting").notes, 4u);
}

TEST(ThemeTally, TermsNoThemeCoversNeedTwoNotesAndSkipStopWordsAndPlaceholders) {
  const auto t = tally_of({{"a.txt", "North\nQuestion - Why?\n- Transport for the carers\n- Transport again [name]\n"
                                     "- Housing once\n\nSouth\nQuestion - Why?\n- Rural transport and [name]\n"}});
  EXPECT_EQ(t.uncoded.notes, 4u);
  ASSERT_FALSE(t.uncovered.empty());
  EXPECT_EQ(t.uncovered[0].term, "transport");
  EXPECT_EQ(t.uncovered[0].tables, 2u);
  EXPECT_EQ(t.uncovered[0].notes, 3u);
  for (const auto& term : t.uncovered) {
    EXPECT_NE(term.term, "housing");  // one note
    EXPECT_NE(term.term, "the");      // a stop word
    EXPECT_NE(term.term, "name");     // a redaction placeholder
  }
}

TEST(NoteThemes, AHugeNoteIsMatchedInPiecesAndKeepsCodebookOrder) {
  std::string text = "funding at the start ";
  while (text.size() < 200 * 1024) text += "lorem ipsum dolor sit amet ";
  text += "and waiting at the end";
  NoteThemes themes(book());
  EXPECT_EQ(themes.of(text), (std::vector<std::string>{"waiting", "funding"}));
}

}  // namespace
}  // namespace canvass
