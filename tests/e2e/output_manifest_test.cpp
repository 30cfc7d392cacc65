// The outputs folder's manifest (.canvass-manifest.json): canvass replaces and removes only
// the files it wrote there, never the user's, and a re-run with nothing changed redoes
// nothing. Issue 15 item 12 (a run deleted the user's agreement.json), issue 20 (stale
// files of an earlier run stayed), issue 18 (re-runs at the cost of what changed).
#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;
namespace fs = std::filesystem;

const std::string kSurvey = sample("ci-survey/ci-final-survey.csv");

class OutputsFolder : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_canvass("ingest --db s.db --batch final '" + kSurvey + "'", dir.path().string()).exit_code, 0);
  }
  RunResult report(const std::string& more = "") {
    return run_canvass("report --db s.db --out rep " + more, dir.path().string());
  }
  std::string out(const std::string& name) const { return read_text(dir.file("rep/" + name)); }
  bool has(const std::string& name) const { return fs::exists(dir.file("rep/" + name)); }

  TempDir dir;
};

TEST_F(OutputsFolder, TheUsersOwnFilesSurviveEveryRun) {
  fs::create_directories(dir.file("rep"));
  // Names canvass writes in other formats (json is not asked for here) and a file of the user's own.
  dir.write("rep/agreement.json", "my own agreement table\n");
  dir.write("rep/distribution.json", "[1,2,3]\n");
  dir.write("rep/notes-to-self.txt", "remember the caveats\n");
  for (int run = 0; run < 2; ++run) {
    auto r = report(run ? "--title Another" : "");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  EXPECT_EQ(out("agreement.json"), "my own agreement table\n");
  EXPECT_EQ(out("distribution.json"), "[1,2,3]\n");
  EXPECT_EQ(out("notes-to-self.txt"), "remember the caveats\n");
  const std::string manifest = out(".canvass-manifest.json");
  EXPECT_EQ(manifest.find("agreement.json"), std::string::npos) << manifest;
  EXPECT_NE(manifest.find("\"report.html\""), std::string::npos) << manifest;
}

TEST_F(OutputsFolder, FilesAnEarlierReportWroteAndThisOneDoesNotAreRemoved) {
  ASSERT_EQ(report("--by 'What is your role?'").exit_code, 0);
  ASSERT_TRUE(has("breakdown-what-is-your-role.csv"));
  dir.write("rep/mine.csv", "kept\n");
  // Another breakdown: the earlier one's table is no longer part of the report.
  auto r = report("--by batch");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(has("breakdown-what-is-your-role.csv")) << "stale breakdown of the earlier run";
  EXPECT_NE(r.err.find("breakdown-what-is-your-role.csv: removed"), std::string::npos) << r.err;
  EXPECT_TRUE(has("breakdown-batch.csv")) << r.err;
  EXPECT_EQ(out("mine.csv"), "kept\n");
}

TEST_F(OutputsFolder, AFileCanvassDidNotWriteIsNeverOverwritten) {
  fs::create_directories(dir.file("rep"));
  dir.write("rep/report.html", "<p>the user's own page</p>");
  auto r = report();
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("rep/report.html"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("canvass did not write this file"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  EXPECT_EQ(out("report.html"), "<p>the user's own page</p>");
  EXPECT_FALSE(has("report.md")) << "nothing is written when one file cannot be";
}

TEST_F(OutputsFolder, ACanvassFileChangedSinceIsTheUsersNow) {
  ASSERT_EQ(report("--by 'What is your role?'").exit_code, 0);
  dir.write("rep/breakdown-what-is-your-role.csv", "edited by hand\n");
  auto r = report("--by batch");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(out("breakdown-what-is-your-role.csv"), "edited by hand\n");
  EXPECT_NE(r.err.find("breakdown-what-is-your-role.csv: kept"), std::string::npos) << r.err;
  // ...and is then never overwritten either.
  r = report("--by 'What is your role?'");
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_EQ(out("breakdown-what-is-your-role.csv"), "edited by hand\n");
}

TEST_F(OutputsFolder, ARerunWithNothingChangedRedoesNothing) {
  ASSERT_EQ(report().exit_code, 0);
  const auto html = out("report.html");
  const auto written_at = fs::last_write_time(dir.file("rep/report.html"));
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto again = report();
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("up to date"), std::string::npos) << again.err;
  EXPECT_EQ(fs::last_write_time(dir.file("rep/report.html")), written_at) << "not rewritten";
  EXPECT_EQ(out("report.html"), html);

  // Any change to what the report is made from redoes it: an option...
  auto titled = report("--title 'Another title'");
  ASSERT_EQ(titled.exit_code, 0) << titled.err;
  EXPECT_EQ(titled.err.find("up to date"), std::string::npos) << titled.err;
  EXPECT_NE(out("report.html").find("Another title"), std::string::npos);
  // ...a file of the report deleted or changed...
  fs::remove(dir.file("rep/report.md"));
  ASSERT_EQ(report("--title 'Another title'").exit_code, 0);
  EXPECT_TRUE(has("report.md"));
  // ...the store: another export ingested.
  const auto before = out("report.html");
  ASSERT_EQ(run_canvass("ingest --db s.db --batch extra '" + sample("platforms/google-forms.csv") + "'",
                        dir.path().string())
                .exit_code,
            0);
  auto grown = report("--title 'Another title'");
  ASSERT_EQ(grown.exit_code, 0) << grown.err;
  EXPECT_EQ(grown.err.find("up to date"), std::string::npos) << grown.err;
  EXPECT_NE(out("report.html"), before);
}

// The report's fingerprint leaves out what the report keeps in the store itself (quote rows,
// per-comment results), so `quotes` runs between reports do not redo it; a keep/reject
// decision, which changes what the report shows, does.
TEST_F(OutputsFolder, AQuoteDecisionRedoesTheReportAndQuotesRunsDoNot) {
  ASSERT_EQ(report().exit_code, 0);
  auto listed = run_canvass("quotes --db s.db --limit 1 --format csv", dir.path().string());
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  const auto row = listed.out.find('\n') + 1;  // after the header line
  const std::string id = listed.out.substr(row, listed.out.find(',', row) - row);
  ASSERT_EQ(id.size(), 10u) << listed.out;
  const std::string text = listed.out.substr(row + id.size() + 1, 40);
  ASSERT_NE(out("report.md").find(text), std::string::npos) << text;
  auto same = report();
  ASSERT_EQ(same.exit_code, 0) << same.err;
  EXPECT_NE(same.err.find("up to date"), std::string::npos) << same.err;

  ASSERT_EQ(run_canvass("quotes --db s.db --reject " + id, dir.path().string()).exit_code, 0);
  auto redone = report();
  ASSERT_EQ(redone.exit_code, 0) << redone.err;
  EXPECT_EQ(redone.err.find("up to date"), std::string::npos) << redone.err;
  EXPECT_EQ(out("report.md").find(text), std::string::npos) << "a rejected quote left in the report";
  auto after = report();
  EXPECT_NE(after.err.find("up to date"), std::string::npos) << after.err;
}

// `report` leaves the whole-file integrity check until it knows the report is to be
// written (a report found up to date only reads): a damaged store is still refused, with
// nothing written, and a page found damaged while reading says so too.
TEST_F(OutputsFolder, ADamagedStoreIsRefusedBeforeAnyReportIsWritten) {
  std::string bytes = read_text(dir.file("s.db"));
  ASSERT_GT(bytes.size(), 4096u * 3);
  for (std::size_t i = 4096 + 8; i < 4096 * 3; ++i) bytes[i] = static_cast<char>(i * 13);
  dir.write("s.db", bytes);
  auto r = report();
  EXPECT_NE(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("damaged"), std::string::npos) << r.err;
  EXPECT_FALSE(has("report.html"));
  EXPECT_EQ(read_text(dir.file("s.db")), bytes) << "a damaged store is not written to";
}

TEST_F(OutputsFolder, FilesARunWasReplacingWhenItStoppedAreStillCanvasss) {
  ASSERT_EQ(report().exit_code, 0);
  // As a run killed between writing the manifest's intent and the files leaves them:
  // report.html half-replaced, listed as pending.
  std::string manifest = out(".canvass-manifest.json");
  const auto pending = manifest.find("\"pending\": []");
  ASSERT_NE(pending, std::string::npos) << manifest;
  manifest.replace(pending, 14, "\"pending\": [\"report.html\"]");
  dir.write("rep/.canvass-manifest.json", manifest);
  dir.write("rep/report.html", "<p>half of an old re");
  auto r = report();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(out("report.html").find("<h1>Survey report</h1>"), std::string::npos);
}

TEST_F(OutputsFolder, AnUnreadableManifestIsAnErrorNamingIt) {
  fs::create_directories(dir.file("rep"));
  dir.write("rep/.canvass-manifest.json", "{ not json");
  auto r = report();
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("rep/.canvass-manifest.json"), std::string::npos) << r.err;
  EXPECT_FALSE(has("report.html"));
}

TEST(StudyOutputsFolder, ARunKeepsTheUsersFilesAndARerunRedoesNoReport) {
  TempDir dir;
  fs::copy_file(kSurvey, dir.file("export.csv"));
  dir.write("study.xml",
            "<?xml version=\"1.0\"?>\n<study title=\"Manifest study\" batch=\"w1\">\n"
            "  <sources><source files=\"export.csv\"/></sources>\n"
            "  <outputs folder=\"out\"><format>html</format><format>md</format><format>csv</format></outputs>\n"
            "</study>\n");
  fs::create_directories(dir.file("out"));
  dir.write("out/agreement.json", "the user's\n");
  dir.write("out/distribution.json", "the user's too\n");
  auto first = run_canvass("run study.xml", dir.path().string());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("report written to"), std::string::npos) << first.err;
  auto again = run_canvass("run study.xml", dir.path().string());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("is up to date"), std::string::npos) << again.err;
  EXPECT_EQ(read_text(dir.file("out/agreement.json")), "the user's\n");
  EXPECT_EQ(read_text(dir.file("out/distribution.json")), "the user's too\n");
  EXPECT_NE(read_text(dir.file("out/sources.csv")).find("unchanged"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir.file("out/report.html")));
}

}  // namespace
}  // namespace canvass
