// words() reads plain text (ASCII with curly quotes and dashes, accented Latin letters)
// without ICU; these tests
// hold it to ICU's own word iterator, piece by piece and kind by kind, on random and real text.
#include "text/words.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace canvass {
namespace {

// What ICU's UK word iterator says, as "kind:text" pieces.
std::vector<std::string> icu_pieces(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getUK(), status));
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(&ut, status);
  std::vector<std::string> out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    const int32_t rule = it->getRuleStatus();
    const char kind = rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT ? 'L'
                      : rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT ? 'N' : 'O';
    out.push_back(std::string(1, kind) + ":" + text.substr(start, end - start));
  }
  utext_close(&ut);
  return out;
}

std::vector<std::string> our_pieces(const std::string& text) {
  std::vector<std::string> out;
  for (const Word& w : words(text)) {
    const char kind = w.kind == Word::Kind::letters ? 'L' : w.kind == Word::Kind::number ? 'N' : 'O';
    out.push_back(std::string(1, kind) + ":" + std::string(w.text));
  }
  return out;
}

TEST(WordsFastPath, RandomPlainTextSplitsAsIcuDoes) {
  const std::vector<std::string> alphabet = {"a", "b", "Z", "1", "9", "_", ".", "'", ",", ";", ":", " ", " ", "\t",
                                             "\r", "\n", "\f", "\v", "-", "\"", "@", "/", "(", "\xE2\x80\x98",
                                             "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x93",
                                             "\xE2\x80\x94", "x", "#", "%", "\xC3\xA9", "\xC3\x89", "\xC3\x9F",
                                             "\xC3\x97", "\xC3\xB7", "\xC3\x80", "\xC3\xBF", "\xC5\xB5",
                                             "\xC5\x81", "\xC4\xB0", "\xC5\xBF", "\xC2\xA0", "\xCC\x81"};
  std::mt19937 random(18);
  for (int round = 0; round < 200000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(random() % 12);
    for (int k = 0; k < n; ++k) text += alphabet[random() % alphabet.size()];
    ASSERT_EQ(our_pieces(text), icu_pieces(text)) << "text: [" << text << "]";
  }
}

TEST(WordsFastPath, RealProseSplitsAsIcuDoes) {
  for (const char* name : {"ogl-scotgov-tune.txt", "ogl-service-manual-heldout2.txt", "workshop-table-notes.txt"}) {
    std::ifstream in(testing::source_dir() + "/bench/redaction/prose/" + name);
    ASSERT_TRUE(in) << name;
    std::string line;
    while (std::getline(in, line)) {
      ASSERT_EQ(our_pieces(line), icu_pieces(line)) << line;
      // the same line as a word processor writes it: curly quotes and dashes
      std::string curly;
      for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\'') curly += (i > 0 && line[i - 1] != ' ') ? "\xE2\x80\x99" : "\xE2\x80\x98";
        else if (line[i] == '"') curly += (i > 0 && line[i - 1] != ' ') ? "\xE2\x80\x9D" : "\xE2\x80\x9C";
        else if (line.compare(i, 3, " - ") == 0) curly += " \xE2\x80\x93", ++i;
        else curly += line[i];
      }
      ASSERT_EQ(our_pieces(curly), icu_pieces(curly)) << curly;
    }
  }
}

// Names, places and sentences in 25 languages written with accented Latin letters (see
// tests/fixtures/real/text/SOURCES.md), not by anyone here.
TEST(WordsFastPath, RealAccentedLatinTextSplitsAsIcuDoes) {
  std::ifstream in(testing::source_dir() + "/tests/fixtures/real/text/faker-latin-letters.txt");
  ASSERT_TRUE(in);
  std::size_t lines = 0;
  for (std::string line; std::getline(in, line); ++lines) ASSERT_EQ(our_pieces(line), icu_pieces(line)) << line;
  EXPECT_GT(lines, 3000u);
}

TEST(WordsFastPath, LatinAndOtherTextSplitsAsIcuDoes) {
  for (const std::string text : {"Małgorzata’s café", "Zoë’s naïve façade", "Gwŷr y ddôl", "2×3 ÷ 4", "e\xCC\x81t\xC3\xA9", "日本語のテキスト", "a\xC2\xA0" "b", "x\xE2\x80\xA6y", "שלום's"})
    EXPECT_EQ(our_pieces(text), icu_pieces(text)) << text;
}

}  // namespace
}  // namespace canvass
