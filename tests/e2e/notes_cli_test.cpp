// `canvass notes FILE` through the program: the samples against their hand-checked golden
// records (text and Word forms), the other formats, and files that are not notes.
#include <gtest/gtest.h>

#include <fstream>

#include "notes_word_fixture.hpp"
#include "test_support.hpp"
#include "text/decode.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

// The golden records' themes come from a small codebook kept with the tests, so a change to
// the shipped codebook does not change them.
std::string book() { return " --codebook '" + testing::source_dir() + "/tests/data/notes/tally-codebook.xml'"; }

std::string golden(const std::string& name) { return testing::read_text(testing::source_dir() + "/tests/data/" + name); }

TEST(NotesCli, SharedWorkshopSampleGivesItsExpectedRecords) {
  const std::string path = testing::source_dir() + "/tests/data/notes/workshop-table-notes.txt";
  ASSERT_TRUE(std::ifstream(path)) << path;
  const auto r = run_canvass("notes '" + path + "' --format json" + book());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, golden("workshop-table-notes.expected.json"));
}

TEST(NotesCli, WordVersionOfTheSharedSampleGivesTheSameExpectedRecords) {
  const std::string path = testing::source_dir() + "/tests/data/notes/workshop-table-notes.txt";
  ASSERT_TRUE(std::ifstream(path)) << path;
  TempDir tmp;
  const std::string docx = tmp.write("workshop-table-notes.docx", testing::word_version_of(testing::read_text(path)));
  const auto r = run_canvass("notes '" + docx + "'" + book());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, golden("workshop-table-notes.expected.json"));
}

TEST(NotesCli, ProjectSamplesGiveTheirExpectedRecordsAsTextAndAsWord) {
  TempDir tmp;
  for (const std::string name : {"carers-forum-notes", "school-leaders-workshop"}) {
    const std::string path = testing::sample("notes/" + name + (name[0] == 'c' ? ".txt" : ".md"));
    const auto r = run_canvass("notes '" + path + "'" + book());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, golden(name + ".expected.json")) << name;
    auto decoded = decode_text(testing::read_text(path), Location{path});
    ASSERT_TRUE(decoded);
    const std::string docx = tmp.write(name + ".docx", testing::word_version_of(decoded->text));
    const auto w = run_canvass("notes '" + docx + "'" + book());
    EXPECT_EQ(w.exit_code, 0) << w.err;
    EXPECT_EQ(w.out, golden(name + ".expected.json")) << name << " (Word)";
  }
}

TEST(NotesCli, CsvAndMarkdownCarryTheSameFields) {
  TempDir tmp;
  const std::string path = tmp.write("n.txt", "North\nQuestion - Why?\n- \"Quoted\", with comma\n  - child\n");
  const auto csv = run_canvass("notes '" + path + "' --format csv" + book());
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out,
            "id,kind,section,question,heading,group,depth,parent,text,line,duplicate_of,themes\n"
            "1,heading,North,,,,0,,North,1,,\n"
            "2,question,North,Why?,,,0,,Why?,2,,\n"
            "3,note,North,Why?,,1,0,,\"\"\"Quoted\"\", with comma\",3,,\n"
            "4,note,North,Why?,,1,1,3,child,4,,\n");
  const auto md = run_canvass("notes '" + path + "' --format md" + book());
  EXPECT_EQ(md.exit_code, 0) << md.err;
  EXPECT_NE(md.out.find("| id | kind | section | question | heading | group | depth | parent | text | line | duplicate_of | themes |"),
            std::string::npos);
  EXPECT_NE(md.out.find("| 4 | note | North | Why? |  | 1 | 1 | 3 | child | 4 |  |  |"), std::string::npos) << md.out;
}

TEST(NotesCli, JsonHasExactlyTheRecordFieldsWithNullsAndThemes) {
  TempDir tmp;
  const std::string path = tmp.write("n.txt", "- lone bullet\n");
  const auto r = run_canvass("notes '" + path + "'" + book());
  EXPECT_EQ(r.out,
            "[\n  {\"id\":1,\"kind\":\"note\",\"section\":null,\"question\":null,\"heading\":null,\"group\":1,"
            "\"depth\":0,\"parent\":null,\"text\":\"lone bullet\",\"line\":1,\"duplicate_of\":null,\"themes\":[]}\n]\n");
}

TEST(NotesCli, ANonTextFileFailsWithOneLineNamingIt) {
  TempDir tmp;
  const std::string path = tmp.write("photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const auto r = run_canvass("notes '" + path + "'");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(r.err.rfind(path, 0), 0u) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
}

TEST(NotesCli, UsageErrors) {
  EXPECT_EQ(run_canvass("notes").exit_code, 2);
  EXPECT_EQ(run_canvass("notes a.txt --format xml").exit_code, 2);
  EXPECT_EQ(run_canvass("notes /no/such/file.txt").exit_code, 3);
}

}  // namespace
}  // namespace canvass
