// The classes of misreading found on real exports (issue 14), each on a small table in the
// exporter's own form: bookkeeping columns never questions, repeated headings kept apart,
// detection from row 2's vocabulary, short rows padded only by trailing empty fields,
// scale families, coded LimeSurvey answers.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "layouts/detect.hpp"
#include "sources/csv_reader.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

Survey read(const std::string& csv, const std::string& platform = "") {
  auto s = read_survey(parse_csv_text(csv, "t.csv"), ScaleVocabulary::builtin(), platform);
  EXPECT_TRUE(s) << (s ? "" : s.error().to_string());
  return s ? std::move(s).value() : Survey{};
}

std::vector<std::string> question_texts(const Survey& s) {
  std::vector<std::string> out;
  for (const auto& q : s.questions) out.push_back(q.text);
  return out;
}

bool has_comment(const Survey& s, const std::string& text) {
  for (const auto& r : s.respondents)
    for (const auto& c : r.comments)
      if (c.text == text) return true;
  return false;
}

TEST(Bookkeeping, LimeSurveyTimingsAndEquationsAreNeverQuestions) {
  const Survey s = read(
      "\"Response ID\",\"Date submitted\",\"Last page\",\"Start language\",\"Seed\",\"How useful was it?\","
      "\"{if(useful.NAOK == 'A1', 1, 0)}\",\"Total time\",\"Group time: Feedback\",\"Question time: useful\"\n"
      "\"1\",\"2024-05-01 10:00:00\",\"1\",\"en\",\"123\",\"Very useful\",\"1\",\"35.2\",\"30.1\",\"12.5\"\n"
      "\"2\",\"2024-05-01 11:00:00\",\"1\",\"en\",\"456\",\"Not at all useful\",\"0\",\"20.0\",\"18.0\",\"9.9\"\n");
  EXPECT_EQ(s.platform, "limesurvey");
  EXPECT_EQ(question_texts(s), std::vector<std::string>{"How useful was it?"});
  EXPECT_FALSE(has_comment(s, "35.2"));
}

TEST(Bookkeeping, LimeSurveyCodeHeadingTimingsAreNeverQuestions) {
  const Survey s = read(
      "\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"useful\",\"interviewtime\",\"groupTime720\",\"usefulTime\"\n"
      "\"1\",\"2024-05-01 10:00:00\",\"1\",\"en\",\"A1\",\"35.2\",\"30.1\",\"12.5\"\n");
  ASSERT_EQ(s.questions.size(), 1u);
  EXPECT_EQ(s.questions[0].code, "useful");
}

TEST(Bookkeeping, OdkAndKoboMetaAreAttributesOrDropped) {
  const Survey s = read(
      "start,end,today,deviceid,phonenumber,How satisfied are you?,meta/instanceID,_id,_uuid,_submission_time,"
      "_validation_status,_index\n"
      "2024-01-01T10:00,2024-01-01T10:05,2024-01-01,collect:abc,,Satisfied,uuid:1,11,u-1,2024-01-01T10:06,,1\n"
      "2024-01-01T11:00,2024-01-01T11:05,2024-01-01,collect:def,,Very satisfied,uuid:2,12,u-2,2024-01-01T11:06,,2\n",
      "kobotoolbox");
  EXPECT_EQ(question_texts(s), std::vector<std::string>{"How satisfied are you?"});
  EXPECT_FALSE(has_comment(s, "uuid:1"));
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

const Question& only(const Survey& s, const std::string& text) {
  for (const auto& q : s.questions)
    if (q.text == text) return q;
  static const Question none;
  ADD_FAILURE() << "no question " << text;
  return none;
}

TEST(ScaleFamilies, RealSurveysFamiliesAreRecognised) {
  const Survey s = read(
      "Respondent,How confident are you?,How useful was it?,How easy was it?,How often?,How far?\n"
      "1,Not at all confident,Extremely useful,Very difficult,Never,Not at all\n"
      "2,Extremely confident,Not at all useful,Very easy,Always,To a great extent\n"
      "3,Somewhat confident,Very useful,Neither easy nor difficult,Sometimes,To some extent\n"
      "4,Slightly confident,Slightly useful,Easy,Rarely,To a small extent\n",
      "generic");
  for (const auto& [text, family] : std::vector<std::pair<std::string, std::string>>{
           {"How confident are you?", "confidence"}, {"How useful was it?", "usefulness"},
           {"How easy was it?", "ease"}, {"How often?", "frequency"}, {"How far?", "extent"}}) {
    const Question& q = only(s, text);
    EXPECT_EQ(q.kind, QuestionKind::likert) << text;
    ASSERT_TRUE(q.scale) << text;
    EXPECT_EQ(q.scale->family, family) << text;
  }
}

// 0-10 is a rating only when the question asks for one: small counts stay numbers.
TEST(ScaleFamilies, ZeroToTenRatingsByWordingOnly) {
  const Survey s = read(
      "Respondent,How likely are you to recommend us to a friend?,How many children do you have?\n"
      "1,10,0\n2,7,2\n3,0,1\n4,9,3\n",
      "generic");
  const Question& nps = only(s, "How likely are you to recommend us to a friend?");
  EXPECT_EQ(nps.kind, QuestionKind::likert);
  ASSERT_TRUE(nps.scale);
  EXPECT_EQ(nps.scale->levels.size(), 11u);
  EXPECT_EQ(only(s, "How many children do you have?").kind, QuestionKind::numeric);
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

// A SurveyMonkey export whose metadata columns were deleted: row 2's sub-headers still
// say what it is, so the agreement grid is read and row 2 is no respondent.
TEST(Detection, SurveyMonkeyWithoutMetadataColumnsFromRowTwo) {
  const Survey s = read(
      "How far do you agree?,,,What could be improved?\n"
      "The course was useful,I had time to practise,I would recommend it,Open-Ended Response\n"
      "Agree,Strongly agree,Agree,More examples\n"
      "Disagree,Agree,Neither agree nor disagree,\n"
      "Strongly agree,Agree,Agree,Shorter sessions\n");
  EXPECT_EQ(s.platform, "surveymonkey");
  EXPECT_EQ(s.respondents.size(), 3u);
  ASSERT_GE(s.questions.size(), 1u);
  EXPECT_EQ(s.questions[0].kind, QuestionKind::likert);
  EXPECT_EQ(s.questions[0].items.size(), 3u);
}

TEST(Detection, GenericLayoutSaysWhenRowTwoLooksLikeAHeader) {
  const Table t = parse_csv_text("Age,Role,Comment\nAge,Role,Comment\n34,Teacher,Fine\n", "t.csv");
  auto r = read_survey_explained(t, ScaleVocabulary::builtin());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->detection.platform, "generic");
  bool said = false;
  for (const auto& n : r->plan.notes) said = said || n.find("--platform") != std::string::npos;
  EXPECT_TRUE(said);
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

// ODK and R omit trailing empty fields: such rows are read, a row with extra fields is not.
TEST(ShortRows, PaddedOnlyByTrailingEmptyFieldsLongRowsRejected) {
  const Survey s = read(
      "Respondent,Role,How satisfied are you?,Comment\n"
      "1,Teacher,Satisfied,Fine\n"
      "2,Teacher,Very satisfied\n"
      "3,Support staff\n"
      "4,Teacher,Satisfied,Fine,extra\n",
      "generic");
  EXPECT_EQ(s.respondents.size(), 3u);
  ASSERT_EQ(s.rejects.size(), 1u);
  EXPECT_NE(s.rejects[0].reason.find("found 5"), std::string::npos);
}

// inspect says when it read short rows as padded, so nothing is filled in silently.
TEST(ShortRows, InspectSaysTheyWerePadded) {
  testing::TempDir dir;
  dir.write("odk.csv", "Role,How satisfied are you?,Comment\nTeacher,Satisfied,Fine\nTeacher,Satisfied\nSupport staff\n");
  const auto r = testing::run_canvass("inspect odk.csv", dir.path().string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2 data rows end before the header's last columns"), std::string::npos) << r.out;
  dir.write("full.csv", "Role,How satisfied are you?\nTeacher,Satisfied\nSupport staff,Very satisfied\n");
  EXPECT_EQ(testing::run_canvass("inspect full.csv", dir.path().string()).out.find("header's last columns"),
            std::string::npos);
}

// Content decides the container, whatever the name; every command says the same.
TEST(OneReading, ContentDecidesNotTheExtension) {
  testing::TempDir dir;
  const std::string csv = "Role,How satisfied are you?\nTeacher,Satisfied\nSupport staff,Very satisfied\n";
  dir.write("survey.xlsx", csv);
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("Role\tHow satisfied are you?\r\nTeacher\tSatisfied\r\nSupport staff\tVery satisfied\r\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  dir.write("unicode.txt", utf16);
  for (const std::string name : {"survey.xlsx", "unicode.txt"}) {
    const auto inspect = testing::run_canvass("inspect " + name, dir.path().string());
    const auto dist = testing::run_canvass("dist " + name, dir.path().string());
    const auto ingest = testing::run_canvass("ingest --db s.db " + name, dir.path().string());
    EXPECT_EQ(inspect.exit_code, 0) << name << inspect.err;
    EXPECT_EQ(dist.exit_code, 0) << name << dist.err;
    EXPECT_EQ(ingest.exit_code, 0) << name << ingest.err;
    EXPECT_NE(ingest.err.find("2 respondents"), std::string::npos) << name << ": " << ingest.err;
  }
  EXPECT_NE(testing::run_canvass("inspect survey.xlsx", dir.path().string()).out.find("read by its content"),
            std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir.path() / ":memory:"));
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

// Coded LimeSurvey answers (gender M/F, A1/A2) are a closed question, never comments.
TEST(LimeSurveyCodes, CodedAnswersAreChoicesNotFreeText) {
  const Survey s = read(
      "\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"gender\",\"role\"\n"
      "\"1\",\"2024-05-01 10:00:00\",\"1\",\"en\",\"M\",\"A1\"\n"
      "\"2\",\"2024-05-01 11:00:00\",\"1\",\"en\",\"F\",\"A2\"\n"
      "\"3\",\"2024-05-01 12:00:00\",\"1\",\"en\",\"N\",\"A3\"\n");
  ASSERT_EQ(s.questions.size(), 2u);
  for (const auto& q : s.questions) EXPECT_EQ(q.kind, QuestionKind::single) << q.code;
  for (const auto& r : s.respondents) EXPECT_TRUE(r.comments.empty());
}

}  // namespace
}  // namespace canvass
