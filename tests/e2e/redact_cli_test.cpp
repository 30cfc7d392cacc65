// `canvass redact FILE` through the program: the redacted text, the audit list with each
// replacement's kind and position, a count per kind on stderr, and the errors.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

const char* kComments =
    "Thanks to Seonaid, my son Jack at St Mary's loves it.\n"
    "Ring 07700\xC2\xA0" "900123 or email jo dot bloggs at council dot gov dot uk.\n"
    "The Care Review met in West Lothian.\n";

TEST(RedactCli, PrintsTheTextWithEachKindReplaced) {
  TempDir tmp;
  const auto r = run_canvass("redact '" + tmp.write("comments.txt", kComments) + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Thanks to [name], my son [name] at [school] loves it.\n"
            "Ring [phone] or email [email].\n"
            "The Care Review met in West Lothian.\n");
  EXPECT_NE(r.err.find("5 replacements (email 1, name 2, phone 1, school 1)"), std::string::npos) << r.err;
}

TEST(RedactCli, ListsEveryReplacementWithItsKindAndPosition) {
  TempDir tmp;
  const auto r = run_canvass("redact --list '" + tmp.write("comments.txt", kComments) + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("position\tkind\ttext\n"), std::string::npos);
  EXPECT_NE(r.out.find("1:11\tname\tSeonaid\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2:6\tphone\t07700\xC2\xA0" "900123\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\temail\tjo dot bloggs at council dot gov dot uk\n"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Care Review"), std::string::npos);
}

TEST(RedactCli, RedactsTheNamesItIsGiven) {
  TempDir tmp;
  const auto r = run_canvass("redact --redact Hendry '" + tmp.write("n.txt", "ask hendry about it\n") + "'");
  EXPECT_EQ(r.out, "ask [name] about it\n");
}

TEST(RedactCli, AMissingFileOrNoFileIsAnError) {
  const auto missing = run_canvass("redact /nonexistent/comments.txt");
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("/nonexistent/comments.txt"), std::string::npos) << missing.err;
  EXPECT_EQ(run_canvass("redact").exit_code, 2);
}

}  // namespace
}  // namespace canvass
