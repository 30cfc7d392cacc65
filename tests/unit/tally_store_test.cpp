// Tallies read from the store (packed answers plus the exceptions kept aside) agree with
// tallies counted straight from the parsed survey: levels, blanks, variant spellings,
// non-substantive answers, pooled sources and groups.
#include <gtest/gtest.h>

#include "analysis/tally.hpp"
#include "ingest/ingest_file.hpp"
#include "ingest/load_survey.hpp"
#include "store/schema.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::TempDir;

const char* kSurvey =
    "Timestamp,What is your role?,Agree? [A],Agree? [B],Agree? [C]\n"
    "t1,Teacher,Agree,STRONGLY  agree,Don't know\n"
    "t2,Teacher,Disagree,,Agree\n"
    "t3,Leader,agree,Neither agree nor disagree,\n"
    "t4,Leader,Strongly disagree,Agree,Don\u2019t know\n"
    "t5,,Agree,Agree,Agree\n";

std::string render(const std::vector<ItemTally>& tallies) {
  std::string out;
  for (const auto& t : tallies) {
    out += t.question + " | " + t.item + " | " + t.group + " | missing " + std::to_string(t.missing) + " |";
    for (std::size_t i = 0; i < t.counts.size(); ++i)
      out += " " + t.scale.levels[i].label + "=" + std::to_string(t.counts[i]);
    out += "\n";
  }
  return out;
}

TEST(TallyStore, AgreesWithTheParsedSurveyAcrossTwoSources) {
  TempDir tmp;
  const std::string a = tmp.write("a.csv", kSurvey), b = tmp.write("b.csv", std::string(kSurvey) + "t6,Teacher,Agree,,\n");
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  const auto vocab = ScaleVocabulary::builtin();
  for (const auto& path : {a, b}) {
    IngestOptions options{"pilot", ""};
    options.stream = false;
    auto r = ingest_file(*db, path, options, vocab);
    ASSERT_FALSE(r.error) << r.error->to_string();
  }
  auto first = load_survey_file(a, vocab), second = load_survey_file(b, vocab);
  ASSERT_TRUE(first && second);
  const auto expected = tally_surveys({&first->survey, &second->survey});
  auto stored = tally_store(*db);
  ASSERT_TRUE(stored) << stored.error().to_string();
  EXPECT_EQ(render(*stored), render(expected));
  EXPECT_NE(render(*stored).find("Don't know=4"), std::string::npos) << render(*stored);  // 2 per file, pooled
}

TEST(TallyStore, GroupsCountOnlyTheirOwnRespondents) {
  TempDir tmp;
  const std::string a = tmp.write("a.csv", kSurvey);
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  ASSERT_FALSE(ingest_file(*db, a, {"pilot", ""}, ScaleVocabulary::builtin()).error);
  auto grouping = resolve_grouping(*db, "role");
  ASSERT_TRUE(grouping) << grouping.error().to_string();
  auto tallies = tally_store(*db, &*grouping);
  ASSERT_TRUE(tallies);
  long teacher_a = -1, leader_a = -1, none_a = -1;
  for (const auto& t : *tallies) {
    if (t.item != "A") continue;
    long n = t.missing;
    for (long c : t.counts) n += c;
    if (t.group == "Teacher") teacher_a = n;
    if (t.group == "Leader") leader_a = n;
    if (t.group == kNoAnswerGroup) none_a = n;
  }
  EXPECT_EQ(teacher_a, 2);
  EXPECT_EQ(leader_a, 2);
  EXPECT_EQ(none_a, 1);
}

}  // namespace
}  // namespace canvass
