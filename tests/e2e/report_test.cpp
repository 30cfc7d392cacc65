// `canvass report` on the bundled survey: every figure in report.html, report.md and the
// CSVs checked against statistics the test computes itself from the raw export.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "expected_figures.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

const std::string kSurvey = sample("ci-survey/ci-final-survey.csv");

class SampleReport : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_canvass("ingest --db s.db --batch final '" + kSurvey + "'", dir.path().string()).exit_code, 0);
    auto r = run_canvass("report --db s.db --out rep", dir.path().string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("report written to rep/report.html"), std::string::npos) << r.err;
    rows = parse_csv(read_text(kSurvey));
    expected = statement_figures(rows);
    ASSERT_EQ(expected.size(), 10u);
  }
  std::string out(const std::string& name) const { return read_text(dir.file("rep/" + name)); }

  TempDir dir;
  std::vector<std::vector<std::string>> rows;
  std::vector<StatementFigures> expected;
};

std::string with_share(long k, long n) { return std::to_string(k) + " (" + pct(k, n) + "%)"; }

std::string signed_net(const StatementFigures& f) {
  const std::string s = pct(f.agree - f.disagree, f.n);
  return f.agree > f.disagree ? std::string("+") + s : s;
}

std::string median_text(double m) { return std::floor(m) == m ? fixed(m, 0) : fixed(m, 1); }

TEST_F(SampleReport, WritesTheReportFolder) {
  for (const char* f : {"report.html", "report.md", "agreement.csv", "distribution.csv", "figure-1.svg",
                        "breakdown-what-is-your-role.csv"})
    EXPECT_TRUE(std::filesystem::exists(dir.file(std::string("rep/") + f))) << f;
  const std::string html = out("report.html");
  EXPECT_NE(html.find("<h1>Survey report</h1>"), std::string::npos);
  EXPECT_NE(html.find("n=13 respondents"), std::string::npos);
  // Self-contained: nothing fetched from anywhere.
  for (const char* remote : {"http://", "https://", "<script", "<link", "src="}) {
    std::string rest = html;
    for (std::size_t at; (at = rest.find("http://www.w3.org/2000/svg")) != std::string::npos;) rest.erase(at, 26);
    EXPECT_EQ(rest.find(remote), std::string::npos) << remote;
  }
}

TEST_F(SampleReport, SummaryCsvMatchesTheRawAnswers) {
  const std::string text = out("agreement.csv");
  ASSERT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");  // Excel's "CSV UTF-8"
  const auto csv = parse_csv(text.substr(3));
  ASSERT_EQ(csv.size(), expected.size() + 1);
  EXPECT_EQ(csv[0], (std::vector<std::string>{"question", "item", "group", "n", "missing", "nonsubstantive", "agree",
                                              "neutral", "disagree", "agree_pct", "agree_low", "agree_high", "net",
                                              "mean", "median", "sd", "suppressed"}));
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& f = expected[i];
    EXPECT_EQ(csv[i + 1], (std::vector<std::string>{
                              "To what extent do you agree with the following statements?", f.statement, "",
                              std::to_string(f.n), std::to_string(f.counts[0]), "0", std::to_string(f.agree),
                              std::to_string(f.neutral), std::to_string(f.disagree), pct(f.agree, f.n),
                              fixed(100 * f.low, 1), fixed(100 * f.high, 1), pct(f.agree - f.disagree, f.n),
                              fixed(f.mean, 2), fixed(f.median, 2), fixed(f.sd, 2), "false"}))
        << f.statement;
  }
}

TEST_F(SampleReport, LongCsvHasEveryLevelCount) {
  const auto csv = parse_csv(out("distribution.csv"));
  ASSERT_EQ(csv.size(), expected.size() * 5 + 1);
  for (std::size_t i = 0; i < expected.size(); ++i)
    for (int code = 5; code >= 1; --code) {
      const auto& row = csv[1 + i * 5 + static_cast<std::size_t>(5 - code)];
      EXPECT_EQ(row[1], expected[i].statement);
      EXPECT_EQ(row[3], std::to_string(code));
      EXPECT_EQ(row[5], std::to_string(expected[i].counts[code]));
      EXPECT_EQ(row[6], pct(expected[i].counts[code], expected[i].n));
      EXPECT_EQ(row[7], std::to_string(expected[i].n));
    }
}

TEST_F(SampleReport, MarkdownTablesCarryEveryFigure) {
  const std::string md = out("report.md");
  EXPECT_NE(md.find("**Table 1: To what extent do you agree with the following statements? (n=13)**"), std::string::npos);
  for (const auto& f : expected) {
    std::string level_row = "| " + f.statement + " |";
    // (appended piecewise: `" " + std::string&&` trips a false GCC 12 -Wrestrict warning)
    for (int code = 5; code >= 1; --code) level_row.append(" ").append(with_share(f.counts[code], f.n)).append(" |");
    level_row.append(" ").append(std::to_string(f.counts[0])).append(" | ").append(std::to_string(f.n)).append(" |");
    EXPECT_NE(md.find(level_row), std::string::npos) << level_row;
    const std::string summary_row = "| " + f.statement + " | " + std::to_string(f.n) + "† | " + with_share(f.agree, f.n) +
                                    " | " + with_share(f.neutral, f.n) + " | " + with_share(f.disagree, f.n) + " | " +
                                    fixed(100 * f.low, 1) + "\u2013" + fixed(100 * f.high, 1) + "% | " + signed_net(f) +
                                    " | " + fixed(f.mean, 2) + " | " + median_text(f.median) + " | " + fixed(f.sd, 2) + " |";
    EXPECT_NE(md.find(summary_row), std::string::npos) << summary_row;
  }
  EXPECT_NE(md.find("Percentages are of valid answers (n)"), std::string::npos);
  EXPECT_NE(md.find("Wilson score interval"), std::string::npos);
  EXPECT_NE(md.find("![Figure 1: To what extent do you agree with the following statements? (n=13)](figure-1.svg)"),
            std::string::npos);
}

TEST_F(SampleReport, HtmlTablesCarryEveryFigure) {
  const std::string html = out("report.html");
  for (const auto& f : expected) {
    std::string row = "<tr><th scope=\"row\" class=\"statement\">" + f.statement + "</th>";
    for (int code = 5; code >= 1; --code) row += "<td class=\"num\">" + with_share(f.counts[code], f.n) + "</td>";
    row += "<td class=\"num\">" + std::to_string(f.counts[0]) + "</td><td class=\"num\">" + std::to_string(f.n) + "</td></tr>";
    // The statement text is HTML-escaped; the sample's statements need no escaping.
    EXPECT_NE(html.find(row), std::string::npos) << row;
    const std::string ci = fixed(100 * f.low, 1) + "\u2013" + fixed(100 * f.high, 1) + "%";
    const std::string summary = "<td class=\"num\">" + with_share(f.agree, f.n) + "</td><td class=\"num\">" +
                                with_share(f.neutral, f.n) + "</td><td class=\"num\">" + with_share(f.disagree, f.n) +
                                "</td><td class=\"num\">" + ci + "</td><td class=\"num\">" + signed_net(f) + "</td>";
    EXPECT_NE(html.find(summary), std::string::npos) << summary;
  }
}

TEST_F(SampleReport, ChartHasABarPerStatementWithEachLevelCount) {
  const std::string svg = out("figure-1.svg");
  const std::regex bar(R"re(<g class="bar" data-n="(\d+)">([\s\S]*?)</g>)re");
  const std::regex seg(R"re(data-level="(\d)" data-count="(\d+)")re");
  std::size_t i = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator(); ++it, ++i) {
    ASSERT_LT(i, expected.size());
    EXPECT_EQ(std::stol((*it)[1]), expected[i].n);
    const std::string body = (*it)[2];
    long drawn[6] = {0, 0, 0, 0, 0, 0};
    for (auto s = std::sregex_iterator(body.begin(), body.end(), seg); s != std::sregex_iterator(); ++s)
      drawn[std::stoi((*s)[1])] = std::stol((*s)[2]);
    for (int code = 1; code <= 5; ++code) EXPECT_EQ(drawn[code], expected[i].counts[code]) << expected[i].statement;
    EXPECT_NE(body.find(std::string("n=") + std::to_string(expected[i].n)), std::string::npos);
  }
  EXPECT_EQ(i, expected.size());
  EXPECT_NE(out("report.html").find("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diverging-bars\""),
            std::string::npos);
}

TEST_F(SampleReport, RoleBreakdownSuppressesBothGroupsByDefault) {
  const auto csv = parse_csv(out("breakdown-what-is-your-role.csv"));
  int suppressed = 0;
  for (const auto& row : csv) {
    if (row[2] != "Local authority staff" && row[2] != "Education Scotland staff") continue;
    ++suppressed;
    EXPECT_EQ(row[16], "true");
    for (std::size_t c = 3; c < 16; ++c) EXPECT_EQ(row[c], "") << row[2] << " column " << csv[0][c];
  }
  EXPECT_EQ(suppressed, 20);
  const std::string md = out("report.md");
  EXPECT_NE(md.find("- Local authority staff (suppressed: fewer than 10 respondents)"), std::string::npos);
  EXPECT_NE(md.find("- Education Scotland staff (suppressed: fewer than 10 respondents)"), std::string::npos);
  EXPECT_NE(md.find("every group is suppressed"), std::string::npos);
}

TEST(Report, OptionsChangeTitlePaletteAndOrder) {
  TempDir dir;
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kSurvey + "'", dir.path().string()).exit_code, 0);
  auto r = run_canvass("report --db s.db --out rep --title 'CI final survey' --palette colourblind --sort agree "
                       "--by role --min-cell 3",
                       dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = read_text(dir.file("rep/report.html"));
  EXPECT_NE(html.find("<h1>CI final survey</h1>"), std::string::npos);
  EXPECT_NE(html.find("#5e9fd6"), std::string::npos);   // blue
  EXPECT_EQ(html.find("#4daf4a"), std::string::npos);   // no green
  EXPECT_NE(html.find("Education Scotland staff (n=4)"), std::string::npos);  // 4 >= 3: shown
  const auto csv = parse_csv(read_text(dir.file("rep/agreement.csv")));
  for (std::size_t i = 2; i < csv.size(); ++i) EXPECT_GE(std::stod(csv[i - 1][9]), std::stod(csv[i][9]));
}

TEST(Report, UsageErrors) {
  TempDir dir;
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kSurvey + "'", dir.path().string()).exit_code, 0);
  EXPECT_EQ(run_canvass("report --db s.db", dir.path().string()).exit_code, 2);
  EXPECT_EQ(run_canvass("report --db s.db --out r --palette rainbow", dir.path().string()).exit_code, 2);
  EXPECT_EQ(run_canvass("report --db s.db --out r --min-cell many", dir.path().string()).exit_code, 2);
  auto bad = run_canvass("report --db s.db --out r --by nothing-like-this", dir.path().string());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("candidates: \"batch\", \"What is your role?\""), std::string::npos) << bad.err;
  EXPECT_EQ(run_canvass("report --db missing.db --out r", dir.path().string()).exit_code, 3);
}

}  // namespace
}  // namespace canvass
