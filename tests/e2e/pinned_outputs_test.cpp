// Outputs stay byte-identical across performance work: every report, quotes and notes
// output made from the bundled samples hashes to what canvass wrote before the speed-ups
// (tests/data/pinned/README.md says how to regenerate after an intended change).
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

std::map<std::string, std::string> digests(const std::string& lines) {
  std::map<std::string, std::string> out;
  std::istringstream in(lines);
  for (std::string line; std::getline(in, line);)
    if (line.size() > 66) out[line.substr(66)] = line.substr(0, 64);
  return out;
}

TEST(PinnedOutputs, SamplesGiveTheSameBytesAsBefore) {
  TempDir tmp;
  const std::string listing = tmp.file("now.sha256");
  const std::string cmd = "bash '" + source_dir() + "/tests/tools/pin_outputs.sh' '" + canvass_bin() + "' > '" +
                          listing + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  const auto now = digests(read_text(listing));
  const auto pinned = digests(read_text(source_dir() + "/tests/data/pinned/outputs.sha256"));
  ASSERT_GT(pinned.size(), 30u);
  std::string differ;
  for (const auto& [name, hash] : pinned) {
    const auto it = now.find(name);
    if (it == now.end()) differ += "  missing: " + name + "\n";
    else if (it->second != hash) differ += "  changed: " + name + "\n";
  }
  for (const auto& [name, _] : now)
    if (!pinned.count(name)) differ += "  new: " + name + "\n";
  EXPECT_TRUE(differ.empty()) << "outputs differ from tests/data/pinned/outputs.sha256:\n"
                              << differ << "(if intended, see tests/data/pinned/README.md)";
}

}  // namespace
}  // namespace canvass
