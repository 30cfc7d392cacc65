// Notes through ingest and `canvass report`: the report's notes section shows what was
// ingested from a text file and from a Word file, beside the survey data.
#include <gtest/gtest.h>

#include "notes_word_fixture.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

TEST(NotesReport, IngestedNotesAppearInTheReport) {
  TempDir tmp;
  const std::string notes = testing::sample("notes/school-leaders-workshop.md");
  const std::string docx = tmp.write("carers.docx", testing::word_version_of(
      "Carers forum\n\nYoung Carers\nQ1. What difference has it made?\n- Being listened to\n\nKey points\n- Peer support\n"));
  const std::string survey = testing::sample("ci-survey/ci-final-survey.csv");
  const auto in = run_canvass("ingest --db s.db --batch w1 '" + notes + "' '" + docx + "' '" + survey + "'", tmp.path());
  ASSERT_EQ(in.exit_code, 0) << in.err;
  EXPECT_NE(in.err.find("school-leaders-workshop.md: stored, 30 note records"), std::string::npos) << in.err;
  EXPECT_NE(in.err.find("carers.docx: stored, 6 note records"), std::string::npos) << in.err;
  const auto rep = run_canvass("report --db s.db --out rep", tmp.path());
  ASSERT_EQ(rep.exit_code, 0) << rep.err;
  const std::string md = testing::read_text(tmp.file("rep/report.md"));
  const std::string html = testing::read_text(tmp.file("rep/report.html"));
  for (const std::string& doc : {md, html}) {
    EXPECT_NE(doc.find("Focus-group notes"), std::string::npos);
    EXPECT_NE(doc.find("Table 1 \xE2\x80\x93 North Locality"), std::string::npos);
    EXPECT_NE(doc.find("What is helping practice improve?"), std::string::npos);
    EXPECT_NE(doc.find("Holding us back"), std::string::npos);
    EXPECT_NE(doc.find("Relationships first"), std::string::npos);
    EXPECT_NE(doc.find("Young Carers"), std::string::npos);
    EXPECT_NE(doc.find("Peer support"), std::string::npos);
  }
  EXPECT_NE(md.find("**Key themes**"), std::string::npos);
}

std::size_t occurrences(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(NotesReport, ASectionWithTwoQuestionsShowsItsHeadingOnce) {
  TempDir tmp;
  const std::string notes = tmp.write("t.txt",
                                      "Table 1 - Young Carers\nQuestion - What has helped?\n- Being listened to\n"
                                      "Question - What should change?\n- Evening sessions\n");
  ASSERT_EQ(run_canvass("ingest --db s.db '" + notes + "'", tmp.path()).exit_code, 0);
  ASSERT_EQ(run_canvass("report --db s.db --out rep", tmp.path()).exit_code, 0);
  const std::string md = testing::read_text(tmp.file("rep/report.md"));
  const std::string html = testing::read_text(tmp.file("rep/report.html"));
  EXPECT_EQ(occurrences(md, "### Table 1 - Young Carers"), 1u) << md;
  EXPECT_EQ(occurrences(html, "<h3>Table 1 - Young Carers</h3>"), 1u);
  for (const std::string& doc : {md, html}) {
    EXPECT_NE(doc.find("What has helped?"), std::string::npos);
    EXPECT_NE(doc.find("What should change?"), std::string::npos);
    EXPECT_LT(doc.find("Being listened to"), doc.find("What should change?")) << "each note under its own question";
  }
}

// One file per table, as workshops often send them: the section opens with the themes
// across tables (shipped codebook), each theme linked to its notes, uncoded notes counted,
// a single note not held back by the small-group rule, and names redacted in the lists.
TEST(NotesReport, TheNotesSectionOpensWithThemesAcrossTables) {
  TempDir tmp;
  const std::string a = tmp.write("north.txt", "North\nQuestion - What gets in the way?\n- No time to plan\n- Mrs Jane Hendry said the forms are long\n");
  const std::string b = tmp.write("south.txt", "South\nQuestion - What gets in the way?\n- Workload at the end of term\n");
  const std::string c = tmp.write("east.txt", "East\nQuestion - What gets in the way?\n- Parking\n");
  ASSERT_EQ(run_canvass("ingest --db s.db '" + a + "' '" + b + "' '" + c + "'", tmp.path()).exit_code, 0);
  ASSERT_EQ(run_canvass("report --db s.db --out rep", tmp.path()).exit_code, 0);
  const std::string md = testing::read_text(tmp.file("rep/report.md"));
  const std::string html = testing::read_text(tmp.file("rep/report.html"));
  EXPECT_LT(md.find("### Themes across tables"), md.find("### North")) << md;
  EXPECT_NE(md.find("| [time and workload](#notes-on-time-and-workload) | 2 of 3 |"), std::string::npos) << md;
  EXPECT_NE(md.find("#### Notes on time and workload"), std::string::npos);
  EXPECT_NE(md.find("| [(no theme)](#notes-on-no-theme) | 1 of 3 | 1 |"), std::string::npos) << md;  // "Parking"
  EXPECT_NE(md.find("| collaboration | 0 of 3 | 0 |"), std::string::npos) << md;  // not raised: listed, not linked
  EXPECT_NE(html.find("<a href=\"#notes-on-time-and-workload\">time and workload</a></td><td>2 of 3</td>"), std::string::npos);
  EXPECT_NE(html.find("<details id=\"notes-on-time-and-workload\">"), std::string::npos);
  EXPECT_NE(html.find("Parking"), std::string::npos);  // one note at one table is still shown
  EXPECT_EQ(md.find("Hendry"), std::string::npos);
  EXPECT_EQ(html.find("Hendry"), std::string::npos);
}

TEST(NotesReport, ARunUsesTheStudysCodebookForThemesAcrossTables) {
  TempDir tmp;
  tmp.write("north.txt", "North\nQuestion - What gets in the way?\n- Waiting lists\n- No time\n");
  tmp.write("south.txt", "South\nQuestion - What gets in the way?\n- Still waiting\n");
  tmp.write("study.xml",
            "<?xml version=\"1.0\"?>\n<study title=\"Notes study\" batch=\"w1\" store=\"s.db\">\n"
            "  <sources><source files=\"*.txt\" kind=\"notes\"/></sources>\n"
            "  <codebook><theme name=\"waiting\"><keyword>wait</keyword></theme></codebook>\n"
            "  <outputs folder=\"out\"><format>md</format></outputs>\n</study>\n");
  const auto r = run_canvass("run study.xml", tmp.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string md = testing::read_text(tmp.file("out/report.md"));
  EXPECT_NE(md.find("| [waiting](#notes-on-waiting) | 2 of 2 | 2 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| [(no theme)](#notes-on-no-theme) | 1 of 2 | 1 |"), std::string::npos) << md;
  EXPECT_EQ(md.find("time and workload"), std::string::npos) << "the shipped codebook is not used";
}

TEST(NotesReport, ExportedNotesCarryTheirThemes) {
  TempDir tmp;
  const std::string a = tmp.write("north.txt", "North\nQuestion - What gets in the way?\n- Workload at the end of term\n- Parking\n");
  ASSERT_EQ(run_canvass("ingest --db s.db '" + a + "'", tmp.path()).exit_code, 0);
  const auto csv = run_canvass("export --db s.db --table notes", tmp.path());
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  const std::string header = csv.out.substr(0, csv.out.find('\n'));
  EXPECT_EQ(header.substr(header.rfind(',') + 1), "themes");
  EXPECT_NE(csv.out.find(",Workload at the end of term,3,,"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find(",time and workload\n"), std::string::npos) << csv.out;
  const auto jsonl = run_canvass("export --db s.db --table notes --format jsonl", tmp.path());
  EXPECT_NE(jsonl.out.find("\"themes\":\"time and workload\"}"), std::string::npos) << jsonl.out;
}

TEST(NotesReport, AReportWithoutNotesHasNoNotesSection) {
  TempDir tmp;
  const auto in = run_canvass("ingest --db s.db '" + testing::sample("ci-survey/ci-final-survey.csv") + "'", tmp.path());
  ASSERT_EQ(in.exit_code, 0) << in.err;
  ASSERT_EQ(run_canvass("report --db s.db --out rep", tmp.path()).exit_code, 0);
  EXPECT_EQ(testing::read_text(tmp.file("rep/report.md")).find("Focus-group notes"), std::string::npos);
}

}  // namespace
}  // namespace canvass
