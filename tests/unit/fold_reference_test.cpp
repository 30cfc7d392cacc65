// fold() walks ICU's folded text by code unit and appends UTF-8 itself: it must give what
// ICU's own per-character API gives (the way fold was first written), on real text.
#include <gtest/gtest.h>

#include <cctype>
#include <sstream>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "test_support.hpp"
#include "text/fold.hpp"
#include "text/words.hpp"

namespace canvass {
namespace {

// NFKC case fold, then per code point: typographic quotes and dashes plain, white space
// (and ZWSP) collapsed to one space and trimmed, each character converted by ICU.
std::string reference_fold(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = n->normalize(u, status);
  std::string out;
  bool pending = false;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    UChar32 c = folded.char32At(i);
    switch (c) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4: case 0x0060: c = '\''; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: c = '"'; break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: c = '-'; break;
      default: break;
    }
    if (u_isUWhiteSpace(c) || c == 0x200B) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    icu::UnicodeString(c).toUTF8String(out);
  }
  return out;
}

TEST(FoldReference, RealAndAwkwardTextFoldsAsIcuSaysLineByLine) {
  std::vector<std::string> texts = {"Ça\u00A0coûte\u2009trop — “vraiment”", "ＦＵＬＬＷＩＤＴＨ　１２３", "ﬁne ﬂow Straße",
                                    "tab\there\u2028next\u0085line", "zero\u200Bwidth", "İstanbul ΣΊΣΥΦΟΣ",
                                    "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\xED\xA0\x80 lone surrogate bytes", "  "};
  std::istringstream notes(testing::read_text(testing::sample("notes/school-leaders-workshop.md")));
  for (std::string line; std::getline(notes, line);) texts.push_back(line + " é");  // through ICU's path
  for (const auto& t : texts) EXPECT_EQ(fold(t), reference_fold(t)) << t;
}

// ASCII with curly quotes and dashes takes fold's fast path (no ICU): it must fold as ICU
// does, and its words must be the folded words of the text (folds_simply's promise).
TEST(FoldReference, CurlyQuotesAndDashesFoldWithoutIcuAsIcuSays) {
  std::vector<std::string> texts = {"Don’t ‘Quote’ “ME” – now — OK", "a`b ’c", "’`’", "TAB\tand  SPACES ‘x’ ",
                                    "x\xE2\x80\x9Cy\xE2\x80\x9Dz\xE2\x80\x93w"};
  std::istringstream notes(testing::read_text(testing::sample("notes/school-leaders-workshop.md")));
  for (std::string line; std::getline(notes, line);) {
    std::string curly;
    for (char c : line) curly += c == '\'' ? std::string("\xE2\x80\x99") : c == '-' ? std::string("\xE2\x80\x93") : std::string(1, c);
    texts.push_back(curly + " \xE2\x80\x9C" "done\xE2\x80\x9D");
  }
  for (const auto& t : texts) {
    EXPECT_EQ(fold(t), reference_fold(t)) << t;
    if (!folds_simply(t)) continue;
    std::string word_by_word;
    for (const Word& w : letter_words(t)) {
      for (std::size_t i = 0; i < w.text.size(); ++i)
        if (static_cast<unsigned char>(w.text[i]) >= 0x80) word_by_word += plain_punctuation(w.text, i), i += 2;
        else word_by_word += static_cast<char>(std::tolower(static_cast<unsigned char>(w.text[i])));
      word_by_word += ' ';
    }
    const std::string folded = fold(t);
    std::string of_folded;
    for (const Word& w : letter_words(folded)) of_folded += std::string(w.text) + ' ';
    EXPECT_EQ(word_by_word, of_folded) << t;
  }
  EXPECT_FALSE(folds_simply("a`b \xE2\x80\x99" "c"));  // the full fold makes '`' an apostrophe
  EXPECT_TRUE(folds_simply("a`b"));
}

}  // namespace
}  // namespace canvass
