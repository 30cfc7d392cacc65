// The report page for every reader: what WCAG 2.2 AA needs that the page's own markup
// carries (checked here on every run), and the axe-core check in headless Chromium
// (scripts/check-accessibility.sh), run when Chromium and the script's npm packages are
// installed.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

long count(const std::string& text, const std::string& pattern) {
  const std::regex re(pattern);
  return std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator());
}

class AccessibleReport : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(run_canvass("ingest --db s.db '" + sample("ci-survey/ci-final-survey.csv") + "'", dir.path().string()).exit_code, 0);
    ASSERT_EQ(run_canvass("report --db s.db --out rep --min-cell 3", dir.path().string()).exit_code, 0);
    html = read_text(dir.file("rep/report.html"));
  }
  TempDir dir;
  std::string html;
};

TEST_F(AccessibleReport, ChartsTablesAndContentsCarryWhatAssistiveTechnologyNeeds) {
  // Every chart: an image with a name (its caption) and a text alternative (its shares).
  EXPECT_EQ(count(html, "<svg [^>]*role=\"img\"[^>]*>\\n<title>Figure [0-9]+: [^<]+</title>\\n<desc>[^<]+%[^<]*</desc>"),
            count(html, "<svg "));
  EXPECT_GE(count(html, "<svg "), 1);
  // Row headers are headers; no statement cell is a plain td.
  EXPECT_NE(html.find("<th scope=\"row\" class=\"statement\">"), std::string::npos);
  EXPECT_EQ(html.find("<td class=\"statement\">"), std::string::npos);
  // Wide tables and charts scroll in their own box, which the keyboard can reach.
  EXPECT_EQ(count(html, "<table "), count(html, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table "));
  // A contents list linking every section.
  for (const char* id : {"agreement", "charts", "breakdowns"})
    EXPECT_NE(html.find(std::string("<li><a href=\"#") + id + "\">"), std::string::npos) << id;
  EXPECT_NE(html.find("<meta name=\"viewport\""), std::string::npos);
}

TEST_F(AccessibleReport, AxeCoreFindsNoWcag22AaViolationsAtDesktopAndPhoneWidths) {
  const std::string script = source_dir() + "/scripts/check-accessibility.sh";
  if (std::system("command -v chromium >/dev/null 2>&1") != 0 ||
      !std::filesystem::exists(source_dir() + "/scripts/a11y/node_modules/axe-core"))
    GTEST_SKIP() << "needs chromium and `cd scripts/a11y && npm install`";
  const std::string cmd = "bash '" + script + "' '" + dir.file("rep") + "' >'" + dir.file("axe.txt") + "' 2>&1";
  const int status = std::system(cmd.c_str());
  EXPECT_EQ(status, 0) << read_text(dir.file("axe.txt"));
}

}  // namespace
}  // namespace canvass
