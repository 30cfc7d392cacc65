// End to end through `canvass run`: each study setting beyond sources and breakdowns
// reaches what the run writes — names to redact, the theme codebook, scale overrides,
// reverse-coded items and the output formats — on small studies built in a temp folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "store_dump.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

// A small Google Forms export: a two-statement agreement grid and an open question whose
// comments are long enough to quote.
const std::string kExport =
    "Timestamp,The sessions were useful [Pace],The sessions were useful [Content],Any other comments?\n"
    "t1,Agree,Strongly agree,Hendry gave brilliant mentoring sessions that changed how I plan my lessons.\n"
    "t2,Disagree,Agree,The mentoring conversations with colleagues helped me reflect on my classroom practice.\n"
    "t3,Strongly disagree,Neutral,I valued the mentoring most because it was honest and practical every week.\n"
    "t4,Agree,Agree,Our mentoring pairs met every fortnight and the structure made it easy to keep going.\n";

struct Study {
  TempDir dir;
  explicit Study(const std::string& settings, const std::string& exported = kExport) {
    dir.write("study.xml", "<?xml version=\"1.0\"?>\n<study title=\"Settings study\" batch=\"w1\">\n"
                           "  <sources><source files=\"export.csv\"/></sources>\n" +
                               settings + "</study>\n");
    dir.write("export.csv", exported);
  }
  testing::RunResult run() const { return run_canvass("run study.xml", dir.path().string()); }
  std::string report(const std::string& name) const { return testing::read_text(dir.file("report/" + name)); }
  // Every file of the report folder, concatenated.
  std::string whole_report() const {
    std::string all;
    for (const auto& f : std::filesystem::directory_iterator(dir.path() / "report"))
      all += testing::read_text(f.path().string());
    return all;
  }
};

const std::string kMentoringTheme =
    "  <codebook><theme name=\"peer mentoring\"><keyword>mentoring</keyword></theme></codebook>\n";

TEST(StudySettings, NamesListedInTheStudyAreRedactedFromEveryReportFile) {
  // Without the study's list the surname alone is not caught by rule, so the quote bank
  // shows it: the redaction below is the study's doing.
  Study plain(kMentoringTheme);
  ASSERT_EQ(plain.run().exit_code, 0);
  ASSERT_NE(plain.whole_report().find("Hendry"), std::string::npos);

  Study s(kMentoringTheme + "  <redact><name>Hendry</name></redact>\n");
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string all = s.whole_report();
  EXPECT_EQ(all.find("Hendry"), std::string::npos);
  EXPECT_EQ(all.find("hendry"), std::string::npos);
  EXPECT_NE(s.report("report.md").find("[name] gave brilliant mentoring sessions"), std::string::npos)
      << s.report("report.md");
}

TEST(StudySettings, NamesListedInTheStudyAreRedactedFromFocusGroupNotes) {
  Study s("  <redact><name>Hendry</name></redact>\n");
  s.dir.write("notes.md", "# Table 1\n\n- Everyone agreed that Hendry kept the group to time.\n");
  s.dir.write("study.xml",
              "<?xml version=\"1.0\"?>\n<study title=\"Notes study\" batch=\"w1\">\n"
              "  <sources><source files=\"export.csv\"/><source files=\"notes.md\" kind=\"notes\"/></sources>\n"
              "  <redact><name>Hendry</name></redact>\n</study>\n");
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(s.whole_report().find("Hendry"), std::string::npos);
  EXPECT_NE(s.report("report.md").find("Everyone agreed that [name] kept the group to time."), std::string::npos)
      << s.report("report.md");
}

TEST(StudySettings, TheStudysThemesReplaceTheDefaultCodebook) {
  Study s(kMentoringTheme);
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string md = s.report("report.md"), html = s.report("report.html");
  EXPECT_NE(md.find("### Peer mentoring\n"), std::string::npos) << md;
  EXPECT_NE(html.find("<h3>Peer mentoring</h3>"), std::string::npos);
  // The default codebook's themes are gone: only the study's theme heads the quote bank.
  const auto bank = md.find("## Quote bank");
  ASSERT_NE(bank, std::string::npos);
  std::istringstream lines(md.substr(bank));
  std::string line;
  int headings = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("## ", 0) == 0 && line != "## Quote bank") break;
    if (line.rfind("### ", 0) == 0) {
      ++headings;
      EXPECT_EQ(line, "### Peer mentoring");
    }
  }
  EXPECT_EQ(headings, 1);
}

}  // namespace
}  // namespace canvass
