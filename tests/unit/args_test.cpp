#include <gtest/gtest.h>

#include "cli/args.hpp"

namespace canvass::cli {
namespace {

const ArgSpec kSpec{{"--db", "--format"}, {"--summary"}, {}, "dist"};

TEST(Args, OptionsFlagsAndInputs) {
  auto a = parse_args({"--db", "x.db", "--summary", "a.csv", "--format=csv", "b.csv"}, kSpec);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->get("--db"), "x.db");
  EXPECT_EQ(a->get("--format"), "csv");
  EXPECT_TRUE(a->has("--summary"));
  EXPECT_EQ(a->inputs, (std::vector<std::string>{"a.csv", "b.csv"}));
}

TEST(Args, UnknownOptionAndMissingValueAreUsageErrors) {
  auto unknown = parse_args({"--nope"}, kSpec);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, Error::Kind::usage);
  EXPECT_FALSE(parse_args({"--db"}, kSpec));
  EXPECT_FALSE(parse_args({"--db", "a", "--db", "b"}, kSpec));
}

}  // namespace
}  // namespace canvass::cli
