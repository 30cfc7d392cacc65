// Breakdowns end to end on a generated survey (Teacher 12, Head 11, Officer 4): the
// Officer group is suppressed, Head with it (else 27 - 12 - 11 reveals Officer), and
// no output format (HTML, Markdown, CSV, JSON; dist and report) shows their numbers.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "expected_figures.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

const char* kLabels[] = {"", "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};
const char* kStatements[] = {"Alpha statement", "Beta statement", "Gamma statement"};

struct Respondent {
  std::string role, region;
  std::vector<int> codes;  // per statement; 0 = no answer, 6 = "Don't know"
};

std::vector<Respondent> generated() {
  std::vector<Respondent> people;
  for (int i = 0; i < 27; ++i) {
    // Interleaved so groups are not contiguous in the file.
    const std::string role = i % 3 == 0 && i < 12 ? "Officer" : (i % 2 ? "Head" : "Teacher");
    people.push_back({role, i % 4 ? "North" : "South", {}});
  }
  // Fix the sizes exactly: 4 Officers, 11 Heads, 12 Teachers.
  int heads = 0;
  for (auto& p : people)
    if (p.role == "Head" && ++heads > 11) p.role = "Teacher";
  for (std::size_t i = 0; i < people.size(); ++i)
    for (int s = 0; s < 3; ++s) {
      int code = 1 + static_cast<int>((i * 7 + static_cast<std::size_t>(s) * 3 + i / 5) % 5);
      if ((i + static_cast<std::size_t>(s)) % 11 == 0) code = 6;
      if ((i * 3 + static_cast<std::size_t>(s)) % 13 == 0) code = 0;
      people[i].codes.push_back(code);
    }
  return people;
}

std::string survey_csv(const std::vector<Respondent>& people) {
  std::string csv = "Timestamp,What is your role?,What is your region?";
  for (const char* s : kStatements) csv += std::string(",To what extent do you agree? [") + s + "]";
  csv += '\n';
  for (std::size_t i = 0; i < people.size(); ++i) {
    csv += "2025/03/10 09:" + std::to_string(10 + i) + ":00," + people[i].role + "," + people[i].region;
    for (int c : people[i].codes) csv += std::string(",") + (c == 6 ? "Don't know" : kLabels[c]);
    csv += '\n';
  }
  return csv;
}

class GeneratedSurvey : public ::testing::Test {
 protected:
  void SetUp() override {
    people = generated();
    int officers = 0, heads = 0, teachers = 0;
    for (const auto& p : people) (p.role == "Officer" ? officers : p.role == "Head" ? heads : teachers)++;
    ASSERT_EQ(officers, 4);
    ASSERT_EQ(heads, 11);
    ASSERT_EQ(teachers, 12);
    file = dir.write("survey.csv", survey_csv(people));
    auto r = run_canvass("ingest --db s.db --batch final '" + file + "'", dir.path().string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  RunResult canvass(const std::string& args) const { return run_canvass(args, dir.path().string()); }

  TempDir dir;
  std::vector<Respondent> people;
  std::string file;
};

// Every line that names `group`, with markup and the suppression wording taken out, holds
// no digit: no count, share, interval, mean or group size.
void expect_no_figures(const std::string& output, const std::string& group, const std::string& where) {
  static const std::regex tags("<[^>]*>");
  int lines_naming = 0;
  std::istringstream in(output);
  for (std::string line; std::getline(in, line);) {
    if (line.find(group) == std::string::npos) continue;
    ++lines_naming;
    std::string rest = std::regex_replace(line, tags, " ");
    for (const char* allowed : {"fewer than 10 respondents", "its figures would reveal a smaller group"})
      for (std::size_t at; (at = rest.find(allowed)) != std::string::npos;) rest.erase(at, std::string(allowed).size());
    EXPECT_EQ(rest.find_first_of("0123456789"), std::string::npos) << where << ": " << line;
  }
  EXPECT_GT(lines_naming, 0) << where << " never mentions " << group;
}

TEST_F(GeneratedSurvey, SuppressedGroupsShowNoNumbersInAnyFormat) {
  std::vector<std::pair<std::string, std::string>> outputs;
  for (const char* format : {"csv", "json", "md", "html"})
    for (const char* shape : {"", " --summary"}) {
      auto r = canvass(std::string("dist --db s.db --by role --format ") + format + shape);
      ASSERT_EQ(r.exit_code, 0) << r.err;
      outputs.emplace_back(std::string("dist ") + format + shape, r.out);
    }
  auto r = canvass("report --db s.db --out rep --by role");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* f : {"report.html", "report.md", "breakdown-what-is-your-role.csv"})
    outputs.emplace_back(f, read_text(dir.file(std::string("rep/") + f)));
  for (const auto& [where, text] : outputs) {
    expect_no_figures(text, "Officer", where);
    expect_no_figures(text, "Head", where);
    EXPECT_NE(text.find("Teacher"), std::string::npos) << where;  // the large group is shown
  }
  const std::string md = read_text(dir.file("rep/report.md"));
  EXPECT_NE(md.find("- Officer (suppressed: fewer than 10 respondents)"), std::string::npos) << md;
  EXPECT_NE(md.find("- Head (suppressed: its figures would reveal a smaller group)"), std::string::npos);
  EXPECT_NE(md.find("- Teacher (n=12)"), std::string::npos);
}

TEST_F(GeneratedSurvey, TheShownGroupsFiguresMatchTheRawAnswers) {
  auto r = canvass("dist --db s.db --by role --summary --format csv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto csv = parse_csv(r.out);
  ASSERT_EQ(csv.size(), 1u + 3 * 4);  // per statement: all respondents, then the three groups
  for (int s = 0; s < 3; ++s) {
    for (const std::string group : {"", "Teacher"}) {
      std::vector<int> codes;
      long dk = 0;
      for (const auto& p : people)
        if (group.empty() || p.role == group) {
          if (p.codes[static_cast<std::size_t>(s)] == 6) ++dk;
          else codes.push_back(p.codes[static_cast<std::size_t>(s)]);
        }
      const StatementFigures f = figures(kStatements[s], codes);
      const std::vector<std::string>* found = nullptr;
      for (const auto& row : csv)
        if (row[1] == kStatements[s] && row[2] == group) found = &row;
      ASSERT_TRUE(found) << kStatements[s] << " " << group;
      EXPECT_EQ(*found, (std::vector<std::string>{
                         "To what extent do you agree?", kStatements[s], group, std::to_string(f.n),
                         std::to_string(f.counts[0]), std::to_string(dk), std::to_string(f.agree),
                         std::to_string(f.neutral), std::to_string(f.disagree), pct(f.agree, f.n), fixed(100 * f.low, 1),
                         fixed(100 * f.high, 1), pct(f.agree - f.disagree, f.n), fixed(f.mean, 2), fixed(f.median, 2),
                         fixed(f.sd, 2), "false"}));
    }
  }
}

TEST_F(GeneratedSurvey, MinCellMovesTheThreshold) {
  auto r = canvass("dist --db s.db --by role --summary --format csv --min-cell 4");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const auto& row : parse_csv(r.out)) EXPECT_NE(row[16], "true");
  // 13: every group is under the threshold.
  auto strict = canvass("dist --db s.db --by role --summary --format csv --min-cell 13");
  for (const auto& row : parse_csv(strict.out)) {
    if (row[2] == "Teacher" || row[2] == "Head" || row[2] == "Officer") {
      EXPECT_EQ(row[16], "true") << row[2];
    }
  }
  // 12: Teacher (12) is large enough; Head and Officer (15 together) protect each other.
  auto twelve = canvass("dist --db s.db --by role --summary --format csv --min-cell 12");
  for (const auto& row : parse_csv(twelve.out)) {
    if (row[2] == "Teacher") {
      EXPECT_EQ(row[16], "false");
    }
    if (row[2] == "Head" || row[2] == "Officer") {
      EXPECT_EQ(row[16], "true") << row[2];
    }
  }
}

TEST_F(GeneratedSurvey, ByMatchesCodeOrQuestionTextAndListsCandidatesWhenAmbiguous) {
  auto by_code = canvass("dist --db s.db --by Q2 --summary --format csv --min-cell 1");
  ASSERT_EQ(by_code.exit_code, 0) << by_code.err;
  EXPECT_NE(by_code.out.find(",North,"), std::string::npos);
  auto by_word = canvass("dist --db s.db --by ROLE --summary --format csv --min-cell 1");
  EXPECT_NE(by_word.out.find(",Officer,"), std::string::npos);
  auto ambiguous = canvass("dist --db s.db --by 'what is your'");
  EXPECT_EQ(ambiguous.exit_code, 2);
  EXPECT_EQ(ambiguous.err,
            "canvass dist: --by 'what is your' is ambiguous: it matches \"What is your role?\", \"What is your region?\"\n");
}

TEST_F(GeneratedSurvey, SortByAgreeShareHighestFirst) {
  auto r = canvass("dist --db s.db --summary --format csv --sort agree");
  ASSERT_EQ(r.exit_code, 0);
  const auto csv = parse_csv(r.out);
  for (std::size_t i = 2; i < csv.size(); ++i) EXPECT_GE(std::stod(csv[i - 1][9]), std::stod(csv[i][9]));
  auto questionnaire = parse_csv(canvass("dist --db s.db --summary --format csv").out);
  for (int s = 0; s < 3; ++s) EXPECT_EQ(questionnaire[1 + static_cast<std::size_t>(s)][1], kStatements[s]);
  EXPECT_EQ(canvass("dist --db s.db --sort sideways").exit_code, 2);
}

TEST_F(GeneratedSurvey, SummaryJsonHasTheContractFields) {
  auto r = canvass("dist --db s.db --summary --format json");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.front(), '[');
  for (const char* field : {"\"question\":", "\"item\":", "\"group\":", "\"n\":", "\"missing\":", "\"nonsubstantive\":",
                            "\"agree\":", "\"neutral\":", "\"disagree\":", "\"agree_pct\":", "\"agree_low\":",
                            "\"agree_high\":", "\"net\":", "\"mean\":", "\"median\":", "\"sd\":", "\"suppressed\":false"})
    EXPECT_NE(r.out.find(field), std::string::npos) << field;
}

TEST(BatchBreakdown, CohortsIngestedAsBatchesAreCompared) {
  TempDir dir;
  const std::string pilot = dir.write("pilot.csv",
                                      "Timestamp,Q [S]\n"
                                      "t1,Agree\nt2,Agree\nt3,Disagree\nt4,Agree\nt5,Strongly agree\n"
                                      "t6,Agree\nt7,Agree\nt8,Disagree\nt9,Agree\nt10,Strongly agree\n");
  const std::string final_ = dir.write("final.csv",
                                       "Timestamp,Q [S]\n"
                                       "t1,Strongly agree\nt2,Agree\nt3,Agree\nt4,Agree\nt5,Strongly agree\n"
                                       "t6,Agree\nt7,Neither agree nor disagree\nt8,Agree\nt9,Agree\nt10,Agree\nt11,Agree\n");
  ASSERT_EQ(run_canvass("ingest --db s.db --batch pilot '" + pilot + "'", dir.path().string()).exit_code, 0);
  ASSERT_EQ(run_canvass("ingest --db s.db --batch final '" + final_ + "'", dir.path().string()).exit_code, 0);
  auto r = run_canvass("dist --db s.db --by batch --summary --format csv", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto csv = parse_csv(r.out);
  ASSERT_EQ(csv.size(), 4u);
  EXPECT_EQ(csv[1][2], "");
  EXPECT_EQ(csv[1][3], "21");
  EXPECT_EQ(csv[2][2], "pilot");  // batches in the order they were ingested
  EXPECT_EQ(csv[2][6], "8");
  EXPECT_EQ(csv[2][8], "2");
  EXPECT_EQ(csv[3][2], "final");
  EXPECT_EQ(csv[3][6], "10");
  EXPECT_EQ(csv[3][7], "1");
  // Straight from the files, each file is its own batch.
  auto direct = run_canvass("dist --by batch --summary --format csv '" + pilot + "' '" + final_ + "'");
  ASSERT_EQ(direct.exit_code, 0) << direct.err;
  EXPECT_NE(direct.out.find(",pilot.csv,10,"), std::string::npos) << direct.out;
  // The report compares batches by default when there are several.
  auto report = run_canvass("report --db s.db --out rep", dir.path().string());
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_NE(read_text(dir.file("rep/report.md")).find("### By Batch"), std::string::npos);
}

}  // namespace
}  // namespace canvass
