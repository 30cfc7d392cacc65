// The LimeSurvey structure file (.lss): read in both layouts (texts inline with a language
// column before DBVersion 400, *_l10ns tables after), the real sample in ../shared, and how
// a .lss beside a code export labels it — or is passed over, with a note saying why.
#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/load_survey.hpp"
#include "layouts/detect.hpp"
#include "layouts/limesurvey_labels.hpp"
#include "layouts/limesurvey_structure.hpp"
#include "sources/csv_reader.hpp"
#include "test_support.hpp"
#include "text/html_text.hpp"

namespace canvass {
namespace {

using Row = std::vector<std::pair<std::string, std::string>>;

// One table as LimeSurvey dumps it: <fields> then <rows>, each value in CDATA, an empty
// value self-closed.
std::string dump_table(const std::string& name, const std::vector<Row>& rows) {
  std::string out = " <" + name + ">\n  <fields>\n";
  if (!rows.empty())
    for (const auto& [column, v] : rows.front()) out += "   <fieldname>" + column + "</fieldname>\n";
  out += "  </fields>\n  <rows>\n";
  for (const auto& row : rows) {
    out += "   <row>\n";
    for (const auto& [column, v] : row)
      out += v.empty() ? "    <" + column + "/>\n" : "    <" + column + "><![CDATA[" + v + "]]></" + column + ">\n";
    out += "   </row>\n";
  }
  return out + "  </rows>\n </" + name + ">\n";
}

std::string document(int db_version, const std::vector<std::string>& languages, const std::string& tables) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n <LimeSurveyDocType>Survey</LimeSurveyDocType>\n";
  out += " <DBVersion>" + std::to_string(db_version) + "</DBVersion>\n <languages>\n";
  for (const auto& l : languages) out += "  <language>" + l + "</language>\n";
  return out + " </languages>\n" + tables + "</document>\n";
}

Row question(const std::string& qid, const std::string& parent, const std::string& type, const std::string& title,
             const std::string& order, const std::string& scale = "0") {
  return {{"qid", qid},   {"parent_qid", parent},       {"sid", "111111"}, {"gid", "1"},
          {"type", type}, {"title", title},             {"other", "N"},    {"question_order", order},
          {"scale_id", scale}};
}

Row surveys_row(const std::string& sid, const std::string& base) {
  return {{"sid", sid}, {"language", base}, {"additional_languages", ""}};
}

// A LimeSurvey 5/6 (DBVersion >= 400) survey: base language English with a German
// translation listed first, as LimeSurvey lists additional languages before the base one.
// Q `grid` (F) with two statements whose answers are written out of sortorder, `role` (L)
// with an "Other" choice, `yn` (Y), `five` (5), `tick` (M), `dual` (1, two scales).
std::string new_layout(const std::string& sid = "111111") {
  std::vector<Row> answers, answer_l10ns, questions, subquestions, l10ns;
  int aid = 0;
  auto answer = [&](const std::string& qid, const std::string& code, const std::string& order, const std::string& en,
                    const std::string& de, const std::string& scale = "0") {
    const std::string id = std::to_string(++aid);
    answers.push_back({{"aid", id}, {"qid", qid}, {"code", code}, {"sortorder", order}, {"assessment_value", "0"},
                       {"scale_id", scale}});
    answer_l10ns.push_back({{"id", id}, {"aid", id}, {"answer", de}, {"language", "de"}});
    answer_l10ns.push_back({{"id", id + "0"}, {"aid", id}, {"answer", en}, {"language", "en"}});
  };
  auto text = [&](const std::string& qid, const std::string& en, const std::string& de) {
    l10ns.push_back({{"id", qid + "1"}, {"qid", qid}, {"question", de}, {"help", ""}, {"language", "de"}});
    l10ns.push_back({{"id", qid + "2"}, {"qid", qid}, {"question", en}, {"help", ""}, {"language", "en"}});
  };
  questions = {question("10", "0", "F", "grid", "1"), question("20", "0", "L", "role", "2"),
               question("30", "0", "Y", "yn", "3"),   question("40", "0", "5", "five", "4"),
               question("50", "0", "M", "tick", "5"), question("60", "0", "1", "dual", "6")};
  questions[1][6].second = "Y";  // role: other = Y
  subquestions = {question("12", "10", "T", "SQ002", "2"), question("11", "10", "T", "SQ001", "1"),
                  question("51", "50", "T", "SQ001", "1"), question("52", "50", "T", "SQ002", "2"),
                  question("61", "60", "T", "SQ001", "1")};
  text("10", "<p>How far do you agree?</p>", "Wie sehr stimmen Sie zu?");
  text("11", "Tea is <b>good</b>", "Tee ist gut");
  text("12", "Coffee&nbsp;is good", "Kaffee ist gut");
  text("20", "What is your role?", "Ihre Rolle?");
  text("30", "Did you enjoy it?", "Hat es gefallen?");
  text("40", "Rate it", "Bewerten");
  text("50", "Which did you use?", "Was haben Sie benutzt?");
  text("51", "The handbook", "Das Handbuch");
  text("52", "The videos", "Die Videos");
  text("60", "Rate each", "Bewerten Sie");
  text("61", "Lunch", "Mittagessen");
  answer("10", "A3", "2", "Disagree", "Stimme nicht zu");
  answer("10", "A1", "0", "Agree", "Stimme zu");
  answer("10", "A2", "1", "Neither agree nor disagree", "Weder noch");
  answer("20", "R1", "0", "Teacher", "Lehrkraft");
  answer("20", "R2", "1", "Support staff", "Hilfskraft");
  answer("60", "1", "0", "Good", "Gut");
  answer("60", "2", "1", "Poor", "Schlecht");
  answer("60", "1", "0", "Important", "Wichtig", "1");
  answer("60", "2", "1", "Unimportant", "Unwichtig", "1");
  const std::vector<Row> attributes{{{"qid", "60"}, {"attribute", "dualscale_headerA"}, {"value", "Quality"}, {"language", "en"}},
                                    {{"qid", "60"}, {"attribute", "dualscale_headerB"}, {"value", ""}, {"language", "en"}}};
  const std::vector<Row> settings{
      {{"surveyls_survey_id", sid}, {"surveyls_language", "de"}, {"surveyls_title", "Schulung"}},
      {{"surveyls_survey_id", sid}, {"surveyls_language", "en"}, {"surveyls_title", "Training &amp; support"}}};
  return document(631, {"de", "en"},
                  dump_table("answers", answers) + dump_table("answer_l10ns", answer_l10ns) +
                      dump_table("questions", questions) + dump_table("subquestions", subquestions) +
                      dump_table("question_l10ns", l10ns) + dump_table("question_attributes", attributes) +
                      dump_table("surveys", {surveys_row(sid, "en")}) + dump_table("surveys_languagesettings", settings));
}

// LimeSurvey 3 (DBVersion < 400): one row per question and language with the text inline;
// answers carry their text and language. `subquestions_in_questions` puts the subquestions
// as rows of <questions> (parent_qid set) instead of their own table.
std::string old_layout(bool subquestions_in_questions) {
  auto q = [](const std::string& qid, const std::string& parent, const std::string& type, const std::string& title,
              const std::string& order, const std::string& text, const std::string& language) {
    Row r = question(qid, parent, type, title, order);
    r.insert(r.begin() + 6, Row::value_type{"question", text});
    r.push_back({"language", language});
    return r;
  };
  std::vector<Row> questions{q("10", "0", "F", "grid", "1", "Stimmen Sie zu?", "de"),
                             q("10", "0", "F", "grid", "1", "Do you agree?", "en")};
  std::vector<Row> subs{q("11", "10", "T", "SQ001", "1", "Tee", "de"), q("11", "10", "T", "SQ001", "1", "Tea", "en"),
                        q("12", "10", "T", "SQ002", "2", "Coffee", "en"), q("12", "10", "T", "SQ002", "2", "Kaffee", "de")};
  auto a = [](const std::string& code, const std::string& text, const std::string& order, const std::string& language) {
    return Row{{"qid", "10"}, {"code", code},         {"answer", text},
               {"sortorder", order}, {"assessment_value", "0"}, {"language", language}, {"scale_id", "0"}};
  };
  const std::vector<Row> answers{a("A1", "Stimme zu", "1", "de"), a("A1", "Agree", "1", "en"),
                                 a("A2", "Disagree", "2", "en"), a("A2", "Stimme nicht zu", "2", "de")};
  std::string tables = dump_table("answers", answers);
  if (subquestions_in_questions) {
    questions.insert(questions.end(), subs.begin(), subs.end());
    tables += dump_table("questions", questions);
  } else {
    tables += dump_table("questions", questions) + dump_table("subquestions", subs);
  }
  tables += dump_table("surveys", {surveys_row("222222", "en")});
  return document(359, {"de", "en"}, tables);
}

std::string labels_of(const LimeSurveyQuestion& q, int scale = 0) {
  std::string out;
  auto it = q.answers.find(scale);
  if (it == q.answers.end()) return "<none>";
  for (const auto& a : it->second) out += a.code + "=" + a.label + ";";
  return out;
}

TEST(LimeSurveyStructure, NewLayoutTakesTheBaseLanguagesTextsInSortOrder) {
  auto s = parse_limesurvey_structure(new_layout(), "s.lss");
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(s->db_version, 631);
  EXPECT_EQ(s->survey_id, "111111");
  EXPECT_EQ(s->language, "en") << "the survey's own language, not the first listed";
  EXPECT_EQ(s->title, "Training & support");
  ASSERT_EQ(s->questions.size(), 6u);
  const LimeSurveyQuestion* grid = s->question("grid");
  ASSERT_TRUE(grid);
  EXPECT_EQ(grid->type, "F");
  EXPECT_EQ(grid->text, "How far do you agree?") << "HTML flattened";
  ASSERT_EQ(grid->subquestions.size(), 2u);
  EXPECT_EQ(grid->subquestions[0].code, "SQ001") << "in question_order, not file order";
  EXPECT_EQ(grid->subquestions[0].text, "Tea is good");
  EXPECT_EQ(grid->subquestions[1].text, "Coffee is good");
  EXPECT_EQ(labels_of(*grid), "A1=Agree;A2=Neither agree nor disagree;A3=Disagree;");
  EXPECT_TRUE(s->question("role")->has_other);
  const LimeSurveyQuestion* dual = s->question("dual");
  ASSERT_TRUE(dual);
  EXPECT_EQ(labels_of(*dual, 0), "1=Good;2=Poor;");
  EXPECT_EQ(labels_of(*dual, 1), "1=Important;2=Unimportant;");
  EXPECT_EQ(dual->scale_headers[0], "Quality");
  EXPECT_EQ(dual->scale_headers[1], "");
  EXPECT_FALSE(s->question("SQ001")) << "subquestions are not questions";
}

TEST(LimeSurveyStructure, OldLayoutKeepsTextsInlineWithALanguage) {
  for (bool in_questions : {false, true}) {
    auto s = parse_limesurvey_structure(old_layout(in_questions), "old.lss");
    ASSERT_TRUE(s) << s.error().to_string();
    EXPECT_EQ(s->db_version, 359);
    EXPECT_EQ(s->language, "en");
    ASSERT_EQ(s->questions.size(), 1u) << "one question however many languages";
    const LimeSurveyQuestion& grid = s->questions[0];
    EXPECT_EQ(grid.text, "Do you agree?");
    ASSERT_EQ(grid.subquestions.size(), 2u) << (in_questions ? "subquestions in <questions>" : "in <subquestions>");
    EXPECT_EQ(grid.subquestions[0].text, "Tea");
    EXPECT_EQ(grid.subquestions[1].text, "Coffee");
    EXPECT_EQ(labels_of(grid), "A1=Agree;A2=Disagree;");
  }
}

TEST(LimeSurveyStructure, MalformedXmlIsAnErrorWithLineAndColumn) {
  std::string bad = new_layout();
  bad.replace(bad.find("</questions>"), 12, "</question>");
  auto s = parse_limesurvey_structure(bad, "bad.lss");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().where.file, "bad.lss");
  EXPECT_GT(s.error().where.line, 1u);
  EXPECT_GT(s.error().where.column, 0u);
}

TEST(LimeSurveyStructure, DoctypeAndEntitiesAreRefusedSafely) {
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">"
      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<document><LimeSurveyDocType>Survey</LimeSurveyDocType><questions><rows><row><title>&c;&x;</title>"
      "</row></rows></questions></document>\n";
  auto s = parse_limesurvey_structure(laughs, "evil.lss");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("DOCTYPE"), std::string::npos) << s.error().to_string();
  EXPECT_EQ(s.error().to_string().find("root:"), std::string::npos) << "nothing from outside the document";
}

TEST(LimeSurveyStructure, OtherDocumentsAreNotSurveyStructures) {
  auto group = parse_limesurvey_structure(
      "<document><LimeSurveyDocType>Group</LimeSurveyDocType></document>", "g.lsg");
  ASSERT_FALSE(group);
  EXPECT_NE(group.error().message.find("Group"), std::string::npos);
  auto other = parse_limesurvey_structure("<sss version=\"2.0\"/>", "x.lss");
  ASSERT_FALSE(other);
  EXPECT_NE(other.error().message.find("<sss>"), std::string::npos);
}

TEST(LimeSurveyStructure, TheSharedSampleDualScaleQuestion) {
  const std::string path = testing::shared_dir() + "/formats/samples/limesurvey__survey-dual-scale-question-api-test.lss";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "../shared is absent: " << path;
  auto s = read_limesurvey_structure(path);
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(s->db_version, 495);
  EXPECT_EQ(s->survey_id, "372723");
  EXPECT_EQ(s->language, "en");
  EXPECT_EQ(s->title, "Test");
  ASSERT_EQ(s->questions.size(), 1u);
  const LimeSurveyQuestion& q = s->questions[0];
  EXPECT_EQ(q.code, "Q00");
  EXPECT_EQ(q.type, "1");
  EXPECT_EQ(q.text, "A first example question. Please answer this question:");
  ASSERT_EQ(q.subquestions.size(), 1u);
  EXPECT_EQ(q.subquestions[0].code, "SQ001");
  EXPECT_EQ(q.subquestions[0].text, "Question one");
  EXPECT_EQ(labels_of(q, 0), "1=Good;2=Important;");
  EXPECT_EQ(labels_of(q, 1), "1=Bad;2=Not important;");
}

TEST(HtmlText, FlattensTagsAndEntities) {
  EXPECT_EQ(html_to_plain_text("<p>Tom &amp; Jerry<br/>agree</p>"), "Tom & Jerry agree");
  EXPECT_EQ(html_to_plain_text("un<b>like</b>ly &#8211; &#x2019;s &hellip;"), "unlikely \xE2\x80\x93 \xE2\x80\x99s \xE2\x80\xA6");
  EXPECT_EQ(html_to_plain_text("a < b &unknown; &amp"), "a < b &unknown; &amp");
  EXPECT_EQ(html_to_plain_text("Don&#039;t&nbsp;know"), "Don't know");
}

// --- a .lss beside a code export ---------------------------------------------------

const char* kHeader =
    "\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"grid[SQ001]\";\"grid[SQ002]\";\"role\";\"role[other]\";"
    "\"yn\";\"five\";\"tick[SQ001]\";\"tick[SQ002]\";\"dual[SQ001][1]\";\"dual[SQ001][2]\"\r\n";
const char* kRows =
    "\"1\";\"2024-03-02 10:14:55\";\"3\";\"en\";\"A1\";\"A3\";\"R1\";\"\";\"Y\";\"4\";\"Y\";\"\";\"1\";\"1\"\r\n"
    "\"2\";\"2024-03-02 10:20:00\";\"3\";\"en\";\"A2\";\"A1\";\"-oth-\";\"Governor\";\"N\";\"5\";\"\";\"\";\"2\";\"1\"\r\n"
    "\"3\";\"2024-03-02 10:30:00\";\"3\";\"en\";\"A1\";\"\";\"R2\";\"\";\"Y\";\"2\";\"\";\"Y\";\"1\";\"2\"\r\n\r\n";

struct Export {
  testing::TempDir dir;
  std::string csv;
  Export(const std::string& name, const std::string& lss_name, const std::string& lss) {
    csv = dir.write(name, std::string("\xEF\xBB\xBF") + kHeader + kRows);
    if (!lss_name.empty()) dir.write(lss_name, lss);
  }
  SurveyReading read() const {
    auto table = read_csv_file(csv);
    EXPECT_TRUE(table);
    auto r = read_survey_explained(*table, ScaleVocabulary::builtin());
    EXPECT_TRUE(r) << (r ? "" : r.error().to_string());
    return r ? std::move(r).value() : SurveyReading{};
  }
};

const Question* find(const Survey& s, const std::string& code) {
  for (const auto& q : s.questions)
    if (q.code == code) return &q;
  return nullptr;
}

std::vector<std::string> raw_answers(const Survey& s, const std::string& code, std::size_t item = 0) {
  std::vector<std::string> out;
  for (std::size_t q = 0; q < s.questions.size(); ++q)
    if (s.questions[q].code == code)
      for (const auto& r : s.respondents)
        for (const auto& a : r.answers)
          if (a.question == q && a.item == item) out.push_back(a.raw);
  return out;
}

bool notes_say(const SurveyPlan& plan, const std::string& text) {
  for (const auto& n : plan.notes)
    if (n.find(text) != std::string::npos) return true;
  return false;
}

std::string all_notes(const SurveyPlan& plan) {
  std::string out;
  for (const auto& n : plan.notes) out += n + "\n";
  return out;
}

TEST(LimeSurveyLabels, ALssBesideACodeExportGivesTextsAndLabels) {
  Export e("export.csv", "export.lss", new_layout());
  const SurveyReading r = e.read();
  const Survey& s = r.survey;
  EXPECT_TRUE(notes_say(r.plan, "from the .lss beside the export: export.lss")) << all_notes(r.plan);

  const Question* grid = find(s, "grid");
  ASSERT_TRUE(grid);
  EXPECT_EQ(grid->text, "How far do you agree?");
  EXPECT_EQ(grid->kind, QuestionKind::likert) << "codes labelled, the agreement scale is recognised";
  ASSERT_EQ(grid->items.size(), 2u);
  EXPECT_EQ(grid->items[0].text, "Tea is good");
  EXPECT_EQ(grid->items[1].text, "Coffee is good");
  EXPECT_EQ(raw_answers(s, "grid", 0), (std::vector<std::string>{"Agree", "Neither agree nor disagree", "Agree"}));
  ASSERT_TRUE(grid->scale);
  for (const auto& level : grid->scale->levels) {
    if (level.label == "Agree") {
      EXPECT_EQ(level.code, "A1") << "the level keeps LimeSurvey's code";
    }
  }

  const Question* role = find(s, "role");
  ASSERT_TRUE(role);
  EXPECT_EQ(role->text, "What is your role?");
  EXPECT_EQ(raw_answers(s, "role"), (std::vector<std::string>{"Teacher", "Other", "Support staff"}));
  EXPECT_EQ(s.respondents[1].comments.size(), 1u) << "role[other] stays the other box";

  EXPECT_EQ(raw_answers(s, "yn"), (std::vector<std::string>{"Yes", "No", "Yes"}));
  EXPECT_EQ(raw_answers(s, "five"), (std::vector<std::string>{"4", "5", "2"})) << "a 5-point choice keeps its numbers";

  const Question* tick = find(s, "tick");
  ASSERT_TRUE(tick);
  EXPECT_EQ(tick->kind, QuestionKind::multi);
  EXPECT_EQ(tick->choices, (std::vector<std::string>{"The handbook", "The videos"}));

  const Question* dual = find(s, "dual");
  ASSERT_TRUE(dual);
  ASSERT_EQ(dual->items.size(), 2u);
  EXPECT_EQ(dual->items[0].text, "Lunch [Quality]") << "scale A's header";
  EXPECT_EQ(dual->items[1].text, "Lunch [Scale 2]") << "no header for scale B: LimeSurvey's own words";
  EXPECT_EQ(raw_answers(s, "dual", 0), (std::vector<std::string>{"Good", "Poor", "Good"}));
  EXPECT_EQ(raw_answers(s, "dual", 1), (std::vector<std::string>{"Important", "Important", "Unimportant"}))
      << "code 1 means something else on the second scale";
}

TEST(LimeSurveyLabels, WithoutALssCodesStandAsAnswers) {
  Export e("export.csv", "", "");
  const SurveyReading r = e.read();
  EXPECT_TRUE(notes_say(r.plan, "no .lss beside the export")) << all_notes(r.plan);
  EXPECT_EQ(raw_answers(r.survey, "yn"), (std::vector<std::string>{"Y", "N", "Y"})) << "codes stand as answers";
  EXPECT_EQ(find(r.survey, "grid")->text, "grid");
}

TEST(LimeSurveyLabels, LimeSurveysOwnFileNamesPairBySurveyId) {
  Export e("results-survey111111.csv", "limesurvey_survey_111111.lss", new_layout("111111"));
  const SurveyReading r = e.read();
  EXPECT_TRUE(notes_say(r.plan, "limesurvey_survey_111111.lss (survey 111111 \"Training & support\", language en)"))
      << all_notes(r.plan);
  EXPECT_EQ(raw_answers(r.survey, "yn"), (std::vector<std::string>{"Yes", "No", "Yes"}));
  EXPECT_EQ(survey_id_in_export_name("/x/results-survey111111 (1).csv"), "111111");
  EXPECT_EQ(survey_id_in_export_name("/x/results-survey.csv"), std::nullopt);
  EXPECT_EQ(survey_id_in_export_name("/x/results-survey12x.csv"), std::nullopt);
}

TEST(LimeSurveyLabels, ALssOfAnotherSurveyIsNotUsed) {
  // The name says survey 333333; the .lss beside it under the same stem is survey 111111.
  Export e("results-survey333333.csv", "results-survey333333.lss", new_layout("111111"));
  const SurveyReading r = e.read();
  EXPECT_TRUE(notes_say(r.plan, "is survey 111111, the export survey 333333: not used")) << all_notes(r.plan);
  EXPECT_EQ(raw_answers(r.survey, "yn"), (std::vector<std::string>{"Y", "N", "Y"})) << "codes stand as answers";
}

TEST(LimeSurveyLabels, ALssWhoseCodesDoNotMatchIsNotUsed) {
  std::string lss = new_layout();
  lss.replace(lss.find("[CDATA[tick]]"), 13, "[CDATA[used]]");  // the export's `tick` is not in it
  Export e("export.csv", "export.lss", lss);
  const SurveyReading r = e.read();
  EXPECT_TRUE(notes_say(r.plan, "does not describe this export: 2 of 10 code headings are not in it (`tick[SQ001]`, "
                                "`tick[SQ002]`): not used"))
      << all_notes(r.plan);
  EXPECT_EQ(raw_answers(r.survey, "yn"), (std::vector<std::string>{"Y", "N", "Y"})) << "codes stand as answers";
  EXPECT_EQ(find(r.survey, "grid")->text, "grid") << "nothing taken from a .lss that is not this survey's";
}

TEST(LimeSurveyLabels, AMalformedLssLeavesTheExportReadable) {
  std::string lss = new_layout();
  lss.replace(lss.find("<rows>"), 6, "<rows");
  Export e("export.csv", "export.lss", lss);
  const SurveyReading r = e.read();
  EXPECT_TRUE(notes_say(r.plan, "could not read the .lss: ")) << all_notes(r.plan);
  EXPECT_TRUE(notes_say(r.plan, "export.lss:")) << "the note names the file and position\n" << all_notes(r.plan);
  EXPECT_EQ(r.survey.respondents.size(), 3u);
  EXPECT_EQ(raw_answers(r.survey, "yn"), (std::vector<std::string>{"Y", "N", "Y"})) << "codes stand as answers";
}

TEST(LimeSurveyLabels, ALssWithADoctypeIsRefusedAndTheExportStillRead) {
  std::string lss = new_layout();
  lss.insert(lss.find("<document>"), "<!DOCTYPE document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n");
  Export e("export.csv", "export.lss", lss);
  const SurveyReading r = e.read();
  EXPECT_TRUE(notes_say(r.plan, "could not read the .lss: ")) << all_notes(r.plan);
  EXPECT_TRUE(notes_say(r.plan, "DOCTYPE")) << all_notes(r.plan);
  EXPECT_EQ(r.survey.respondents.size(), 3u);
}

TEST(LimeSurveyLabels, SharedSampleLabelsADualScaleExport) {
  const std::string sample = testing::shared_dir() + "/formats/samples/limesurvey__survey-dual-scale-question-api-test.lss";
  if (!std::filesystem::exists(sample)) GTEST_SKIP() << "../shared is absent: " << sample;
  testing::TempDir dir;  // the sample is read from ../shared into a scratch folder, never into the project
  dir.write("limesurvey_survey_372723.lss", testing::read_text(sample));
  const std::string csv = dir.write("results-survey372723.csv",
                                    "\xEF\xBB\xBF\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";"
                                    "\"Q00[SQ001][1]\";\"Q00[SQ001][2]\"\r\n"
                                    "\"1\";\"2024-01-01 10:00:00\";\"1\";\"en\";\"1\";\"1\"\r\n"
                                    "\"2\";\"2024-01-01 11:00:00\";\"1\";\"en\";\"2\";\"2\"\r\n\r\n");
  auto loaded = load_survey_file(csv, ScaleVocabulary::builtin());
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  const Survey& s = loaded->survey;
  const Question* q = find(s, "Q00");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->text, "A first example question. Please answer this question:");
  ASSERT_EQ(q->items.size(), 2u);
  EXPECT_EQ(q->items[0].text, "Question one [Scale 1]");
  EXPECT_EQ(q->items[1].text, "Question one [Scale 2]");
  EXPECT_EQ(raw_answers(s, "Q00", 0), (std::vector<std::string>{"Good", "Important"}));
  EXPECT_EQ(raw_answers(s, "Q00", 1), (std::vector<std::string>{"Bad", "Not important"}));
}

// An export may carry participant-table columns and only some of the survey's questions:
// neither stops the .lss being used.
TEST(LimeSurveyLabels, ParticipantColumnsAndASubsetOfQuestionsStillMatch) {
  testing::TempDir dir;
  dir.write("part.lss", new_layout());
  const std::string csv = dir.write("part.csv",
                                    "\"id\";\"submitdate\";\"lastpage\";\"startlanguage\";\"tid\";\"attribute_1\";\"yn\"\r\n"
                                    "\"1\";\"2024-03-02 10:14:55\";\"1\";\"en\";\"4\";\"North\";\"N\"\r\n"
                                    "\"2\";\"2024-03-02 10:15:55\";\"1\";\"en\";\"5\";\"South\";\"Y\"\r\n\r\n");
  auto table = read_csv_file(csv);
  ASSERT_TRUE(table);
  auto r = read_survey_explained(*table, ScaleVocabulary::builtin());
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_TRUE(notes_say(r->plan, "from the .lss beside the export: part.lss")) << all_notes(r->plan);
  EXPECT_EQ(raw_answers(r->survey, "yn"), (std::vector<std::string>{"No", "Yes"}));
}

TEST(LimeSurveyLabels, ALssPairsWithTheExportItLabels) {
  testing::TempDir dir;
  dir.write("a.csv", "x");
  dir.write("results-survey42.csv", "x");
  EXPECT_TRUE(labels_an_export_beside_it(dir.write("a.lss", "x")));
  EXPECT_TRUE(labels_an_export_beside_it(dir.write("limesurvey_survey_42.lss", "x")));
  EXPECT_FALSE(labels_an_export_beside_it(dir.write("limesurvey_survey_43.lss", "x")));
  EXPECT_FALSE(labels_an_export_beside_it(dir.write("lonely.lss", "x")));
}

}  // namespace
}  // namespace canvass
