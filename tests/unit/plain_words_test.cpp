// Messages in plain words: counts with the right noun, durations as people say them,
// breakdown headings in the user's words, and the nearest command or option for a typo.
#include <gtest/gtest.h>

#include "cli/suggest.hpp"
#include "report/figures.hpp"

namespace canvass {
namespace {

TEST(PlainWords, CountsTakeTheNounInTheRightNumber) {
  EXPECT_EQ(count_text(1, "row", "rows"), "1 row");
  EXPECT_EQ(count_text(0, "row", "rows"), "0 rows");
  EXPECT_EQ(count_text(2, "respondent", "respondents"), "2 respondents");
}

TEST(PlainWords, DurationsAreSecondsAndMinutesInWords) {
  EXPECT_EQ(duration_text(0.260802), "0.3 seconds");
  EXPECT_EQ(duration_text(1.0), "1.0 second");
  EXPECT_EQ(duration_text(12.4), "12 seconds");
  EXPECT_EQ(duration_text(61), "1 minute 1 second");
  EXPECT_EQ(duration_text(150), "2 minutes 30 seconds");
  EXPECT_EQ(duration_text(120), "2 minutes");
}

TEST(PlainWords, BreakdownsAreNamedByWhatTheyAreAbout) {
  EXPECT_EQ(grouping_name("What is your role?"), "role");
  EXPECT_EQ(grouping_name("What's your local authority?"), "local authority");
  EXPECT_EQ(grouping_name("Please select your Region:"), "Region");
  EXPECT_EQ(grouping_name("Batch"), "Batch");
  EXPECT_EQ(grouping_name("label"), "label");
  // Not a question about the respondent's own something, or too long to be a name: kept.
  EXPECT_EQ(grouping_name("How often do you plan together?"), "How often do you plan together?");
  EXPECT_EQ(grouping_name("What is your main reason for taking part in the programme?"),
            "What is your main reason for taking part in the programme?");
}

TEST(Suggest, NearestCommandOrOptionWithinTwoEdits) {
  const std::vector<std::string> commands{"ingest", "dist", "quotes", "notes", "inspect", "export", "run", "report"};
  EXPECT_EQ(cli::edit_distance("ingets", "ingest"), 1u);  // a swapped pair is one edit
  EXPECT_EQ(cli::nearest("ingets", commands), "ingest");
  EXPECT_EQ(cli::nearest("reprot", commands), "report");
  EXPECT_EQ(cli::nearest("qoutes", commands), "quotes");
  EXPECT_FALSE(cli::nearest("frobnicate", commands));
  EXPECT_FALSE(cli::nearest("x", commands));
  const std::vector<std::string> options{"--by", "--db", "--format", "--min-cell", "--palette"};
  EXPECT_EQ(cli::nearest("--bd", options), "--db");
  EXPECT_EQ(cli::nearest("--fromat", options), "--format");
  EXPECT_EQ(cli::nearest("--pallete", options), "--palette");
  EXPECT_EQ(cli::did_you_mean("--bd", options, false), " \u2014 did you mean --db?");
  EXPECT_EQ(cli::did_you_mean("ingets", commands), " \u2014 did you mean 'ingest'?");
}

}  // namespace
}  // namespace canvass
