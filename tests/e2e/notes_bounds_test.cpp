// Notes memory is bounded by design, not by the input (issue 15, item 11): one 20 MB line
// of notes (a pasted document with no line breaks) is refused with one line naming the file
// and line (the notes line bound, docs/bounds.md), with a peak well under the 550 MB it once
// took; the notes reader itself streams long notes in bounded pieces (notes_tally_test).
#include <gtest/gtest.h>

#include <sys/resource.h>
#include <sys/wait.h>

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
  const std::string err = tmp.file("err");
  const std::string cmd = "'" + testing::canvass_bin() + "' notes '" + path + "' > /dev/null 2>'" + err + "'";
  const int status = std::system(cmd.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 3);
  const std::string said = testing::read_text(err);
  EXPECT_NE(said.find(path + ":3"), std::string::npos) << said;
  EXPECT_EQ(said.find("Waiting lists"), std::string::npos) << "the message quotes the notes";
  EXPECT_LT(peak_child_mb(), 200);
}

}  // namespace
}  // namespace canvass
