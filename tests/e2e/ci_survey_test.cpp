// End to end through the program: the bundled Collaborative Improvement survey from
// CSV to the exact agreement table, twice, and the exit-code contract.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

const std::string kSurvey = testing::sample("ci-survey/ci-final-survey.csv");

TEST(CiSurveyEndToEnd, IngestThenDistPrintsTheExactTable) {
  TempDir tmp;
  auto ingest = run_canvass("ingest --db s.db '" + kSurvey + "'", tmp.path().string());
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_NE(ingest.err.find("13 respondents (google-forms)"), std::string::npos) << ingest.err;
  auto dist = run_canvass("dist --db s.db --format csv", tmp.path().string());
  ASSERT_EQ(dist.exit_code, 0) << dist.err;
  EXPECT_EQ(dist.out, testing::read_text(testing::source_dir() + "/tests/e2e/ci_survey_dist.expected.csv"));
}

TEST(CiSurveyEndToEnd, IngestingTwiceLeavesEveryCountUnchanged) {
  TempDir tmp;
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kSurvey + "'", tmp.path().string()).exit_code, 0);
  const auto before = run_canvass("dist --db s.db --format csv", tmp.path().string());
  auto again = run_canvass("ingest --db s.db '" + kSurvey + "'", tmp.path().string());
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.err.find("unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(run_canvass("dist --db s.db --format csv", tmp.path().string()).out, before.out);
}

TEST(CiSurveyEndToEnd, DistReadsAFileDirectlyWithTheSameCounts) {
  auto direct = run_canvass("dist --format csv '" + kSurvey + "'");
  ASSERT_EQ(direct.exit_code, 0) << direct.err;
  EXPECT_EQ(direct.out, testing::read_text(testing::source_dir() + "/tests/e2e/ci_survey_dist.expected.csv"));
}

TEST(CiSurveyEndToEnd, MarkdownTableLooksLikeTheReport) {
  auto md = run_canvass("dist '" + kSurvey + "'");
  ASSERT_EQ(md.exit_code, 0);
  EXPECT_NE(md.out.find("### To what extent do you agree with the following statements? (n=13)"), std::string::npos);
  EXPECT_NE(md.out.find("| I enjoyed taking part in the Collaborative Improvement | 7 (53.8%) | 5 (38.5%) |"),
            std::string::npos)
      << md.out;
}

TEST(ExitCodes, UsageErrorsExitTwo) {
  EXPECT_EQ(run_canvass("").exit_code, 2);
  EXPECT_EQ(run_canvass("frobnicate").exit_code, 2);
  EXPECT_EQ(run_canvass("dist --bogus").exit_code, 2);
  EXPECT_EQ(run_canvass("ingest").exit_code, 2);
}

TEST(ExitCodes, EveryCommandAnswersHelp) {
  for (const char* c : {"ingest", "dist", "quotes", "notes", "inspect", "export", "run", "report"}) {
    auto r = run_canvass(std::string(c) + " --help");
    EXPECT_EQ(r.exit_code, 0) << c;
    EXPECT_NE(r.out.find("usage: canvass"), std::string::npos) << c;
  }
  EXPECT_EQ(run_canvass("--help").exit_code, 0);
}

TEST(ExitCodes, NothingReadExitsThreeWithOneLineNamingTheFile) {
  TempDir tmp;
  const std::string bad = tmp.write("bad.csv", "Timestamp,Q\n\"never closed,Agree\n");
  auto r = run_canvass("ingest --db s.db '" + bad + "'", tmp.path().string());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find(bad + ":2:1: "), std::string::npos) << r.err;
  auto missing = run_canvass("ingest --db s.db no-such-file.csv", tmp.path().string());
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("no-such-file.csv"), std::string::npos);
}

TEST(ExitCodes, SomeRowsRejectedExitsOne) {
  TempDir tmp;
  const std::string ragged = tmp.write("ragged.csv", "Timestamp,Q\nt1,Agree\nt2,Agree,extra\n");
  auto r = run_canvass("ingest --db s.db '" + ragged + "'", tmp.path().string());
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(ragged + ":3: rejected: expected 2 columns, found 3"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace canvass
