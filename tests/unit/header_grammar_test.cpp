// The header-pattern and scale-label grammars, one rule at a time.
#include <gtest/gtest.h>

#include "header/header.hpp"
#include "scale_label/scale_label.hpp"

namespace canvass::grammar {
namespace {

TEST(HeaderGrammar, LimeSurveyCodeHeadings) {
  auto plain = parse_limesurvey_code("role");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->code, "role");
  EXPECT_TRUE(plain->subs.empty());
  auto sub = parse_limesurvey_code("train[SQ001]");
  ASSERT_TRUE(sub);
  EXPECT_EQ(sub->code, "train");
  ASSERT_EQ(sub->subs.size(), 1u);
  EXPECT_EQ(sub->subs[0], "SQ001");
  auto dual = parse_limesurvey_code("Q00[SQ001][1]");
  ASSERT_TRUE(dual);
  EXPECT_EQ(dual->subs, (std::vector<std::string>{"SQ001", "1"}));
  EXPECT_FALSE(parse_limesurvey_code("What is your role?"));
  EXPECT_FALSE(parse_limesurvey_code("q[a][b][c]"));
}

TEST(HeaderGrammar, QualtricsImportIdsAndTags) {
  auto cell = parse_import_id_cell(R"({"ImportId":"QID29_1","choiceId":"2"})");
  ASSERT_TRUE(cell);
  EXPECT_EQ(cell->import_id, "QID29_1");
  EXPECT_EQ(cell->choice_id, "2");
  auto dict = parse_import_id_cell("{'ImportId': 'QID4-1-2'}");
  ASSERT_TRUE(dict);
  EXPECT_EQ(dict->import_id, "QID4-1-2");
  EXPECT_FALSE(parse_import_id_cell("Start Date"));

  auto id = parse_qualtrics_import_id("QID40#1_1");
  ASSERT_TRUE(id);
  EXPECT_EQ(id->stem, "QID40#1");
  EXPECT_EQ(id->parts, (std::vector<std::string>{"1"}));
  auto old = parse_qualtrics_import_id("QID4-1-2");
  ASSERT_TRUE(old);
  EXPECT_EQ(old->stem, "QID4");
  EXPECT_EQ(old->parts, (std::vector<std::string>{"1", "2"}));
  EXPECT_FALSE(parse_qualtrics_import_id("startDate"));

  auto tag = parse_qualtrics_tag("1_Q1_1");
  ASSERT_TRUE(tag);
  EXPECT_EQ(tag->stem, "1_Q1");
  auto negative = parse_qualtrics_tag("Q15_-1");
  ASSERT_TRUE(negative);
  EXPECT_EQ(negative->parts, (std::vector<std::string>{"-1"}));
}

TEST(HeaderGrammar, DashPartsPathsAndNumbers) {
  EXPECT_EQ(split_dash_parts("How far? - Useful - Selected Choice"),
            (std::vector<std::string>{"How far?", "Useful", "Selected Choice"}));
  EXPECT_EQ(split_dash_parts("Self-assessment"), (std::vector<std::string>{"Self-assessment"}));
  EXPECT_EQ(split_path("group/sub/q", '/'), (std::vector<std::string>{"group", "sub", "q"}));
  auto n = parse_numbered_header("2.1. How far do you agree?");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->number, "2.1");
  EXPECT_EQ(n->text, "How far do you agree?");
  auto a = parse_numbered_header("3.a Any comments?");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->number, "3.a");
  EXPECT_FALSE(parse_numbered_header("What is your role?"));
  EXPECT_FALSE(parse_numbered_header("2025"));
}

TEST(ScaleLabelGrammar, NumericPrefixes) {
  for (const char* text : {"5 - Strongly agree", "5 = Strongly agree", "(5) Strongly agree", "5. Strongly agree"}) {
    auto c = parse_coded_label(text);
    ASSERT_TRUE(c) << text;
    EXPECT_EQ(c->code, "5") << text;
    EXPECT_EQ(c->label, "Strongly agree") << text;
  }
  auto negative = parse_coded_label("-1 = Don't know");
  ASSERT_TRUE(negative);
  EXPECT_EQ(negative->code, "-1");
  EXPECT_FALSE(parse_coded_label("Strongly agree"));
  EXPECT_FALSE(parse_coded_label("5"));
  EXPECT_FALSE(parse_coded_label("10 - 20"));
}

}  // namespace
}  // namespace canvass::grammar
