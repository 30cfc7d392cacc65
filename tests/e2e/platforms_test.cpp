// End to end: the same small survey ("Staff training feedback", /work/platforms-survey.md)
// exported in every supported layout under samples/platforms/ must read into identical
// questions, items, respondents and answers, and `canvass dist --format csv` must print the
// distributions computed here independently from the survey's own table. Files another
// branch has not delivered yet are skipped with a message, so they are tested once present.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>

#include "ingest/load_survey.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

const char* kRole = "What is your role?";
const char* kGrid = "How far do you agree with the following statements?";
const char* kImprove = "What could be improved?";
const std::vector<std::string> kStatements{"The training was useful", "I had enough time to practise",
                                           "I would recommend it to a colleague"};

// The survey's table: role, S1..S3 (0 = no answer, 1..5 = Strongly disagree..Strongly agree,
// 9 = Don't know), improvement comment.
struct Person {
  const char* role;
  int s[3];
  const char* improve;
};
const Person kPeople[] = {
    {"Teacher", {5, 4, 5}, "More time for practice, please."},
    {"Teacher", {4, 2, 4}, "The room was too hot."},
    {"Support staff", {4, 3, 4}, ""},
    {"Teacher", {1, 1, 2}, "It was not relevant to my role."},
    {"Support staff", {5, 4, 9}, "Shorter sessions would help."},
    {"Teacher", {4, 4, 5}, ""},
    {"Support staff", {3, 0, 4}, "Handouts in advance."},
    {"Teacher", {5, 5, 5}, "Excellent, thank you."},
};
const char* kLabels[] = {"", "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};

// Every export of the survey: those made here, and those the containers branch makes.
const std::vector<std::string> kExpected{
    "google-forms.csv", "google-forms-direct.csv", "qualtrics.csv",     "qualtrics-legacy.csv", "surveymonkey.csv",
    "microsoft-forms.csv", "limesurvey.csv",       "limesurvey-codes.csv", "kobotoolbox.csv", "odk.csv",
    "smartsurvey.csv",  "jisc.csv",                "generic.csv",       "microsoft-forms.xlsx", "surveymonkey.xlsx",
    "spss.sav",         "triple-s.sss"};

// Files in the folder that are not exports themselves: read alongside one.
bool is_companion(const std::string& name) {
  return name == "README.md" || name.ends_with(".xlsform.csv") || name.ends_with(".lss") || name.ends_with(".asc") ||
         name.ends_with(".dat");
}

std::vector<std::string> exports() {
  std::set<std::string> names(kExpected.begin(), kExpected.end());
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(testing::sample("platforms"), ec))
    if (e.is_regular_file() && !is_companion(e.path().filename().string())) names.insert(e.path().filename().string());
  return {names.begin(), names.end()};
}

// Microsoft Forms writes a Likert question's statements as bare columns without its title.
bool carries_grid_title(const std::string& name) { return !name.starts_with("microsoft-forms"); }

std::string expected_dist_csv(bool with_grid_title, const std::string& title_instead) {
  std::string out = "question,item,group,level,label,count,percent,n\n";
  for (int s = 0; s < 3; ++s) {
    int count[10] = {};
    for (const auto& p : kPeople) ++count[p.s[s]];
    const int n = count[1] + count[2] + count[3] + count[4] + count[5];
    const std::string question = with_grid_title ? kGrid : title_instead;
    for (int level = 5; level >= 1; --level) {
      char pct[32];
      std::snprintf(pct, sizeof pct, "%.1f", 100.0 * count[level] / n);
      out += question + "," + kStatements[s] + ",," + std::to_string(level) + "," + kLabels[level] + "," +
             std::to_string(count[level]) + "," + pct + "," + std::to_string(n) + "\n";
    }
    // The grid's scale carries "Don't know" (someone answered it), so every statement lists it.
    out += question + "," + kStatements[s] + ",,6,Don't know," + std::to_string(count[9]) + ",," + std::to_string(n) + "\n";
  }
  return out;
}

class PlatformExport : public ::testing::TestWithParam<std::string> {
 protected:
  std::string path() const { return testing::sample("platforms/" + GetParam()); }
  bool present() const { return std::filesystem::exists(path()); }
};

const Question* find_question(const Survey& s, const std::string& text, std::size_t* index = nullptr) {
  for (std::size_t i = 0; i < s.questions.size(); ++i)
    if (s.questions[i].text == text) {
      if (index) *index = i;
      return &s.questions[i];
    }
  return nullptr;
}

TEST_P(PlatformExport, ReadsIntoTheSameRecords) {
  if (!present()) GTEST_SKIP() << GetParam() << " is not in samples/platforms yet (made on another branch)";
  auto loaded = load_survey_file(path(), ScaleVocabulary::builtin());
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  const Survey& s = loaded->survey;
  EXPECT_TRUE(s.rejects.empty());
  ASSERT_EQ(s.respondents.size(), std::size(kPeople));

  std::size_t role_q = 0, grid_q = 0, improve_q = 0;
  const Question* role = find_question(s, kRole, &role_q);
  ASSERT_TRUE(role);
  EXPECT_EQ(role->kind, QuestionKind::single);
  const Question* improve = find_question(s, kImprove, &improve_q);
  ASSERT_TRUE(improve);
  EXPECT_EQ(improve->kind, QuestionKind::text);
  const Question* grid = nullptr;
  for (std::size_t i = 0; i < s.questions.size(); ++i)
    if (s.questions[i].kind == QuestionKind::likert) {
      EXPECT_EQ(grid, nullptr) << "one Likert question only";
      grid = &s.questions[i];
      grid_q = i;
    }
  ASSERT_TRUE(grid);
  if (carries_grid_title(GetParam())) {
    EXPECT_EQ(grid->text, kGrid);
  }
  ASSERT_EQ(grid->items.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(grid->items[i].text, kStatements[i]);
  ASSERT_TRUE(grid->scale);
  EXPECT_EQ(grid->scale->family, "agreement");
  EXPECT_EQ(grid->scale->points(), 5);
  ASSERT_EQ(grid->scale->levels.size(), 6u);
  EXPECT_EQ(grid->scale->levels[5].label, "Don't know");
  EXPECT_EQ(grid->scale->levels[5].polarity, Polarity::nonsubstantive);

  for (std::size_t r = 0; r < std::size(kPeople); ++r) {
    const Respondent& person = s.respondents[r];
    const Person& want = kPeople[r];
    std::string role_answer;
    std::optional<int> level[3];
    for (const auto& a : person.answers) {
      if (a.question == role_q) role_answer = a.raw;
      if (a.question == grid_q) level[a.item] = a.level;
    }
    EXPECT_EQ(role_answer, want.role) << "respondent " << r + 1;
    for (int i = 0; i < 3; ++i) {
      const std::optional<int> expected =
          want.s[i] == 0 ? std::nullopt : std::optional<int>(want.s[i] == 9 ? 6 : want.s[i]);
      EXPECT_EQ(level[i], expected) << "respondent " << r + 1 << " statement " << i + 1;
    }
    std::string comment;
    for (const auto& c : person.comments)
      if (c.question == improve_q) comment = c.text;
    EXPECT_EQ(comment, want.improve) << "respondent " << r + 1;
    bool has_role_attribute = false;
    for (const auto& a : person.attributes) has_role_attribute = has_role_attribute || (a.name == role->code && a.value == want.role);
    EXPECT_TRUE(has_role_attribute) << "breakdowns use the role as attribute " << role->code;
  }
}

TEST_P(PlatformExport, DistPrintsTheSurveysDistributions) {
  if (!present()) GTEST_SKIP() << GetParam() << " is not in samples/platforms yet (made on another branch)";
  auto r = testing::run_canvass("dist --format csv '" + path() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, expected_dist_csv(carries_grid_title(GetParam()), "Statements rated on one agreement scale"));
}

TEST_P(PlatformExport, InspectExplainsTheReading) {
  if (!present()) GTEST_SKIP() << GetParam() << " is not in samples/platforms yet (made on another branch)";
  auto r = testing::run_canvass("inspect '" + path() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* line : {"platform: ", "header rows: ", "respondents: 8 ", "likert", "scale: agreement-5 (5 points)",
                           "off the scale: Don't know"})
    EXPECT_NE(r.out.find(line), std::string::npos) << line << "\n" << r.out;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string n;
  for (char c : info.param) n += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return n;
}

INSTANTIATE_TEST_SUITE_P(SamplesPlatforms, PlatformExport, ::testing::ValuesIn(exports()), test_name);

TEST(PlatformExports, EveryLayoutMadeHereIsPresent) {
  for (const char* name : {"google-forms.csv", "google-forms-direct.csv", "qualtrics.csv", "qualtrics-legacy.csv",
                           "surveymonkey.csv", "microsoft-forms.csv", "limesurvey.csv", "limesurvey-codes.csv",
                           "limesurvey-codes.lss", "kobotoolbox.csv", "odk.csv", "smartsurvey.csv", "jisc.csv",
                           "generic.csv"})
    EXPECT_TRUE(std::filesystem::exists(testing::sample(std::string("platforms/") + name))) << name;
}

TEST(PlatformExports, EachIsDetectedAsItsOwnPlatform) {
  const std::pair<const char*, const char*> expected[] = {
      {"google-forms.csv", "google-forms"}, {"google-forms-direct.csv", "google-forms"},
      {"qualtrics.csv", "qualtrics"},       {"qualtrics-legacy.csv", "qualtrics-legacy"},
      {"surveymonkey.csv", "surveymonkey"}, {"microsoft-forms.csv", "microsoft-forms"},
      {"limesurvey.csv", "limesurvey"},     {"limesurvey-codes.csv", "limesurvey"},
      {"kobotoolbox.csv", "kobotoolbox"},
      {"odk.csv", "odk"},                   {"smartsurvey.csv", "smartsurvey"},
      {"jisc.csv", "jisc"},                 {"generic.csv", "generic"}};
  for (const auto& [file, platform] : expected) {
    auto loaded = load_survey_file(testing::sample(std::string("platforms/") + file), ScaleVocabulary::builtin());
    ASSERT_TRUE(loaded) << file;
    EXPECT_EQ(loaded->survey.platform, platform) << file;
  }
}

// LimeSurvey's NULL (an unquoted empty field) is a statement the respondent was never
// shown; "" is one shown and left blank. Read from the file or from the store, the first is
// in neither n nor missing, the second is missing.
TEST(PlatformExports, LimeSurveyNullIsNotShownAndEmptyIsMissing) {
  const std::string sample = testing::read_text(testing::sample("platforms/limesurvey.csv"));
  const std::string blank = "\"Neither agree nor disagree\";\"\";\"Agree\"";
  const std::size_t at = sample.find(blank);
  ASSERT_NE(at, std::string::npos);
  std::string with_null = sample;
  with_null.replace(at, blank.size(), "\"Neither agree nor disagree\";;\"Agree\"");
  testing::TempDir tmp;
  const std::string shown = tmp.write("shown.csv", sample), not_shown = tmp.write("not-shown.csv", with_null);

  // The summary row of "I had enough time to practise": n and missing.
  auto practise_row = [](const std::string& csv) {
    std::istringstream in(csv);
    std::string line;
    while (std::getline(in, line))
      if (line.find("I had enough time to practise") != std::string::npos) return line;
    return std::string("<no row>");
  };
  auto n_and_missing = [](const std::string& row) {
    // question,item,group,n,missing,...: the question and item hold no commas here
    std::vector<std::string> f;
    std::istringstream in(row);
    std::string cell;
    while (std::getline(in, cell, ',')) f.push_back(cell);
    return f.size() > 4 ? f[3] + "/" + f[4] : row;
  };
  for (const auto& [file, expected] : {std::pair{shown, "7/1"}, std::pair{not_shown, "7/0"}}) {
    auto direct = testing::run_canvass("dist --summary --format csv '" + file + "'");
    ASSERT_EQ(direct.exit_code, 0) << direct.err;
    EXPECT_EQ(n_and_missing(practise_row(direct.out)), expected) << file << "\n" << direct.out;
    const std::string db = file + ".db";
    auto ingest = testing::run_canvass("ingest --db '" + db + "' '" + file + "'");
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
    auto stored = testing::run_canvass("dist --summary --format csv --db '" + db + "'");
    ASSERT_EQ(stored.exit_code, 0) << stored.err;
    EXPECT_EQ(stored.out, direct.out) << "the store reads as the file does";
  }
  auto inspect = testing::run_canvass("inspect '" + not_shown + "'");
  EXPECT_NE(inspect.out.find("unquoted empty field is NULL"), std::string::npos) << inspect.out;
}

// The code export reads like the others only through its .lss: alone, its answers are the
// codes and the grid is no Likert question; with the .lss, `dist FILE` and the store agree.
TEST(PlatformExports, LimeSurveyCodesAreLabelledByTheLssBesideThem) {
  testing::TempDir alone, paired;
  const std::string csv = testing::sample("platforms/limesurvey-codes.csv");
  std::filesystem::copy(csv, alone.file("limesurvey-codes.csv"));
  auto codes = load_survey_file(alone.file("limesurvey-codes.csv"), ScaleVocabulary::builtin());
  ASSERT_TRUE(codes) << codes.error().to_string();
  for (const auto& q : codes->survey.questions) EXPECT_NE(q.kind, QuestionKind::likert) << q.code;
  EXPECT_EQ(find_question(codes->survey, kRole), nullptr) << "no .lss: the question text is its code";
  auto inspect_alone = testing::run_canvass("inspect '" + alone.file("limesurvey-codes.csv") + "'");
  EXPECT_NE(inspect_alone.out.find("no .lss beside the export"), std::string::npos) << inspect_alone.out;

  for (const char* name : {"limesurvey-codes.csv", "limesurvey-codes.lss"})
    std::filesystem::copy(testing::sample(std::string("platforms/") + name), paired.file(name));
  const std::string file = paired.file("limesurvey-codes.csv");
  auto direct = testing::run_canvass("dist --format csv '" + file + "'");
  ASSERT_EQ(direct.exit_code, 0) << direct.err;
  EXPECT_EQ(direct.out, expected_dist_csv(true, ""));
  auto ingest = testing::run_canvass("ingest --db '" + paired.file("s.db") + "' '" + file + "'");
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  auto stored = testing::run_canvass("dist --format csv --db '" + paired.file("s.db") + "'");
  ASSERT_EQ(stored.exit_code, 0) << stored.err;
  EXPECT_EQ(stored.out, direct.out) << "the store reads as the file does";
  auto summary_file = testing::run_canvass("dist --summary --format csv '" + file + "'");
  auto summary_db = testing::run_canvass("dist --summary --format csv --db '" + paired.file("s.db") + "'");
  ASSERT_EQ(summary_file.exit_code, 0) << summary_file.err;
  EXPECT_EQ(summary_db.out, summary_file.out);
}

}  // namespace
}  // namespace canvass
