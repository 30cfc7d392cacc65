// `canvass export`: tidy long tables that match the raw export row for row.
#include <gtest/gtest.h>

#include "expected_figures.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

const std::string kSurvey = sample("ci-survey/ci-final-survey.csv");

class SampleExport : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_canvass("ingest --db s.db --batch final '" + kSurvey + "'", dir.path().string()).exit_code, 0);
    raw = parse_csv(read_text(kSurvey));
  }
  RunResult canvass(const std::string& args) const { return run_canvass(args, dir.path().string()); }
  TempDir dir;
  std::vector<std::vector<std::string>> raw;
};

TEST_F(SampleExport, ResponsesHaveOneRowPerRespondentAndItem) {
  auto r = canvass("export --db s.db --table responses");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto csv = parse_csv(r.out);
  EXPECT_EQ(csv[0], (std::vector<std::string>{"respondent", "batch", "source", "question_code", "question",
                                              "question_kind", "item_code", "item", "level", "label", "polarity", "raw",
                                              "What is your role?"}));
  // Closed columns of the raw file: the role and the ten statements (timestamp and the
  // three free-text questions are not responses).
  const std::size_t closed = 11, respondents = raw.size() - 1;
  ASSERT_EQ(csv.size(), 1 + respondents * closed);
  for (std::size_t p = 0; p < respondents; ++p)
    for (std::size_t c = 0; c < closed; ++c) {
      const auto& row = csv[1 + p * closed + c];
      const std::string& answer = raw[1 + p][1 + c];
      EXPECT_EQ(row[0], std::to_string(p + 1));
      EXPECT_EQ(row[1], "final");
      EXPECT_EQ(row[11], answer);
      EXPECT_EQ(row[12], raw[1 + p][1]);  // the role, as its own column on every row
      if (c == 0) {
        EXPECT_EQ(row[5], "single");
        EXPECT_EQ(row[8], "");
        continue;
      }
      EXPECT_EQ(row[7], grid_statement(raw[0][1 + c]));
      const int code = agreement_code(answer);
      EXPECT_EQ(row[8], code ? std::to_string(code) : "");
      EXPECT_EQ(row[9], code ? answer : "");
      EXPECT_EQ(row[10], code == 0 ? "" : code > 3 ? "positive" : code < 3 ? "negative" : "neutral");
    }
}

TEST_F(SampleExport, JsonLinesTypeNumbersAndNulls) {
  auto r = canvass("export --db s.db --table responses --format jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t lines = 0;
  for (std::size_t at = 0, next; (next = r.out.find('\n', at)) != std::string::npos; at = next + 1, ++lines) {
    const std::string line = r.out.substr(at, next - at);
    EXPECT_EQ(line.front(), '{');
    EXPECT_EQ(line.back(), '}');
    EXPECT_EQ(line.rfind("{\"respondent\":", 0), 0u) << line;
  }
  EXPECT_EQ(lines, (raw.size() - 1) * 11);
  EXPECT_NE(r.out.find("\"level\":5,\"label\":\"Strongly agree\""), std::string::npos);
  EXPECT_NE(r.out.find("\"level\":null,\"label\":null"), std::string::npos);
}

TEST_F(SampleExport, RespondentsCommentsAndEmptyTables) {
  const auto respondents = parse_csv(canvass("export --db s.db --table respondents").out);
  ASSERT_EQ(respondents.size(), raw.size());
  EXPECT_EQ(respondents[1][2], raw[1][0]);  // submitted_at
  EXPECT_EQ(respondents[1][6], raw[1][1]);  // role
  std::size_t comments = 0;
  for (std::size_t r = 1; r < raw.size(); ++r)
    for (std::size_t c = 12; c < raw[r].size(); ++c) comments += !raw[r][c].empty();
  const auto csv = parse_csv(canvass("export --db s.db --table comments").out);
  EXPECT_EQ(csv.size(), 1 + comments);
  EXPECT_EQ(csv[0][5], "comment");
  for (const char* table : {"notes", "quotes"}) {
    auto r = canvass(std::string("export --db s.db --table ") + table);
    EXPECT_EQ(r.exit_code, 0) << table;
    EXPECT_EQ(parse_csv(r.out).size(), 1u) << table;  // the header only
  }
}

TEST_F(SampleExport, UsageErrors) {
  EXPECT_EQ(canvass("export --db s.db").exit_code, 2);
  EXPECT_EQ(canvass("export --db s.db --table everything").exit_code, 2);
  EXPECT_EQ(canvass("export --db s.db --table responses --format xml").exit_code, 2);
  EXPECT_EQ(canvass("export --db none.db --table responses").exit_code, 3);
}

}  // namespace
}  // namespace canvass
