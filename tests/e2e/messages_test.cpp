// The command line explains itself: --version, suggestions for typed-wrong commands and
// options, usage that lists what a command takes, and a BOM on CSV only when asked.
#include <gtest/gtest.h>

#include <regex>

#include "store_dump.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

const std::string kSurvey = sample("ci-survey/ci-final-survey.csv");

TEST(Messages, VersionIsPrinted) {
  const auto r = run_canvass("--version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(std::regex_match(r.out, std::regex("canvass [0-9]+\\.[0-9]+\\.[0-9]+\n"))) << r.out;
}

TEST(Messages, AMistypedCommandGetsTheNearestOne) {
  auto r = run_canvass("ingets a.csv");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "canvass: unknown command 'ingets' \u2014 did you mean 'ingest'?\n");
  r = run_canvass("frobnicate");
  EXPECT_EQ(r.err, "canvass: unknown command 'frobnicate' (see canvass --help)\n");
}

TEST(Messages, AMistypedOptionNamesTheCommandAndTheNearestOption) {
  auto r = run_canvass("dist --bd x.db");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "canvass dist: unknown option --bd for dist \u2014 did you mean --db?\n");
  r = run_canvass("report --pallete colourblind --out x");
  EXPECT_NE(r.err.find("did you mean --palette?"), std::string::npos) << r.err;
  r = run_canvass("dist --zzzzzzz");
  EXPECT_EQ(r.err, "canvass dist: unknown option --zzzzzzz for dist (see --help)\n");
}

TEST(Messages, AnExportGivenAsTheStoreSuggestsReadingItDirectly) {
  TempDir dir;
  const std::string csv = dir.write("export.csv", read_text(kSurvey));
  const auto r = run_canvass("dist --db export.csv", dir.path().string());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("export.csv: not a canvass store"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("canvass dist export.csv"), std::string::npos) << r.err;
}

TEST(Messages, DistUsageListsItsOptionsAndNotTheBenchmarkFormat) {
  const auto r = run_canvass("dist --help");
  EXPECT_EQ(r.exit_code, 0);
  const std::string usage = r.out.substr(0, r.out.find("\n  Prints"));
  for (const char* o : {"--db", "--summary", "--by", "--min-cell", "--sort", "--format", "--palette", "--title", "--bom"})
    EXPECT_NE(usage.find(o), std::string::npos) << o;
  EXPECT_EQ(r.out.find("counts"), std::string::npos);
}

TEST(Messages, CsvOnStandardOutputHasABomOnlyWhenAsked) {
  const std::string bom = "\xEF\xBB\xBF";
  auto plain = run_canvass("dist --format csv '" + kSurvey + "'");
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.out.rfind("question,", 0), 0u);
  auto marked = run_canvass("dist --format csv --bom '" + kSurvey + "'");
  ASSERT_EQ(marked.exit_code, 0);
  EXPECT_EQ(marked.out, bom + plain.out);
  TempDir dir;
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kSurvey + "'", dir.path().string()).exit_code, 0);
  auto exported = run_canvass("export --db s.db --table responses --bom", dir.path().string());
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  EXPECT_EQ(exported.out.substr(0, 3), bom);
  EXPECT_EQ(run_canvass("export --db s.db --table responses", dir.path().string()).out.substr(0, 3) == bom, false);
}

TEST(Messages, EveryCsvInAReportFolderHasABom) {
  TempDir dir;
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kSurvey + "'", dir.path().string()).exit_code, 0);
  ASSERT_EQ(run_canvass("report --db s.db --out rep --min-cell 3", dir.path().string()).exit_code, 0);
  int csvs = 0;
  for (const auto& f : std::filesystem::directory_iterator(dir.file("rep")))
    if (f.path().extension() == ".csv") {
      ++csvs;
      EXPECT_EQ(read_text(f.path().string()).substr(0, 3), "\xEF\xBB\xBF") << f.path();
    }
  EXPECT_GE(csvs, 3);
}

TEST(Messages, IngestCountsInPlainWords) {
  TempDir dir;
  const auto r = run_canvass("ingest --db s.db '" + kSurvey + "'", dir.path().string());
  EXPECT_NE(r.err.find("13 respondents (google-forms), 0 rows rejected"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

using namespace canvass::testing;

TEST(StudyMessages, ABreakdownMatchingNothingFailsBeforeAnythingIsStored) {
  TempDir dir;
  std::filesystem::create_directories(dir.file("exports"));
  dir.write("exports/survey.csv", read_text(sample("ci-survey/ci-final-survey.csv")));
  dir.write("study.xml",
            "<study title='t' store='s.db'>\n<sources><source files='exports/*.csv'/></sources>\n"
            "<breakdowns>\n  <by attribute='region'/>\n  <by attribute='role'/>\n</breakdowns>\n</study>\n");
  const auto r = run_canvass("run study.xml", dir.path().string());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("study.xml:4:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("<by attribute=\"region\"> matches no single-choice question"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\u201cWhat is your role?\u201d"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("role\"> matches"), std::string::npos) << "role matches: no error for it";
  EXPECT_FALSE(std::filesystem::exists(dir.file("s.db"))) << "nothing stored";
}

TEST(StudyMessages, ABreakdownMisspeltOnAReRunIsFoundInTheStoreItself) {
  // Sources already stored are matched in the store (nothing read twice): a misspelt
  // breakdown still fails at its element, and the store is left as it was.
  TempDir dir;
  std::filesystem::create_directories(dir.file("exports"));
  dir.write("exports/survey.csv", read_text(sample("ci-survey/ci-final-survey.csv")));
  const std::string head = "<study title='t' store='s.db'>\n<sources><source files='exports/*.csv'/></sources>\n";
  dir.write("study.xml", head + "<breakdowns>\n  <by attribute='role'/>\n</breakdowns>\n</study>\n");
  auto r = run_canvass("run study.xml", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string before = dump(dir.file("s.db"));
  dir.write("study.xml", head + "<breakdowns>\n  <by attribute='rloe'/>\n</breakdowns>\n</study>\n");
  r = run_canvass("run study.xml", dir.path().string());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("study.xml:4:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\u201cWhat is your role?\u201d"), std::string::npos) << r.err;
  EXPECT_EQ(dump(dir.file("s.db")), before) << "nothing stored";
}

TEST(StudyMessages, AMistypedSourcePatternFailsUnlessOptional) {
  TempDir dir;
  std::filesystem::create_directories(dir.file("exports"));
  dir.write("exports/survey.csv", read_text(sample("ci-survey/ci-final-survey.csv")));
  dir.write("study.xml", "<study title='t' store='s.db'>\n<sources>\n<source files='exports/*.csv'/>\n"
                         "<source files='exprots/*.xlsx'/>\n</sources>\n</study>\n");
  auto r = run_canvass("run study.xml", dir.path().string());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("study.xml:4:"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("s.db")));
  dir.write("study.xml", "<study title='t' store='s.db'>\n<sources>\n<source files='exports/*.csv'/>\n"
                         "<source files='exprots/*.xlsx' optional='true'/>\n</sources>\n</study>\n");
  r = run_canvass("run study.xml", dir.path().string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("(note)"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace canvass
