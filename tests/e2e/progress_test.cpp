// Progress on stderr: never in a pipe unless asked, and then plain lines ending with the
// time in words; the commands' own messages unchanged either way.
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

TEST(Progress, QuietInAPipeAndPlainLinesWhenAsked) {
  TempDir dir;
  const std::string survey = sample("ci-survey/ci-final-survey.csv");
  auto quiet = run_canvass("ingest --db s.db '" + survey + "'", dir.path().string());
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.err.find("done in"), std::string::npos) << quiet.err;
  EXPECT_EQ(quiet.err.find("ingesting"), std::string::npos) << quiet.err;

  auto report = run_canvass("report --db s.db --out rep --progress", dir.path().string());
  ASSERT_EQ(report.exit_code, 0) << report.err;
  EXPECT_EQ(report.err.rfind("building the report\ndone in ", 0), 0u) << report.err;
  // "done in 0.4 seconds", "1.0 second" or "12 seconds": however long the machine took.
  const std::size_t written = report.err.find("\nreport written to rep/report.html");
  ASSERT_NE(written, std::string::npos) << report.err;
  const std::string before = report.err.substr(0, written);
  EXPECT_TRUE(before.ends_with(" second") || before.ends_with(" seconds")) << report.err;
  EXPECT_EQ(report.err.find('\x1b'), std::string::npos) << "no terminal codes in a pipe";

  auto plain = run_canvass("report --db s.db --out rep2", dir.path().string());
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.err.find("done in"), std::string::npos) << plain.err;
}

}  // namespace
}  // namespace canvass
