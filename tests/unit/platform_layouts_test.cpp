// Each platform layout's own rules on small tables: header rows, metadata as attributes,
// preview/test flags, multi-select splitting, "other" boxes, unknown scales.
#include <gtest/gtest.h>

#include <filesystem>

#include "layouts/detect.hpp"
#include "layouts/metadata_columns.hpp"
#include "layouts/multi_select.hpp"
#include "sources/csv_reader.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

Survey read(const std::string& csv, const std::string& platform = "") {
  auto s = read_survey(parse_csv_text(csv, "t.csv"), ScaleVocabulary::builtin(), platform);
  EXPECT_TRUE(s) << (s ? "" : s.error().to_string());
  return s ? std::move(s).value() : Survey{};
}

std::string attribute(const Respondent& r, const std::string& name) {
  for (const auto& a : r.attributes)
    if (a.name == name) return a.value;
  return "<none>";
}

std::vector<std::string> chosen(const Survey& s, std::size_t respondent, std::size_t question) {
  std::vector<std::string> out;
  for (const auto& a : s.respondents[respondent].answers)
    if (a.question == question) out.push_back(s.questions[question].items[a.item].text);
  return out;
}

TEST(MultiSelect, SplitsByEachPlatformsRule) {
  EXPECT_EQ(split_choices("AGOL;Cartography;", ";"), (std::vector<std::string>{"AGOL", "Cartography"}));
  EXPECT_EQ(split_choices("I teach, I research", ", "), (std::vector<std::string>{"I teach", "I research"}));
  EXPECT_EQ(split_choices("a  b c", " "), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(is_ticked("1"));
  EXPECT_TRUE(is_ticked("Y"));
  EXPECT_TRUE(is_ticked("Kiwi"));
  EXPECT_FALSE(is_ticked("0"));
  EXPECT_FALSE(is_ticked(""));
  EXPECT_FALSE(looks_multi_select({"Great, really", "Too long", "Fine"}, ", "));
}

TEST(QualtricsLayout, PreviewAndTestResponsesAreFlaggedNotDropped) {
  const Survey s = read(
      "StartDate,Status,ResponseId,RecipientEmail,Q1,Q2_4_TEXT,Q3_1,Q3_2\n"
      "Start Date,Response Type,Response ID,Email,Which fruit? - Selected Choice,Which fruit? - Other - Text,"
      "Used? - Kale,Used? - Rice\n"
      "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\","
      "\"{\"\"ImportId\"\":\"\"recipientEmail\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_4_TEXT\"\"}\","
      "\"{\"\"ImportId\"\":\"\"QID3\"\",\"\"choiceId\"\":\"\"1\"\"}\",\"{\"\"ImportId\"\":\"\"QID3\"\",\"\"choiceId\"\":\"\"2\"\"}\"\n"
      "2025-01-01,IP Address,R_1,a@b.org,Kiwi,,1,\n"
      "2025-01-01,Survey Preview,R_2,,Kiwi,,,1\n"
      "2025-01-01,Survey Test,R_3,,Fig,,1,1\n");
  EXPECT_EQ(s.platform, "qualtrics");
  ASSERT_EQ(s.respondents.size(), 3u);
  EXPECT_EQ(s.respondents[0].external_id, "R_1");
  EXPECT_EQ(attribute(s.respondents[0], "response_type"), "response");
  EXPECT_EQ(attribute(s.respondents[1], "response_type"), "preview");
  EXPECT_EQ(attribute(s.respondents[2], "response_type"), "test");
  EXPECT_EQ(attribute(s.respondents[0], "email"), "a@b.org");
  for (const auto& q : s.questions) EXPECT_NE(q.text, "Email");
  const Question& used = s.questions.back();
  EXPECT_EQ(used.kind, QuestionKind::multi);
  EXPECT_EQ(chosen(s, 2, s.questions.size() - 1), (std::vector<std::string>{"Kale", "Rice"}));
}

TEST(SurveyMonkeyLayout, BlocksChoicesRowsAndOtherBoxes) {
  const Survey s = read(
      "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,"
      "Which do you use?,,,How far do you agree?,\n"
      ",,,,,,,,,Kiwi,Rice,Other (please specify),Useful,Clear\n"
      "1,9,01/02/2025 09:00:00 AM,01/02/2025 09:05:00 AM,192.0.2.1,,,,,Kiwi,,my own,Agree,Disagree\n"
      "2,9,01/02/2025 10:00:00 AM,01/02/2025 10:05:00 AM,192.0.2.2,,,,,Kiwi,Rice,,Strongly agree,Agree\n");
  EXPECT_EQ(s.platform, "surveymonkey");
  ASSERT_EQ(s.questions.size(), 2u);
  EXPECT_EQ(s.questions[0].kind, QuestionKind::multi);
  EXPECT_EQ(chosen(s, 1, 0), (std::vector<std::string>{"Kiwi", "Rice"}));
  ASSERT_EQ(s.respondents[0].comments.size(), 1u);
  EXPECT_EQ(s.respondents[0].comments[0].text, "my own");
  EXPECT_EQ(s.questions[1].kind, QuestionKind::likert);
  EXPECT_EQ(s.questions[1].items[1].text, "Clear");
  EXPECT_EQ(s.respondents[0].submitted_at, "01/02/2025 09:05:00 AM");
  EXPECT_EQ(attribute(s.respondents[0], "ip_address"), "192.0.2.1");
}

TEST(GoogleFormsLayout, CheckboxesJoinedByCommaSpaceOrSemicolon) {
  const std::string sheets =
      "Timestamp,Which do you use?\n1/1/2025 9:00:00,\"Kiwi, Rice\"\n1/1/2025 9:01:00,Kiwi\n1/1/2025 9:02:00,Rice\n";
  Survey s = read(sheets);
  ASSERT_EQ(s.questions[0].kind, QuestionKind::multi);
  EXPECT_EQ(chosen(s, 0, 0), (std::vector<std::string>{"Kiwi", "Rice"}));
  const std::string direct =
      "\"Timestamp\",\"Which do you use?\"\n\"2025/01/01 9:00:00 AM GMT\",\"Kiwi;Rice\"\n"
      "\"2025/01/01 9:01:00 AM GMT\",\"Kiwi\"\n\"2025/01/01 9:02:00 AM GMT\",\"Rice\"\n";
  s = read(direct);
  ASSERT_EQ(s.questions[0].kind, QuestionKind::multi);
  EXPECT_EQ(chosen(s, 0, 0), (std::vector<std::string>{"Kiwi", "Rice"}));
}

TEST(MicrosoftFormsLayout, TrailingSemicolonsAndQuizColumns) {
  const Survey s = read(
      "ID,Start time,Completion time,Email,Name,Total points,Quiz feedback,Tools,Points - Tools,Feedback - Tools\n"
      "1,7/2/20 11:00:22,7/2/20 11:05:00,anonymous,,0,,AGOL;Cartography;,,\n"
      "2,7/2/20 12:00:22,7/2/20 12:05:00,anonymous,,0,,AGOL;,,\n"
      "3,7/2/20 13:00:22,7/2/20 13:05:00,anonymous,,0,,Cartography;,,\n");
  EXPECT_EQ(s.platform, "microsoft-forms");
  ASSERT_EQ(s.questions.size(), 1u) << "quiz points and feedback are not questions";
  EXPECT_EQ(s.questions[0].kind, QuestionKind::multi);
  EXPECT_EQ(chosen(s, 0, 0), (std::vector<std::string>{"AGOL", "Cartography"}));
  EXPECT_EQ(s.respondents[0].external_id, "1");
  EXPECT_EQ(s.respondents[0].submitted_at, "7/2/20 11:05:00");
}

TEST(LimeSurveyLayout, CodeHeadingsMultipleChoiceFlagsAndIncompleteResponses) {
  const Survey s = read(
      "\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"seed\";\"role\";\"M3[SQ001]\";\"M3[SQ002]\";"
      "\"M3[other]\";\"train[SQ001]\";\"train[SQ002]\";\"interviewtime\"\r\n"
      "\"1\";\"2024-03-02 10:14:55\";\"3\";\"en\";\"15\";\"A1\";\"Y\";\"\";\"\";\"Agree\";\"Disagree\";\"233.4\"\r\n"
      "\"2\";;\"1\";\"en\";\"16\";\"A2\";\"Y\";\"Y\";\"tea\";\"Strongly agree\";;\"12.0\"\r\n\r\n");
  EXPECT_EQ(s.platform, "limesurvey");
  ASSERT_EQ(s.respondents.size(), 2u);
  EXPECT_EQ(attribute(s.respondents[0], "response_type"), "response");
  EXPECT_EQ(attribute(s.respondents[1], "response_type"), "incomplete");
  ASSERT_EQ(s.questions.size(), 3u);
  EXPECT_EQ(s.questions[0].code, "role");
  EXPECT_EQ(s.questions[1].code, "M3");
  EXPECT_EQ(s.questions[1].kind, QuestionKind::multi);
  EXPECT_EQ(chosen(s, 1, 1), (std::vector<std::string>{"SQ001", "SQ002"}));
  EXPECT_EQ(s.respondents[1].comments.size(), 1u) << "M3[other] is the other box";
  EXPECT_EQ(s.questions[2].code, "train");
  EXPECT_EQ(s.questions[2].kind, QuestionKind::likert);
  EXPECT_EQ(s.questions[2].items[0].code, "train[SQ001]");
}

// NULL (an unquoted empty field) is a question the respondent never saw: no answer at all,
// so not counted missing; "" was shown and left blank: a missing answer.
TEST(LimeSurveyLayout, NullIsNotShownWhileEmptyQuotedIsUnanswered) {
  const std::string header =
      "\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"train[SQ001]\";\"train[SQ002]\";\"why\"\r\n";
  const Survey s = read(header +
                        "\"1\";\"2024-03-02 10:14:55\";\"3\";\"en\";\"Agree\";\"Disagree\";\"Fine\"\r\n"
                        "\"2\";\"2024-03-02 10:20:00\";\"3\";\"en\";\"Agree\";;\r\n"
                        "\"3\";\"2024-03-02 10:30:00\";\"3\";\"en\";\"Agree\";\"\";\"\"\r\n");
  ASSERT_EQ(s.respondents.size(), 3u);
  auto answers_to = [&](const Respondent& r, std::size_t item) {
    std::vector<std::string> raw;
    for (const auto& a : r.answers)
      if (s.questions[a.question].code == "train" && a.item == item) raw.push_back(a.raw);
    return raw;
  };
  EXPECT_EQ(answers_to(s.respondents[0], 1), (std::vector<std::string>{"Disagree"}));
  EXPECT_TRUE(answers_to(s.respondents[1], 1).empty()) << "NULL: not shown, no answer record";
  EXPECT_EQ(answers_to(s.respondents[2], 1), (std::vector<std::string>{""})) << "\"\": shown, unanswered";

  // The same file re-saved by a spreadsheet loses the quotes: both read as unanswered.
  const Survey resaved = read(
      "id;submitdate;lastpage;startlanguage;train[SQ001];train[SQ002];why\r\n"
      "1;2024-03-02 10:14:55;3;en;Agree;Disagree;Fine\r\n"
      "2;2024-03-02 10:20:00;3;en;Agree;;\r\n");
  ASSERT_EQ(resaved.respondents.size(), 2u);
  std::size_t blank = 0;
  for (const auto& a : resaved.respondents[1].answers)
    if (resaved.questions[a.question].code == "train" && a.item == 1 && a.raw.empty()) ++blank;
  EXPECT_EQ(blank, 1u);
}

TEST(KoboLayout, HxlRowFlagsAndSystemColumns) {
  const Survey s = read(
      "\"start\";\"Sym\";\"Sym/Radial\";\"Sym/Bilateral\";\"Fine?\";\"_id\";\"_uuid\";\"_submission_time\";\"_submitted_by\"\r\n"
      "\"\";\"#sym\";\"\";\"\";\"\";\"\";\"\";\"\";\"\"\r\n"
      "\"2017-10-23T05:40:39.000-04:00\";\"Radial Bilateral\";\"1\";\"1\";\"Yes\";\"61\";\"u1\";\"2017-10-23T09:41:19\";\"None\"\r\n"
      "\"2017-10-23T05:41:14.000-04:00\";\"Radial\";\"1\";\"0\";\"No\";\"62\";\"u2\";\"2017-10-23T09:41:38\";\"ann\"\r\n");
  EXPECT_EQ(s.platform, "kobotoolbox");
  ASSERT_EQ(s.respondents.size(), 2u) << "the HXL row is a header row";
  EXPECT_EQ(s.respondents[0].external_id, "61");
  EXPECT_EQ(s.respondents[1].submitted_at, "2017-10-23T09:41:38");
  EXPECT_EQ(attribute(s.respondents[1], "submitted_by"), "ann");
  EXPECT_TRUE(is_personal_attribute("submitted_by"));
  EXPECT_EQ(s.questions[0].kind, QuestionKind::multi);
  EXPECT_EQ(chosen(s, 0, 0), (std::vector<std::string>{"Radial", "Bilateral"}));
  EXPECT_EQ(chosen(s, 1, 0), (std::vector<std::string>{"Radial"}));
}

TEST(OdkLayout, SpaceSeparatedNamesUseTheFormBesideTheData) {
  testing::TempDir dir;
  const std::string data = dir.write("f.csv",
                                     "SubmissionDate,fruit,meta-instanceID,KEY,SubmitterID\n"
                                     "2018-01-01T00:00:00.000Z,kiwi rice,uuid:1,uuid:1,5\n"
                                     "2018-01-02T00:00:00.000Z,rice,uuid:2,uuid:2,5\n");
  dir.write("f.xlsform.csv",
            "survey,,,\n,type,name,label\n,select_multiple fruit,fruit,Which do you eat?\n"
            "choices,,,\n,list_name,name,label\n,fruit,kiwi,Kiwi fruit\n,fruit,rice,Rice\n");
  auto table = read_csv_file(data);
  ASSERT_TRUE(table);
  auto s = read_survey(*table, ScaleVocabulary::builtin());
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(s->platform, "odk");
  EXPECT_EQ(s->questions[0].text, "Which do you eat?");
  EXPECT_EQ(s->questions[0].kind, QuestionKind::multi);
  EXPECT_EQ(chosen(*s, 0, 0), (std::vector<std::string>{"Kiwi fruit", "Rice"}));
  EXPECT_EQ(s->respondents[0].external_id, "uuid:1");
}

TEST(GenericLayout, AnswersMatchingNoScaleAreASingleChoiceNotLikert) {
  const Survey s = read("id,How was it?\n1,Brilliant\n2,Meh\n3,Brilliant\n4,Meh\n5,Meh\n");
  EXPECT_EQ(s.platform, "generic");
  EXPECT_EQ(s.questions[0].kind, QuestionKind::single);
  EXPECT_FALSE(s.questions[0].scale);
}

TEST(Detection, PlatformOverrideAndUnknownNames) {
  const Table t = parse_csv_text("Timestamp,Q\nx,Agree\n", "t.csv");
  EXPECT_EQ(read(t.rows.empty() ? "" : "Timestamp,Q\nx,Agree\n", "generic").platform, "generic");
  auto bad = read_survey(t, ScaleVocabulary::builtin(), "nonsense");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().kind, Error::Kind::usage);
  EXPECT_NE(bad.error().message.find("qualtrics"), std::string::npos);
  const Detection d = detect(t);
  EXPECT_EQ(d.platform, "google-forms");
  EXPECT_TRUE(d.steps.back().signature.matched);
  EXPECT_FALSE(d.steps.front().signature.matched);
}

// Every real public sample in ../shared ingests, or fails with a message saying what it is.
TEST(PublicSamples, EachIngestsOrSaysItIsAStructureFile) {
  const std::string dir = testing::shared_dir() + "/formats/samples";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "../shared is absent";
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    testing::TempDir tmp;
    auto r = testing::run_canvass("ingest --db s.db '" + e.path().string() + "'", tmp.path().string());
    if (name.ends_with(".lss") || name.ends_with(".sss")) {
      EXPECT_EQ(r.exit_code, 3) << name;
      // A .lss is a structure file; the standard's .sss sample ships without its data file.
      EXPECT_NE(r.err.find(name.ends_with(".lss") ? "LimeSurvey survey structure" : "the data file is missing"),
                std::string::npos)
          << name << ": " << r.err;
      continue;
    }
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
  }
}

}  // namespace
}  // namespace canvass
