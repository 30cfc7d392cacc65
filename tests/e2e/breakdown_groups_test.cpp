// Breakdown tables name every group plainly and leave out groups nobody in which was asked
// the question: the bundled study mixes a labelled source (label "final", its own
// questions) with unlabelled ones asking other questions.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

TEST(BreakdownGroups, EmptyGroupsAreLeftOutAndMissingValuesNamedPlainly) {
  TempDir dir;
  std::filesystem::copy(source_dir() + "/samples", dir.file("samples"), std::filesystem::copy_options::recursive);
  const auto r = run_canvass("run samples/study.xml", dir.path().string());
  ASSERT_LE(r.exit_code, 1) << r.err;
  const std::string md = read_text(dir.file("out/report/report.md"));
  const std::string html = read_text(dir.file("out/report/report.html"));
  // "final" is only in the first question's sources; "(no answer)" is not how a reader says "no label".
  EXPECT_EQ(md.find("| final | 0"), std::string::npos);
  EXPECT_EQ(md.find("(no answer)"), std::string::npos);
  EXPECT_EQ(html.find("(no answer)"), std::string::npos);
  EXPECT_NE(md.find("- No label recorded (n=136)"), std::string::npos);
  EXPECT_NE(md.find("| No label recorded | 120 |"), std::string::npos);
  EXPECT_NE(md.find("| final | 13\xE2\x80\xA0 |"), std::string::npos);
  EXPECT_NE(md.find("### By label"), std::string::npos);
  // Every empty row is gone: no group row shows n=0 with nothing beside it.
  EXPECT_FALSE(std::regex_search(md, std::regex("\\| [^|*]+ \\| 0\xE2\x80\xA0? \\| 0 \\| 0 \\| 0 \\|")));
}

}  // namespace
}  // namespace canvass
