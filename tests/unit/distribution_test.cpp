#include <gtest/gtest.h>

#include <sstream>

#include "analysis/distribution.hpp"
#include "report/csv_writer.hpp"
#include "report/distribution_report.hpp"
#include "scales/scale_vocabulary.hpp"

namespace canvass {
namespace {

ItemTally tally_with(std::vector<long> counts, long missing, std::vector<std::string> extra = {}) {
  std::vector<std::string> answers{"Agree", "Neither agree nor disagree"};  // the 5-point form
  for (auto& e : extra) answers.push_back(e);
  auto m = ScaleVocabulary::builtin().recognise(answers);
  ItemTally t{"Q", "S", "", m->scale, std::move(counts), missing};
  return t;
}

TEST(Distribution, PercentagesOfValidNInReportOrder) {
  // counts by position 1..5: SD, D, N, A, SA
  const ItemDistribution d = distribute(tally_with({1, 0, 1, 4, 7}, 2));
  EXPECT_EQ(d.n, 13);
  EXPECT_EQ(d.missing, 2);
  ASSERT_EQ(d.levels.size(), 5u);
  EXPECT_EQ(d.levels[0].label, "Strongly agree");
  EXPECT_EQ(d.levels[0].count, 7);
  EXPECT_NEAR(*d.levels[0].percent, 53.846, 0.001);
  EXPECT_EQ(d.levels[4].label, "Strongly disagree");
}

TEST(Distribution, NonSubstantiveAnswersAreBesideTheScaleNotInTheDenominator) {
  const ItemDistribution d = distribute(tally_with({0, 0, 0, 3, 1, 4}, 0, {"Don't know"}));
  EXPECT_EQ(d.n, 4);
  EXPECT_EQ(d.nonsubstantive, 4);
  EXPECT_EQ(d.levels.back().label, "Don't know");
  EXPECT_FALSE(d.levels.back().percent);
  EXPECT_DOUBLE_EQ(*d.levels[0].percent, 25.0);
}

TEST(Distribution, NoValidAnswersGivesNoPercentages) {
  const ItemDistribution d = distribute(tally_with({0, 0, 0, 0, 0}, 3));
  EXPECT_EQ(d.n, 0);
  for (const auto& l : d.levels) EXPECT_FALSE(l.percent);
}

TEST(DistributionReport, LongCsvHasTheContractColumns) {
  std::ostringstream out;
  write_distribution_csv(out, {distribute(tally_with({0, 0, 1, 1, 2}, 0))});
  std::istringstream lines(out.str());
  std::string header, first;
  std::getline(lines, header);
  std::getline(lines, first);
  EXPECT_EQ(header, "question,item,group,level,label,count,percent,n");
  EXPECT_EQ(first, "Q,S,,5,Strongly agree,2,50.0,4");
}

TEST(DistributionReport, MarkdownTableHasOneRowPerStatement) {
  std::ostringstream out;
  auto a = distribute(tally_with({0, 0, 1, 1, 2}, 0));
  auto b = a;
  b.item = "T|U";
  write_distribution_markdown(out, {a, b});
  const std::string md = out.str();
  EXPECT_NE(md.find("### Q (n=4)"), std::string::npos);
  EXPECT_NE(md.find("| S | 2 (50.0%) | 1 (25.0%) | 1 (25.0%) | 0 (0.0%) | 0 (0.0%) | 4 |"), std::string::npos) << md;
  EXPECT_NE(md.find("| T\\|U |"), std::string::npos);
}

TEST(CsvWriter, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
}

}  // namespace
}  // namespace canvass
