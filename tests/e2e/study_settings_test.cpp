// End to end through `canvass run`: each study setting beyond sources and breakdowns
// reaches what the run writes — names to redact, the theme codebook, scale overrides,
// reverse-coded items and the output formats — on small studies built in a temp folder.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "store_dump.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

// A small Google Forms export: a two-statement agreement grid and an open question whose
// comments are long enough to quote.
const std::string kExport =
    "Timestamp,The sessions were useful [Pace],The sessions were useful [Content],Any other comments?\n"
    "t1,Agree,Strongly agree,Hendry gave brilliant mentoring sessions that changed how I plan my lessons.\n"
    "t2,Disagree,Agree,The mentoring conversations with colleagues helped me reflect on my classroom practice.\n"
    "t3,Strongly disagree,Neutral,I valued the mentoring most because it was honest and practical every week.\n"
    "t4,Agree,Agree,Our mentoring pairs met every fortnight and the structure made it easy to keep going.\n";

struct Study {
  TempDir dir;
  explicit Study(const std::string& settings, const std::string& exported = kExport) {
    dir.write("study.xml", "<?xml version=\"1.0\"?>\n<study title=\"Settings study\" batch=\"w1\">\n"
                           "  <sources><source files=\"export.csv\"/></sources>\n" +
                               settings + "</study>\n");
    dir.write("export.csv", exported);
  }
  testing::RunResult run() const { return run_canvass("run study.xml", dir.path().string()); }
  std::string report(const std::string& name) const { return testing::read_text(dir.file("report/" + name)); }
  // Every file of the report folder, concatenated.
  std::string whole_report() const {
    std::string all;
    for (const auto& f : std::filesystem::directory_iterator(dir.path() / "report"))
      all += testing::read_text(f.path().string());
    return all;
  }
};

const std::string kMentoringTheme =
    "  <codebook><theme name=\"peer mentoring\"><keyword>mentoring</keyword></theme></codebook>\n";

TEST(StudySettings, NamesListedInTheStudyAreRedactedFromEveryReportFile) {
  // (The rules may catch the surname by themselves too; the study's list must hold anyway.)
  Study s(kMentoringTheme + "  <redact><name>Hendry</name></redact>\n");
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string all = s.whole_report();
  EXPECT_EQ(all.find("Hendry"), std::string::npos);
  EXPECT_EQ(all.find("hendry"), std::string::npos);
  EXPECT_NE(s.report("report.md").find("[name] gave brilliant mentoring sessions"), std::string::npos)
      << s.report("report.md");
}

TEST(StudySettings, NamesListedInTheStudyAreRedactedFromFocusGroupNotes) {
  Study s("  <redact><name>Hendry</name></redact>\n");
  s.dir.write("notes.md", "# Table 1\n\n- Everyone agreed that Hendry kept the group to time.\n");
  s.dir.write("study.xml",
              "<?xml version=\"1.0\"?>\n<study title=\"Notes study\" batch=\"w1\">\n"
              "  <sources><source files=\"export.csv\"/><source files=\"notes.md\" kind=\"notes\"/></sources>\n"
              "  <redact><name>Hendry</name></redact>\n</study>\n");
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(s.whole_report().find("Hendry"), std::string::npos);
  EXPECT_NE(s.report("report.md").find("Everyone agreed that [name] kept the group to time."), std::string::npos)
      << s.report("report.md");
}

TEST(StudySettings, TheStudysThemesReplaceTheDefaultCodebook) {
  Study s(kMentoringTheme);
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string md = s.report("report.md"), html = s.report("report.html");
  EXPECT_NE(md.find("### Peer mentoring\n"), std::string::npos) << md;
  EXPECT_NE(html.find("<h3>Peer mentoring</h3>"), std::string::npos);
  // The default codebook's themes are gone: only the study's theme heads the quote bank.
  const auto bank = md.find("## Quote bank");
  ASSERT_NE(bank, std::string::npos);
  std::istringstream lines(md.substr(bank));
  std::string line;
  int headings = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("## ", 0) == 0 && line != "## Quote bank") break;
    if (line.rfind("### ", 0) == 0) {
      ++headings;
      EXPECT_EQ(line, "### Peer mentoring");
    }
  }
  EXPECT_EQ(headings, 1);
}

// The level code of an agreement-5 answer as the scale orders it (1 = most negative).
int agreement_code(const std::string& answer) {
  const std::vector<std::string> levels{"Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"};
  for (std::size_t i = 0; i < levels.size(); ++i)
    if (levels[i] == answer) return static_cast<int>(i) + 1;
  return 0;
}

// The CSV line of `csv` whose second field is `item`.
std::string line_for(const std::string& csv, const std::string& item) {
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line))
    if (line.find("," + item + ",") != std::string::npos) return line;
  return {};
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  std::string f;
  while (std::getline(in, f, ',')) out.push_back(f);
  return out;
}

TEST(StudySettings, AReverseCodedItemsMeanAndMedianAreCodedTheOtherWayRound) {
  Study s("  <scales><reverse item=\"Pace\"/></scales>\n");
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;

  // The Pace answers of kExport, coded by hand: reversed, Strongly agree is 1 and
  // Strongly disagree 5 (k + 1 - position on the 5-point scale).
  const std::vector<std::string> pace{"Agree", "Disagree", "Strongly disagree", "Agree"};
  std::vector<int> reversed;
  double sum = 0;
  for (const auto& a : pace) {
    reversed.push_back(6 - agreement_code(a));
    sum += reversed.back();
  }
  std::sort(reversed.begin(), reversed.end());
  const double mean = sum / 4, median = (reversed[1] + reversed[2]) / 2.0;
  ASSERT_EQ(mean, 3.25);  // as answered it would be 2.75: the reversal is what the test sees
  char expected_mean[16], expected_median[16];
  std::snprintf(expected_mean, sizeof expected_mean, "%.2f", mean);
  std::snprintf(expected_median, sizeof expected_median, "%.2f", median);

  // agreement.csv keeps its columns; the reverse-coded item's mean and median flip, its
  // counts (agree 2, disagree 2) stay as answered.
  const std::string agreement = s.report("agreement.csv");
  EXPECT_EQ(agreement.substr(0, agreement.find('\n')),
            "\xEF\xBB\xBF" "question,item,group,n,missing,nonsubstantive,agree,neutral,disagree,agree_pct,agree_low,agree_high,net,"
            "mean,median,sd,suppressed");
  const auto row = fields(line_for(agreement, "Pace"));
  ASSERT_EQ(row.size(), 17u) << agreement;
  EXPECT_EQ(row[1], "Pace");
  EXPECT_EQ(row[6], "2");
  EXPECT_EQ(row[8], "2");
  EXPECT_EQ(row[13], expected_mean);
  EXPECT_EQ(row[14], expected_median);
  // The other statement is untouched: Strongly agree, Agree, Neutral, Agree = 5, 4, 3, 4.
  const auto content = fields(line_for(agreement, "Content"));
  ASSERT_EQ(content.size(), 17u);
  EXPECT_EQ(content[13], "4.00");
  // The level counts are what respondents said.
  EXPECT_NE(s.report("distribution.csv").find("Pace,,4,Agree,2,"), std::string::npos) << s.report("distribution.csv");

  const std::string md = s.report("report.md");
  EXPECT_NE(md.find("| Pace (reverse-coded) |"), std::string::npos) << md;
  EXPECT_EQ(md.find("| Content (reverse-coded) |"), std::string::npos);
  EXPECT_NE(md.find("(reverse-coded): the study marks the statement"), std::string::npos);
  EXPECT_NE(s.report("report.html").find("Pace (reverse-coded)"), std::string::npos);
  const std::string chart = s.report("figure-1.svg");
  EXPECT_NE(chart.find("Pace (reverse-coded)"), std::string::npos) << "the chart marks the bar too: " << chart;
  EXPECT_EQ(chart.find("Content (reverse-coded)"), std::string::npos);

  const std::string db = "--db '" + s.dir.file("study.db") + "'";
  auto summary_md = run_canvass("dist " + db + " --summary --format md");
  ASSERT_EQ(summary_md.exit_code, 0) << summary_md.err;
  EXPECT_NE(summary_md.out.find("| Pace (reverse-coded) |"), std::string::npos) << summary_md.out;
  EXPECT_NE(summary_md.out.find(std::string(" | ") + expected_mean + " | "), std::string::npos) << summary_md.out;
  auto summary_csv = run_canvass("dist " + db + " --summary --format csv");
  ASSERT_EQ(summary_csv.exit_code, 0) << summary_csv.err;
  EXPECT_EQ(summary_csv.out.find("reverse"), std::string::npos);  // no marker, no new column
  const auto csv_row = fields(line_for(summary_csv.out, "Pace"));
  ASSERT_EQ(csv_row.size(), 17u) << summary_csv.out;
  EXPECT_EQ(csv_row[13], expected_mean);

  // Dropping the setting drops the reversal on the next run.
  s.dir.write("study.xml", "<?xml version=\"1.0\"?>\n<study title=\"Settings study\" batch=\"w1\">\n"
                           "  <sources><source files=\"export.csv\"/></sources>\n</study>\n");
  ASSERT_EQ(s.run().exit_code, 0);
  const auto plain = fields(line_for(s.report("agreement.csv"), "Pace"));
  ASSERT_EQ(plain.size(), 17u);
  EXPECT_EQ(plain[13], "2.75");
}

TEST(StudySettings, AReverseCodedItemThatMatchesNothingIsAnErrorAtItsElement) {
  Study s("  <scales>\n    <reverse item=\"No such statement\"/>\n  </scales>\n");
  auto r = s.run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("study.xml:5:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("reverse-coded item 'No such statement' matches no Likert statement"), std::string::npos)
      << r.err;
  EXPECT_TRUE(std::filesystem::exists(s.dir.file("report/report.html")));
}

// "Confidence" got an answer no scale knows, so it reads as free text; "Support" has only
// Agree and Disagree, which recognise() reads on the 5-point agreement scale.
const std::string kUnscaled =
    "Timestamp,Confidence,Support\n"
    "t1,Agree,Agree\n"
    "t2,Strongly agree,Disagree\n"
    "t3,Kinda,Agree\n"
    "t4,Agree,Disagree\n";

const std::string kOverrides =
    "  <scales>\n"
    "    <override question=\"confidence\" scale=\"agreement-5\"/>\n"
    "    <override question=\"Support\" scale=\"agreement-4\"/>\n"
    "  </scales>\n";

// The distribution.csv rows of one question.
std::vector<std::string> rows_of(const std::string& csv, const std::string& question) {
  std::vector<std::string> out;
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(question + ",", 0) == 0) out.push_back(line);
  return out;
}

TEST(StudySettings, AScaleOverrideForcesTheScaleAndRejectsAnswersOffIt) {
  Study s("", kUnscaled);
  ASSERT_EQ(s.run().exit_code, 0);
  // Without overrides: Confidence is not a Likert question, Support is on five points.
  EXPECT_TRUE(rows_of(s.report("distribution.csv"), "Confidence").empty());
  EXPECT_EQ(rows_of(s.report("distribution.csv"), "Support").size(), 5u);

  // The same unchanged export, re-run with overrides: read again, on the forced scales.
  s.dir.write("study.xml", "<?xml version=\"1.0\"?>\n<study title=\"Settings study\" batch=\"w1\">\n"
                           "  <sources><source files=\"export.csv\"/></sources>\n" + kOverrides + "</study>\n");
  auto r = s.run();
  EXPECT_EQ(r.exit_code, 1) << r.err;  // an answer was rejected
  EXPECT_NE(r.err.find("export.csv: replaced, rows read 4 = stored 4 + rejected 0; 1 answers rejected"),
            std::string::npos) << r.err;
  const std::string dist = s.report("distribution.csv");
  const auto confidence = rows_of(dist, "Confidence");
  ASSERT_EQ(confidence.size(), 5u) << dist;
  // Three answers on the scale; "Kinda" is not counted anywhere, not even as missing.
  EXPECT_EQ(confidence[0], "Confidence,,,5,Strongly agree,1,33.3,3");
  EXPECT_EQ(confidence[1], "Confidence,,,4,Agree,2,66.7,3");
  const auto support = rows_of(dist, "Support");
  ASSERT_EQ(support.size(), 4u) << dist;  // agreement-4: no neutral level
  EXPECT_EQ(support[0], "Support,,,4,Strongly agree,0,0.0,4");
  EXPECT_EQ(support[1], "Support,,,3,Agree,2,50.0,4");
  EXPECT_EQ(dist.find("Support,,,3,Neither"), std::string::npos);
  // The refused answer is listed at its line and column, saying why.
  const std::string rejects = s.report("rejects.csv");
  EXPECT_NE(rejects.find("export.csv,4,2,\"answer 'Kinda' to 'Confidence' is not on the scale agreement-5"),
            std::string::npos) << rejects;
  // The respondent who gave it is still there, with their other answer.
  EXPECT_EQ(testing::count_rows(s.dir.file("study.db"), "respondent"), 4);
  EXPECT_EQ(testing::count_rows(s.dir.file("study.db"), "response"), 7);

  // Unchanged study, unchanged export: nothing read again, nothing changes.
  const std::string before = testing::dump(s.dir.file("study.db"));
  auto again = s.run();
  EXPECT_NE(again.err.find("export.csv: unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(testing::dump(s.dir.file("study.db")), before);
}

TEST(StudySettings, AnOverrideNamingAnUnknownScaleIsRefusedAtItsElement) {
  Study s("  <scales>\n    <override question=\"Support\" scale=\"agreement-11\"/>\n  </scales>\n", kUnscaled);
  auto r = s.run();
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("study.xml:5:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no scale named 'agreement-11'"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  EXPECT_FALSE(std::filesystem::exists(s.dir.file("study.db"))) << "nothing is read for a study that cannot be used";
}

TEST(StudySettings, AnOverrideNamingNoQuestionIsAnErrorAtItsElement) {
  Study s("  <scales>\n    <override question=\"Nope\" scale=\"agreement-4\"/>\n  </scales>\n", kUnscaled);
  auto r = s.run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("study.xml:5:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("scale override: no question 'Nope'"), std::string::npos) << r.err;
  EXPECT_TRUE(std::filesystem::exists(s.dir.file("report/report.html")));
}

TEST(StudySettings, TheOutputsFormatsChooseTheReportFiles) {
  auto exists = [](const Study& s, const std::string& name) {
    return std::filesystem::exists(s.dir.file("report/" + name));
  };
  Study all("");
  ASSERT_EQ(all.run().exit_code, 0);
  for (const char* name : {"report.html", "report.md", "figure-1.svg", "agreement.csv", "distribution.csv",
                           "agreement.json", "distribution.json", "sources.csv", "rejects.csv"})
    EXPECT_TRUE(exists(all, name)) << name << " is written when the study names no format";

  Study some("  <outputs><format>md</format><format>json</format></outputs>\n");
  auto r = some.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* name : {"report.md", "figure-1.svg", "agreement.json", "distribution.json"})
    EXPECT_TRUE(exists(some, name)) << name;
  for (const char* name : {"report.html", "agreement.csv", "distribution.csv"})
    EXPECT_FALSE(exists(some, name)) << name << " was not asked for";
  // The run's own accounting is always written.
  EXPECT_TRUE(exists(some, "sources.csv"));
  EXPECT_TRUE(exists(some, "rejects.csv"));
  // agreement.json holds what `dist --summary --format json` prints for the same store.
  auto dist = run_canvass("dist --db '" + some.dir.file("study.db") + "' --summary --format json");
  ASSERT_EQ(dist.exit_code, 0) << dist.err;
  EXPECT_EQ(some.report("agreement.json"), dist.out);

  // Narrowing the formats later leaves no stale file of a format no longer asked for.
  all.dir.write("study.xml", "<?xml version=\"1.0\"?>\n<study title=\"Settings study\" batch=\"w1\">\n"
                             "  <sources><source files=\"export.csv\"/></sources>\n"
                             "  <outputs><format>html</format></outputs>\n</study>\n");
  ASSERT_EQ(all.run().exit_code, 0);
  EXPECT_TRUE(exists(all, "report.html"));
  EXPECT_FALSE(exists(all, "report.md"));
  EXPECT_FALSE(exists(all, "agreement.csv"));
}

}  // namespace
}  // namespace canvass
