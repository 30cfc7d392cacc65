#include <gtest/gtest.h>

#include "ingest/load_survey.hpp"
#include "platform_survey_check.hpp"
#include "sav_builder.hpp"
#include "sources/coded_survey.hpp"
#include "sources/read_table.hpp"
#include "sources/sav_reader.hpp"
#include "test_support.hpp"
#include "text/fold.hpp"

using namespace canvass;
using canvass::testing::SavCell;
using canvass::testing::SavVariable;
using canvass::testing::write_sav;

namespace {
const ScaleVocabulary& vocabulary() {
  static const ScaleVocabulary v = ScaleVocabulary::builtin();
  return v;
}
const std::vector<std::pair<double, std::string>> kAgree = {
    {1, "Strongly disagree"}, {2, "Disagree"}, {3, "Neither agree nor disagree"}, {4, "Agree"}, {5, "Strongly agree"}};
}  // namespace

TEST(CodedSurvey, LabelAndNameStems) {
  auto a = split_label_stem("How far do you agree? - The training was useful");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->first, "How far do you agree?");
  EXPECT_EQ(a->second, "The training was useful");
  auto b = split_label_stem("Satisfaction: Speed of service");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->second, "Speed of service");
  EXPECT_FALSE(split_label_stem("What is your role?"));
  EXPECT_EQ(name_stem("train_1"), "train");
  EXPECT_EQ(name_stem("Q2_10"), "Q2");
  EXPECT_EQ(name_stem("q5.2"), "q5");
  EXPECT_EQ(name_stem("Q_SQ001"), "Q");
  EXPECT_EQ(name_stem("Q12"), "");
  EXPECT_EQ(name_stem("first_name"), "");
}

TEST(Sav, SpssTimes) {
  // 1582-10-14 is day 0; the Gregorian calendar began the next day.
  EXPECT_EQ(spss_time_to_iso(86400, "DATE11"), "1582-10-15");
  EXPECT_EQ(spss_time_to_iso(86400 + 3661, "DATETIME20"), "1582-10-15T01:01:01");
  EXPECT_EQ(spss_time_to_iso(3661, "TIME8"), "01:01:01");
  EXPECT_EQ(spss_time_to_iso(5, "F8.2"), "");
}

TEST(Sav, PlatformsFixture) {
  const std::string path = canvass::testing::sample("platforms/spss.sav");
  const std::string bytes = canvass::testing::read_text(path);
  EXPECT_EQ(bytes, canvass::testing::platforms::spss_sav()) << "run scripts/make-fixtures.sh";
  auto file = read_sav(path, bytes, vocabulary());
  ASSERT_TRUE(file) << file.error().to_string();
  EXPECT_EQ(file->container, "sav");
  EXPECT_EQ(file->encoding, "utf-8");
  EXPECT_EQ(file->survey.platform, "spss");
  canvass::testing::expect_platform_survey(file->survey);
  EXPECT_EQ(file->survey.respondents[0].submitted_at, "2025-05-06T09:00:00");
  EXPECT_EQ(file->survey.respondents[7].submitted_at, "2025-05-06T16:00:00");
  EXPECT_EQ(file->survey.respondents[2].line, 3u);
}

TEST(Sav, LoadSurveyRoutesSavAndRecordsKind) {
  auto loaded = load_survey_file(canvass::testing::sample("platforms/spss.sav"), vocabulary());
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  EXPECT_EQ(loaded->file.kind, "sav");
  EXPECT_EQ(loaded->file.encoding, "utf-8");
  EXPECT_EQ(loaded->survey.respondents.size(), 8u);
  auto table = read_table("x.sav", canvass::testing::platforms::spss_sav());
  ASSERT_FALSE(table);
  EXPECT_NE(table.error().message.find("SPSS"), std::string::npos);
}

TEST(Sav, UserMissingValuesStayDistinct) {
  auto labels = kAgree;
  labels.push_back({8, "Refused"});
  labels.push_back({9, "Don't know"});
  std::vector<SavVariable> vars = {{"q1", "The service was quick", false, 0, "F2.0", labels, {-99, 8, 9}}};
  const std::string bytes = write_sav(vars, {{SavCell{"5"}}, {SavCell{"-99"}}, {SavCell{"8"}}, {SavCell{"9"}}, {SavCell{}}});
  auto file = read_sav("m.sav", bytes, vocabulary());
  ASSERT_TRUE(file) << file.error().to_string();
  const Survey& s = file->survey;
  ASSERT_EQ(s.questions.size(), 1u);
  EXPECT_EQ(s.questions[0].kind, QuestionKind::likert);
  const Scale& scale = *s.questions[0].scale;
  EXPECT_EQ(scale.points(), 5);
  ASSERT_EQ(s.respondents.size(), 5u);
  auto answer = [&](std::size_t r) { return s.respondents[r].answers.at(0); };
  EXPECT_EQ(answer(0).level, 5);
  EXPECT_EQ(answer(0).raw, "Strongly agree");
  EXPECT_EQ(answer(1).raw, "-99");  // unlabelled user-missing: kept raw, no level, not a blank
  EXPECT_FALSE(answer(1).level);
  for (std::size_t r : {2u, 3u}) {  // labelled user-missing: non-substantive levels after k
    ASSERT_TRUE(answer(r).level) << r;
    const ScaleLevel* level = scale.level(*answer(r).level);
    ASSERT_NE(level, nullptr);
    EXPECT_EQ(level->polarity, Polarity::nonsubstantive);
    EXPECT_EQ(level->label, answer(r).raw);
    EXPECT_GT(level->position, 5);
  }
  EXPECT_EQ(answer(2).raw, "Refused");
  EXPECT_EQ(answer(4).raw, "");  // system missing: a blank
  EXPECT_FALSE(answer(4).level);
}

// Grids only on evidence in the labels ("Question - Statement" stems and the same answer
// labels), never on variable names alone: sat_1 / sat_2 with unrelated labels stay apart.
TEST(Sav, GroupsByLabelStemNotByNameAlone) {
  std::vector<SavVariable> vars = {
      {"sat_1", "Speed", false, 0, "F1.0", kAgree, {}},
      {"sat_2", "Friendliness", false, 0, "F1.0", kAgree, {}},
      {"colour", "Favourite colour", false, 0, "F1.0", {{2, "Blue"}, {1, "Red"}}, {}},
      {"v1", "Service - It was quick", false, 0, "F1.0", kAgree, {}},
      {"v2", "Service - Staff were friendly", false, 0, "F1.0", kAgree, {}},
      {"q7", "Overall it was good", false, 0, "F1.0", kAgree, {}},
      {"age", "Age", false, 0, "F3.0", {}, {}},
  };
  const std::string bytes = write_sav(vars, {{SavCell{"4"}, SavCell{"5"}, SavCell{"2"}, SavCell{"3"}, SavCell{"4"},
                                              SavCell{"3"}, SavCell{"41"}}});
  auto file = read_sav("g.sav", bytes, vocabulary());
  ASSERT_TRUE(file) << file.error().to_string();
  const auto& q = file->survey.questions;
  ASSERT_EQ(q.size(), 6u);
  EXPECT_EQ(q[0].code, "sat_1");
  EXPECT_EQ(q[0].items.size(), 1u);
  EXPECT_EQ(q[1].code, "sat_2");
  EXPECT_EQ(q[2].kind, QuestionKind::single);
  EXPECT_EQ(q[2].choices, (std::vector<std::string>{"Red", "Blue"}));  // every option, in code order
  EXPECT_EQ(q[3].text, "Service");
  ASSERT_EQ(q[3].items.size(), 2u);
  EXPECT_EQ(q[3].items[1].text, "Staff were friendly");
  EXPECT_EQ(q[4].code, "q7");
  EXPECT_EQ(q[4].kind, QuestionKind::likert);
  EXPECT_EQ(q[5].kind, QuestionKind::numeric);
  EXPECT_EQ(file->survey.respondents[0].answers.back().raw, "41");
}

// A labelled "Not answered" code is no answer: it neither splits a grid nor becomes an
// option, and a grid whose label stem is a generic word is not titled by it.
TEST(Sav, NotAnsweredLabelsAreNotAnswersAndGenericStemsNoTitle) {
  auto with_not_answered = kAgree;
  with_not_answered.push_back({9, "Not answered"});
  std::vector<SavVariable> vars = {
      {"a1", "Question - The course was useful", false, 0, "F1.0", with_not_answered, {}},
      {"a2", "Question - I would recommend it", false, 0, "F1.0", kAgree, {}},
      {"role", "Role", false, 0, "F1.0", {{1, "Teacher"}, {2, "Support staff"}, {9, "No answer"}}, {}},
  };
  const std::string bytes = write_sav(vars, {{SavCell{"9"}, SavCell{"4"}, SavCell{"9"}}});
  auto file = read_sav("n.sav", bytes, vocabulary());
  ASSERT_TRUE(file) << file.error().to_string();
  const auto& q = file->survey.questions;
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].items.size(), 2u);
  EXPECT_NE(fold(q[0].text), "question");
  EXPECT_EQ(q[1].choices, (std::vector<std::string>{"Teacher", "Support staff"}));
}

TEST(Sav, CorruptFileFailsWithOneLineAndPosition) {
  const std::string good = canvass::testing::platforms::spss_sav();
  for (std::size_t keep : {std::size_t{100}, good.size() / 2}) {
    auto file = read_sav("cut.sav", std::string_view(good).substr(0, keep), vocabulary());
    ASSERT_FALSE(file) << keep;
    const std::string line = file.error().to_string();
    EXPECT_EQ(line.rfind("cut.sav: not a readable SPSS .sav file", 0), 0u) << line;
    EXPECT_NE(line.find("near byte"), std::string::npos) << line;
    EXPECT_EQ(line.find('\n'), std::string::npos);
  }
  std::string garbled = good;
  for (std::size_t i = 200; i < 400; ++i) garbled[i] = '\xFF';
  EXPECT_FALSE(read_sav("bad.sav", garbled, vocabulary()));
}
