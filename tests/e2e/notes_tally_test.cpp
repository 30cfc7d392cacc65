// `canvass notes FILE... --tally` through the program: the counts checked by hand on three
// real-shaped notes files (tests/data/notes/tally-expected.md), the other formats, Word and
// text forms giving one tally, and files that cannot be read.
#include <gtest/gtest.h>

#include "notes_word_fixture.hpp"
#include "test_support.hpp"
#include "text/decode.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

std::string data(const std::string& name) { return testing::source_dir() + "/tests/data/notes/" + name; }

std::string three_files() {
  return "'" + data("workshop-table-notes.txt") + "' '" + testing::sample("notes/carers-forum-notes.txt") + "' '" +
         testing::sample("notes/school-leaders-workshop.md") + "'";
}

TEST(NotesTally, CountsCheckedByHandOnThreeFiles) {
  const auto r = run_canvass("notes " + three_files() + " --tally --format json --codebook '" + data("tally-codebook.xml") + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, testing::read_text(data("tally.expected.json")));
}

TEST(NotesTally, CsvHasTheContractColumnsAndOneFileHasPlainIds) {
  const auto r = run_canvass("notes '" + data("workshop-table-notes.txt") + "' --tally --format csv --codebook '" +
                             data("tally-codebook.xml") + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find('\n')), "theme,tables,of,notes,examples");
  EXPECT_NE(r.out.find("\nfunding,2,4,3,16; 66; 19\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nstories,2,4,5,6; 38; 41\n"), std::string::npos) << r.out;
}

TEST(NotesTally, MarkdownIsTheDefaultAndNamesTermsNoThemeCovers) {
  const auto r = run_canvass("notes " + three_files() + " --tally --codebook '" + data("tally-codebook.xml") + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("| theme | tables | of | notes | examples |", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("| (no theme) | 8 | 8 | 63 |"), std::string::npos) << r.out;
  // "families" is in notes of W1 and W4 that no theme of this codebook matched
  EXPECT_NE(r.out.find("Not covered by the codebook"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("families ("), std::string::npos) << r.out;
}

TEST(NotesTally, TheWordVersionTalliesLikeTheText) {
  TempDir tmp;
  const std::string text_path = data("workshop-table-notes.txt");
  const std::string docx = tmp.write("workshop-table-notes.docx", testing::word_version_of(testing::read_text(text_path)));
  const std::string book = " --tally --format csv --codebook '" + data("tally-codebook.xml") + "'";
  const auto text = run_canvass("notes '" + text_path + "'" + book);
  const auto word = run_canvass("notes '" + docx + "'" + book);
  EXPECT_EQ(word.exit_code, 0) << word.err;
  EXPECT_EQ(word.out, text.out);
}

TEST(NotesTally, AnUnreadableFileIsNamedAndTheOthersCounted) {
  TempDir tmp;
  const std::string bad = tmp.write("photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const std::string good = tmp.write("table.txt", "North\nQuestion - Why?\n- Waiting lists\n");
  const std::string book = " --tally --format csv --codebook '" + data("tally-codebook.xml") + "'";
  const auto some = run_canvass("notes '" + bad + "' '" + good + "'" + book);
  EXPECT_EQ(some.exit_code, 1);
  EXPECT_EQ(some.err.rfind(bad, 0), 0u) << some.err;
  EXPECT_NE(some.out.find("\nwaiting,1,1,1,table.txt#3\n"), std::string::npos) << some.out;
  EXPECT_EQ(run_canvass("notes '" + bad + "'" + book).exit_code, 3);
  EXPECT_EQ(run_canvass("notes a.txt b.txt").exit_code, 2);  // several files only with --tally
}

TEST(NotesTally, ARecordNamingAPersonIsRedactedAndItsNameIsNoTerm) {
  TempDir tmp;
  const std::string a = tmp.write("a.txt", "North\nQuestion - Why?\n- Mrs Jane Hendry said the forms were slow\n- Jane Hendry again on forms\n");
  const auto records = run_canvass("notes '" + a + "'");
  EXPECT_EQ(records.out.find("Hendry"), std::string::npos) << records.out;
  const auto tally = run_canvass("notes '" + a + "' --tally --codebook '" + data("tally-codebook.xml") + "'");
  EXPECT_EQ(tally.out.find("hendry"), std::string::npos) << tally.out;
  EXPECT_NE(tally.out.find("forms (1 table, 2 notes)"), std::string::npos) << tally.out;
}

}  // namespace
}  // namespace canvass
