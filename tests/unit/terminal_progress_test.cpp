// Progress for a person watching: plain words for durations, one line per step when asked
// for outside a terminal, nothing at all when not wanted.
#include <gtest/gtest.h>

#include <sstream>

#include "cli/terminal_progress.hpp"

namespace canvass::cli {
namespace {

TEST(TerminalProgress, AskedForOutsideATerminalItWritesOneLinePerStepAndTheTime) {
  std::ostringstream err;
  {
    TerminalProgress progress(err, /*show=*/true, /*terminal=*/false);
    const Progress p = progress.callback();
    ASSERT_TRUE(p);
    tell(p, "ingesting", "a.csv", 0, 2);
    tell(p, "ingesting", "b.csv", 1, 2);
    tell(p, "building the report", "quote-bank", 4, 6);
    progress.print_between([&] { err << "a message\n"; });
  }  // finishes
  const std::string s = err.str();
  EXPECT_EQ(s.rfind("ingesting\nbuilding the report\na message\ndone in ", 0), 0u) << s;
  EXPECT_EQ(s.find('\x1b'), std::string::npos) << "no terminal codes in a file";
  EXPECT_EQ(s.back(), '\n');
}

TEST(TerminalProgress, NotWantedItSaysNothing) {
  std::ostringstream err;
  TerminalProgress progress(err, /*show=*/false, /*terminal=*/true);
  EXPECT_FALSE(progress.callback());
  progress.finish();
  EXPECT_EQ(err.str(), "");
}

TEST(TerminalProgress, OnATerminalAQuickCommandShowsNothing) {
  std::ostringstream err;
  TerminalProgress progress(err, /*show=*/true, /*terminal=*/true);
  tell(progress.callback(), "building the report", "title", 0, 6);
  progress.finish();
  EXPECT_EQ(err.str(), "") << "within the first second nothing is drawn, so no final line either";
}

}  // namespace
}  // namespace canvass::cli
