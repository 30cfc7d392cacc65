#include <gtest/gtest.h>

#include "layouts/detect.hpp"
#include "header/header.hpp"
#include "sources/csv_reader.hpp"

namespace canvass {
namespace {

TEST(GridHeader, SplitsQuestionAndStatement) {
  auto g = grammar::parse_bracket_header("How far do you agree? [The venue [main hall] worked]");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->question, "How far do you agree?");
  EXPECT_EQ(g->statement, "The venue [main hall] worked");
  EXPECT_FALSE(grammar::parse_bracket_header("What is your role?"));
  EXPECT_FALSE(grammar::parse_bracket_header("[only brackets]"));
}

const char* kExport =
    "Timestamp,What is your role?,Agree? [Fun],Agree? [Useful],Any comments?,Email Address\r\n"
    "1/1/2025 9:00:00,Teacher,Strongly agree,Agree,\"Great, really\",a@b.org\r\n"
    "1/1/2025 9:05:00,Teacher,Disagree,,,\r\n"
    ",,,,,\r\n"
    "1/1/2025 9:09:00,Head,Agree,Strongly disagree,Too long,\r\n";

TEST(GoogleFormsLayout, DetectsTheTimestampSignature) {
  Table t = parse_csv_text(kExport, "gf.csv");
  EXPECT_EQ(detect_platform(t), "google-forms");
  EXPECT_EQ(detect_platform(parse_csv_text("id,q1\n1,Agree\n", "g.csv")), "generic");
}

TEST(GoogleFormsLayout, GridColumnsBecomeOneQuestionWithOneItemPerStatement) {
  auto s = read_survey(parse_csv_text(kExport, "gf.csv"), ScaleVocabulary::builtin());
  ASSERT_TRUE(s);
  ASSERT_EQ(s->questions.size(), 3u);
  const Question& grid = s->questions[1];
  EXPECT_EQ(grid.text, "Agree?");
  EXPECT_EQ(grid.kind, QuestionKind::likert);
  ASSERT_EQ(grid.items.size(), 2u);
  EXPECT_EQ(grid.items[0].text, "Fun");
  EXPECT_EQ(grid.items[1].text, "Useful");
  EXPECT_EQ(grid.items[1].column, 4u);
}

TEST(GoogleFormsLayout, SingleChoiceFreeTextAndMetadata) {
  auto s = read_survey(parse_csv_text(kExport, "gf.csv"), ScaleVocabulary::builtin());
  ASSERT_TRUE(s);
  EXPECT_EQ(s->questions[0].kind, QuestionKind::single);
  EXPECT_EQ(s->questions[2].kind, QuestionKind::text);
  ASSERT_EQ(s->respondents.size(), 3u) << "the blank spreadsheet row is not a respondent";
  const Respondent& first = s->respondents[0];
  EXPECT_EQ(first.submitted_at, "1/1/2025 9:00:00");
  EXPECT_EQ(first.line, 2u);
  ASSERT_EQ(first.comments.size(), 1u);
  EXPECT_EQ(first.comments[0].text, "Great, really");
  bool has_role = false, has_email = false;
  for (const auto& a : first.attributes) {
    has_role = has_role || (a.name == "Q1" && a.value == "Teacher");
    has_email = has_email || (a.name == "email" && a.value == "a@b.org");
  }
  EXPECT_TRUE(has_role);
  EXPECT_TRUE(has_email);
}

TEST(GoogleFormsLayout, AnswersCarryLevelsAndBlanksAreMissing) {
  auto s = read_survey(parse_csv_text(kExport, "gf.csv"), ScaleVocabulary::builtin());
  ASSERT_TRUE(s);
  const auto& second = s->respondents[1];
  std::optional<int> fun, useful;
  bool useful_seen = false;
  for (const auto& a : second.answers) {
    if (a.question != 1) continue;
    if (a.item == 0) fun = a.level;
    if (a.item == 1) { useful = a.level; useful_seen = true; }
  }
  EXPECT_EQ(fun, 2);
  EXPECT_TRUE(useful_seen);
  EXPECT_EQ(useful, std::nullopt);
}

TEST(GoogleFormsLayout, RaggedRowsAreRejectedWithExpectedAndFoundCounts) {
  auto s = read_survey(parse_csv_text("Timestamp,Q\nx,Agree\ny,Agree,extra\n", "r.csv"), ScaleVocabulary::builtin());
  ASSERT_TRUE(s);
  ASSERT_EQ(s->rejects.size(), 1u);
  EXPECT_EQ(s->rejects[0].where.line, 3u);
  EXPECT_NE(s->rejects[0].reason.find("expected 2 columns, found 3"), std::string::npos);
  EXPECT_EQ(s->respondents.size(), 1u);
  EXPECT_EQ(s->rows_read, 2u);
}

}  // namespace
}  // namespace canvass
