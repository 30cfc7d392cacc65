// Long texts redacted piece by piece: the pieces cover the text exactly, end at blank
// lines, and the redactor finds in them what it finds in the whole.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"
#include "text/paragraph_chunks.hpp"
#include "text/redactor.hpp"

namespace canvass {
namespace {

std::vector<std::pair<std::string, std::size_t>> pieces(std::string_view text, std::size_t target) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for_each_paragraph_chunk(text, target, [&](std::string_view p, std::size_t at) { out.emplace_back(p, at); });
  return out;
}

TEST(ParagraphChunks, PiecesCoverTheTextAndEndAtBlankLines) {
  const std::string text = "First para\nline two\n\nSecond para\r\n\r\nThird\n  \nFourth, no end";
  for (std::size_t target : {1, 5, 12, 30, 1000}) {
    std::string joined;
    for (const auto& [p, at] : pieces(text, target)) {
      EXPECT_EQ(at, joined.size());
      joined += p;
    }
    EXPECT_EQ(joined, text) << target;
  }
  const auto small = pieces(text, 1);
  ASSERT_EQ(small.size(), 4u);
  EXPECT_EQ(small[0].first, "First para\nline two\n\n");
  EXPECT_EQ(small[1].first, "Second para\r\n\r\n");
  EXPECT_EQ(small[2].first, "Third\n  \n");
  EXPECT_EQ(small[3].first, "Fourth, no end");
  EXPECT_EQ(pieces(text, 1000).size(), 1u);
  EXPECT_TRUE(pieces("", 10).empty());
}

TEST(ParagraphChunks, ALongParagraphIsOnePiece) {
  const std::string para(5000, 'a');
  const auto got = pieces(para + "\n\n" + para, 100);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].first.size(), 5002u);
}

// The redactor's rules never reach across a blank line: the replacements found piece by
// piece are the ones found in the whole text, on prose nobody here wrote and planted data.
TEST(ParagraphChunks, RedactingPieceByPieceFindsWhatTheWholeTextGives) {
  auto redactor = Redactor::shipped({"Jane Smith"});
  ASSERT_TRUE(redactor.ok()) << redactor.error().to_string();
  for (const char* name : {"bench/redaction/prose/ogl-scotgov-tune.txt", "bench/redaction/planted-tune.txt",
                           "bench/redaction/prose/true-personal.txt"}) {
    std::ifstream in(testing::source_dir() + "/" + name, std::ios::binary);
    ASSERT_TRUE(in) << name;
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    std::vector<std::string> whole, by_piece;
    for (const auto& r : redactor->find(text))
      whole.push_back(std::to_string(r.begin) + "-" + std::to_string(r.end) + " " + r.kind);
    ASSERT_GT(whole.size(), 10u) << name;
    for_each_paragraph_chunk(text, 2000, [&](std::string_view p, std::size_t at) {
      for (const auto& r : redactor->find(p))
        by_piece.push_back(std::to_string(at + r.begin) + "-" + std::to_string(at + r.end) + " " + r.kind);
    });
    EXPECT_EQ(by_piece, whole) << name;
  }
}

}  // namespace
}  // namespace canvass
