// Notes memory is bounded by design, not by the input (issue 15, item 11): one 20 MB line
// of notes (a pasted document with no line breaks) is read, themed, redacted and printed
// with a peak well under the 550 MB it once took. The output is sent to /dev/null.
#include <gtest/gtest.h>

#include <sys/resource.h>

#include <fstream>

#include "test_support.hpp"

namespace canvass {
namespace {

using testing::TempDir;

// The largest resident set of any child this test process has waited for, in MB.
long peak_child_mb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;
}

TEST(NotesBounds, OneTwentyMegabyteLineStaysUnderTwoHundredMegabytes) {
  TempDir tmp;
  const std::string path = tmp.file("one-line.txt");
  {
    std::ofstream out(path, std::ios::binary);
    out << "North\nQuestion - What gets in the way?\n- ";
    const std::string sentence = "Waiting lists grow while staff time goes on forms, said the carers. ";
    for (std::size_t written = 0; written < 20'000'000; written += sentence.size()) out << sentence;
    out << "\n";
  }
  const std::string cmd = "'" + testing::canvass_bin() + "' notes '" + path + "' > /dev/null 2>&1";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_LT(peak_child_mb(), 200);
}

}  // namespace
}  // namespace canvass
