#include <gtest/gtest.h>

#include <filesystem>

#include "ingest/load_survey.hpp"
#include "platform_survey_check.hpp"
#include "sources/triple_s_reader.hpp"
#include "test_support.hpp"

using namespace canvass;
using canvass::testing::TempDir;

namespace {
const ScaleVocabulary& vocabulary() {
  static const ScaleVocabulary v = ScaleVocabulary::builtin();
  return v;
}

std::string sss(const std::string& record_attributes, const std::string& variables) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sss version=\"2.0\">\n<survey><name>t</name>\n<record ident=\"A\" " +
         record_attributes + ">\n" + variables + "</record></survey></sss>\n";
}

const std::string kTwoVariables =
    "<variable ident=\"1\" type=\"character\" use=\"serial\"><name>id</name><position start=\"1\" finish=\"3\"/></variable>\n"
    "<variable ident=\"2\" type=\"single\"><name>q1</name><label>Overall I was satisfied</label>"
    "<position start=\"4\" finish=\"5\"/><values><value code=\"1\">Strongly disagree</value><value code=\"2\">Disagree</value>"
    "<value code=\"3\">Neither agree nor disagree</value><value code=\"4\">Agree</value>"
    "<value code=\"5\">Strongly agree</value></values></variable>\n";
}  // namespace

TEST(TripleS, PlatformsFixture) {
  const std::string path = canvass::testing::sample("platforms/triple-s.sss");
  const std::string bytes = canvass::testing::read_text(path);
  EXPECT_EQ(bytes, canvass::testing::platforms::triple_s_sss()) << "run scripts/make-fixtures.sh";
  EXPECT_EQ(canvass::testing::read_text(canvass::testing::sample("platforms/triple-s.asc")),
            canvass::testing::platforms::triple_s_asc());
  auto file = read_triple_s(path, bytes, vocabulary());
  ASSERT_TRUE(file) << file.error().to_string();
  EXPECT_EQ(file->container, "triple-s");
  EXPECT_EQ(file->survey.platform, "triple-s");
  EXPECT_TRUE(file->survey.rejects.empty());
  canvass::testing::expect_platform_survey(file->survey);
  EXPECT_EQ(file->survey.respondents[3].line, 4u);

  auto loaded = load_survey_file(path, vocabulary());
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  EXPECT_EQ(loaded->file.kind, "triple-s");
}

TEST(TripleS, SharedSampleVersion12) {
  const std::string sample = canvass::testing::shared_dir() + "/formats/samples/triple-s__sample-1.sss";
  if (!std::filesystem::exists(sample)) GTEST_SKIP() << "../shared is not here: " << sample;
  const std::string bytes = canvass::testing::read_text(sample);
  // The standard's sample ships without its data file: a clear refusal naming what is missing.
  auto alone = read_triple_s(sample, bytes, vocabulary());
  ASSERT_FALSE(alone);
  EXPECT_EQ(alone.error().to_string(), sample + ": the data file is missing: looked for triple-s__sample-1.asc, "
                                                "triple-s__sample-1.dat, triple-s__sample-1.csv beside the definition");
  // With a data line written for it (in a temporary folder), every variable type reads.
  TempDir dir;
  const std::string copy = dir.write("house.sss", bytes);
  //               Q1 Q2(bitstring 1-9) Q3 (30 chars)                   Q4 Q5  Q6 Q7 Q99
  dir.write("house.asc", std::string("1") + "110000001" + "Folk museum                   " + "21" + "123" + "1" +
                             "2" + "01.5000" + "\n");
  auto file = read_triple_s(copy, bytes, vocabulary());
  ASSERT_TRUE(file) << file.error().to_string();
  const Survey& s = file->survey;
  ASSERT_EQ(s.respondents.size(), 1u);
  const Respondent& r = s.respondents[0];
  auto raw_of = [&](const std::string& code) -> std::string {
    for (const auto& a : r.answers)
      if (s.questions[a.question].code == code) return a.raw;
    return "<none>";
  };
  EXPECT_EQ(raw_of("Q1"), "First visit");
  EXPECT_EQ(raw_of("Q2"), "Sherwood Forest; Nottingham Castle; Other");
  EXPECT_EQ(raw_of("Q4"), "Nottingham Castle; Sherwood Forest");
  EXPECT_EQ(raw_of("Q5"), "123");
  EXPECT_EQ(raw_of("Q6"), "Yes");
  EXPECT_EQ(raw_of("Q7"), "Between 3 months and 1 year");
  ASSERT_EQ(r.comments.size(), 1u);
  EXPECT_EQ(r.comments[0].text, "Folk museum");
  EXPECT_EQ(raw_of("Q99"), "01.5000");  // labelled "Case weight" but not use="weight": a quantity
  EXPECT_EQ(s.questions[0].text, "Number of visits");
  EXPECT_EQ(s.questions[2].code, "Q3");
  EXPECT_EQ(s.questions[2].kind, QuestionKind::text);
  EXPECT_EQ(s.questions[1].kind, QuestionKind::multi);
  EXPECT_EQ(s.questions[1].choices.at(2), "\"Friar Tuck\" Restaurant");
}

TEST(TripleS, CsvDataWithSkipAndHref) {
  TempDir dir;
  const std::string vars =
      "<variable ident=\"1\" type=\"character\" use=\"serial\"><name>id</name><position start=\"1\"/></variable>\n"
      "<variable ident=\"2\" type=\"single\"><name>q1</name><label>Overall I was satisfied</label>"
      "<position start=\"2\"/><values><value code=\"1\">Strongly disagree</value><value code=\"2\">Disagree</value>"
      "<value code=\"3\">Neither agree nor disagree</value><value code=\"4\">Agree</value>"
      "<value code=\"5\">Strongly agree</value></values></variable>\n"
      "<variable ident=\"3\" type=\"character\"><name>why</name><label>Why?</label><position start=\"3\"/></variable>\n";
  const std::string path = dir.write("s.sss", sss("format=\"csv\" skip=\"1\" href=\"data/answers.txt\"", vars));
  std::filesystem::create_directories(dir.path() / "data");
  dir.write("data/answers.txt", "id,q1,why\nA7,4,\"Good, quick\"\nA8,02,\n");
  auto file = read_triple_s(path, canvass::testing::read_text(path), vocabulary());
  ASSERT_TRUE(file) << file.error().to_string();
  const Survey& s = file->survey;
  ASSERT_EQ(s.respondents.size(), 2u);
  EXPECT_EQ(s.respondents[0].external_id, "A7");
  EXPECT_EQ(s.respondents[0].line, 2u);
  EXPECT_EQ(s.respondents[0].answers[0].level, 4);
  EXPECT_EQ(s.respondents[1].answers[0].raw, "Disagree");  // "02" is code 2
  EXPECT_EQ(s.respondents[0].comments.at(0).text, "Good, quick");
  EXPECT_EQ(s.questions[0].kind, QuestionKind::likert);
}

TEST(TripleS, BadXmlAndSchemaErrorsHaveLineAndColumn) {
  TempDir dir;
  const std::string broken = dir.write("broken.sss", "<sss version=\"2.0\">\n<survey>\n<record ident=\"A\">\n</survey>");
  auto b = read_triple_s(broken, canvass::testing::read_text(broken), vocabulary());
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().where.line, 4u);
  EXPECT_GT(b.error().where.column, 0u);

  const std::string invalid = dir.write(
      "invalid.sss", sss("", "<variable ident=\"1\" type=\"singel\">\n<name>q</name><position start=\"1\"/></variable>\n"));
  auto i = read_triple_s(invalid, canvass::testing::read_text(invalid), vocabulary());
  ASSERT_FALSE(i);
  EXPECT_EQ(i.error().where.file, invalid);
  EXPECT_EQ(i.error().where.line, 5u);
  EXPECT_NE(i.error().message.find("singel"), std::string::npos) << i.error().message;

  const std::string no_position =
      dir.write("nopos.sss", sss("", "<variable ident=\"1\" type=\"position\"><name>q</name></variable>\n"));
  EXPECT_FALSE(read_triple_s(no_position, canvass::testing::read_text(no_position), vocabulary()));
}

TEST(TripleS, ShortDataLinesAreRejectedWithPosition) {
  TempDir dir;
  const std::string path = dir.write("short.sss", sss("", kTwoVariables));
  dir.write("short.asc", "A01 4\nA02\nA03 5\n");
  auto file = read_triple_s(path, canvass::testing::read_text(path), vocabulary());
  ASSERT_TRUE(file) << file.error().to_string();
  EXPECT_EQ(file->survey.respondents.size(), 2u);
  EXPECT_EQ(file->survey.rows_read, 3u);
  ASSERT_EQ(file->survey.rejects.size(), 1u);
  const Reject& r = file->survey.rejects[0];
  EXPECT_EQ(r.where.file, dir.file("short.asc"));
  EXPECT_EQ(r.where.line, 2u);
  EXPECT_EQ(r.where.column, 4u);
  EXPECT_NE(r.reason.find("data line too short"), std::string::npos);
  EXPECT_EQ(file->survey.respondents[1].answers[0].level, 5);
}

TEST(TripleS, CommandLineNamesFileAndPositionWhenNothingReads) {
  TempDir dir;
  dir.write("all-short.sss", sss("", kTwoVariables));
  dir.write("all-short.asc", "A1\n");
  auto run = canvass::testing::run_canvass("dist all-short.sss", dir.path().string());
  EXPECT_NE(run.exit_code, 0);
  EXPECT_NE(run.err.find("all-short.asc:1:3"), std::string::npos) << run.err;

  dir.write("nodata.sss", sss("", kTwoVariables));
  auto missing = canvass::testing::run_canvass("dist nodata.sss", dir.path().string());
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("nodata.sss: the data file is missing"), std::string::npos) << missing.err;
}
