// Checks a Survey read from one of the self-describing platforms fixtures (SPSS, Triple-S)
// against the survey defined in tests/tools/platform_fixtures.hpp, answer by answer.
#pragma once

#include <gtest/gtest.h>

#include "model/survey.hpp"
#include "tools/platform_fixtures.hpp"

namespace canvass::testing {

inline void expect_platform_survey(const Survey& s) {
  namespace p = platforms;
  ASSERT_EQ(s.questions.size(), 3u);
  const Question& role = s.questions[0];
  EXPECT_EQ(role.code, "role");
  EXPECT_EQ(role.text, p::kRoleQuestion);
  EXPECT_EQ(role.kind, QuestionKind::single);
  EXPECT_EQ(role.choices, (std::vector<std::string>{"Teacher", "Support staff"}));
  const Question& grid = s.questions[1];
  EXPECT_EQ(grid.code, "train");
  EXPECT_EQ(grid.text, p::kGridQuestion);
  EXPECT_EQ(grid.kind, QuestionKind::likert);
  ASSERT_EQ(grid.items.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(grid.items[i].code, "train_" + std::to_string(i + 1));
    EXPECT_EQ(grid.items[i].text, p::kStatements[i]);
  }
  ASSERT_TRUE(grid.scale);
  EXPECT_EQ(grid.scale->points(), 5);
  for (const auto& [code, label] : p::kAgreement) {
    bool found = false;
    for (const auto& level : grid.scale->levels)
      if (level.label == label) {
        found = true;
        EXPECT_EQ(level.code, std::to_string(code)) << label;
        if (code == 9) EXPECT_EQ(level.polarity, Polarity::nonsubstantive);
        else EXPECT_EQ(level.position, code) << label;
      }
    EXPECT_TRUE(found) << label;
  }
  const Question& comments = s.questions[2];
  EXPECT_EQ(comments.code, "improve");
  EXPECT_EQ(comments.kind, QuestionKind::text);

  ASSERT_EQ(s.respondents.size(), p::respondents().size());
  std::size_t comment_count = 0;
  for (std::size_t i = 0; i < s.respondents.size(); ++i) {
    const Respondent& r = s.respondents[i];
    const auto& expected = p::respondents()[i];
    EXPECT_EQ(r.external_id, expected.id);
    ASSERT_EQ(r.answers.size(), 4u) << expected.id;  // role + three statements
    EXPECT_EQ(r.answers[0].raw, expected.role);
    for (std::size_t k = 0; k < 3; ++k) {
      const Answer& a = r.answers[1 + k];
      EXPECT_EQ(a.question, 1u);
      EXPECT_EQ(a.item, k);
      EXPECT_EQ(a.raw, expected.statements[k]) << expected.id << " S" << k + 1;
      const int code = p::code_of(p::kAgreement, expected.statements[k]);
      if (expected.statements[k].empty()) EXPECT_FALSE(a.level);
      else if (code == 9) EXPECT_GT(a.level.value_or(0), 5);
      else EXPECT_EQ(a.level, code);
    }
    if (expected.comment.empty()) {
      EXPECT_TRUE(r.comments.empty()) << expected.id;
    } else {
      ASSERT_EQ(r.comments.size(), 1u) << expected.id;
      EXPECT_EQ(r.comments[0].text, expected.comment);
      EXPECT_EQ(r.comments[0].question, 2u);
      ++comment_count;
    }
  }
  EXPECT_EQ(comment_count, 6u);
}

}  // namespace canvass::testing
