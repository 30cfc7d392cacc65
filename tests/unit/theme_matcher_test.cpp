// The theme matcher keeps what it worked out for each word it has seen (stem and the
// keywords that may start there) across texts, and empties that store between texts when
// it grows large. Whatever it has seen before, it must give for each text what the rule
// gives worked out here from scratch: keyword words matched in sequence, each by equal
// Snowball stems or, for a keyword word of five letters or more, as the start of the word.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "analysis/codebook.hpp"
#include "test_support.hpp"
#include "text/fold.hpp"
#include "text/stemmer.hpp"
#include "text/word_list.hpp"
#include "text/words.hpp"

namespace canvass {
namespace {

Codebook shipped() {
  auto b = load_default_codebook(data_dir());
  EXPECT_TRUE(b.ok());
  return b.ok() ? *b : Codebook{};
}

std::size_t letters(std::string_view w) {
  std::size_t n = 0;
  for (unsigned char c : w) n += (c & 0xC0) != 0x80;
  return n;
}

// The rule, from the codebook and the text only: each keyword as its folded words.
class ByTheRule {
 public:
  explicit ByTheRule(const Codebook& book) {
    for (const auto& theme : book.themes) {
      names_.push_back(theme.name);
      auto& mine = keywords_.emplace_back();
      for (const auto& kw : theme.keywords) {
        std::vector<std::pair<std::string, std::string>> kws;  // (word, stem)
        const std::string kf = fold(kw);
        for (const auto& w : letter_words(kf)) kws.emplace_back(std::string(w.text), stemmer_.stem(w.text));
        if (!kws.empty()) mine.push_back(std::move(kws));
      }
    }
  }

  std::vector<std::string> themes_of(std::string_view text) {
    std::vector<std::string> ws, stems;
    const std::string folded = fold(text);
    for (const auto& w : letter_words(folded)) {
      ws.emplace_back(w.text);
      stems.push_back(stemmer_.stem(w.text));
    }
    std::vector<std::string> out;
    for (std::size_t t = 0; t < names_.size(); ++t) {
      bool hit = false;
      for (const auto& kws : keywords_[t])
        for (std::size_t i = 0; !hit && i + kws.size() <= ws.size(); ++i) {
          bool all = true;
          for (std::size_t j = 0; all && j < kws.size(); ++j) {
            const auto& [k, stem] = kws[j];
            const std::string& w = ws[i + j];
            all = stem == stems[i + j] || (letters(k) >= 5 && w.size() > k.size() && w.compare(0, k.size(), k) == 0);
          }
          hit = all;
        }
      if (hit) out.push_back(names_[t]);
    }
    return out;
  }

 private:
  Stemmer stemmer_;
  std::vector<std::string> names_;
  std::vector<std::vector<std::vector<std::pair<std::string, std::string>>>> keywords_;
};

// Texts from the codebook's own keyword words (whole, as prefixes of longer words, in other
// forms), everyday words, curly quotes and dashes, capitals, and made-up words enough to
// fill the matcher's store of words several times over.
std::vector<std::string> texts(const Codebook& book, std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> pool = {"the", "and", "we", "they", "don\xE2\x80\x99t", "it's", "\xE2\x80\x93", "\xE2\x80\x9Cquoted\xE2\x80\x9D",
                                   "caf\xC3\xA9", "STRASSE", "Stra\xC3\x9F" "e", "time", "staff", "people", "2026", "e-mail"};
  for (const auto& t : book.themes)
    for (const auto& kw : t.keywords) {
      pool.push_back(kw);
      for (const auto& w : letter_words(kw)) {
        const std::string s(w.text);
        pool.push_back(s + "ing");
        pool.push_back(s + "s");
        pool.push_back(s + "ive");
        pool.push_back(s.substr(0, s.size() > 3 ? s.size() - 1 : s.size()));
        std::string upper = s;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        pool.push_back(upper);
      }
    }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) {
    std::string text;
    const std::size_t length = 3 + rng() % 40;
    for (std::size_t k = 0; k < length; ++k) {
      if (!text.empty()) text += rng() % 9 ? " " : ", ";
      if (rng() % 3) {
        text += pool[rng() % pool.size()];
      } else {  // a made-up word: the store of words fills and is emptied
        for (std::size_t c = 0, len = 4 + rng() % 8; c < len; ++c) text += static_cast<char>('a' + rng() % 26);
      }
    }
    out.push_back(text);
  }
  return out;
}

TEST(ThemeMatcher, KeptWordsGiveWhatTheRuleGivesAcrossManyTexts) {
  const Codebook book = shipped();
  ThemeMatcher kept(book);
  ByTheRule rule(book);
  const auto all = texts(book, 12000, 7);
  std::size_t with_themes = 0;
  for (const auto& text : all) {
    const auto expected = rule.themes_of(text);
    EXPECT_EQ(kept.themes_of(text), expected) << text;
    EXPECT_EQ(kept.themes_of(text, words(text)), expected) << "split first: " << text;
    with_themes += !expected.empty();
  }
  EXPECT_GT(with_themes, all.size() / 2) << "the texts must raise themes";
  EXPECT_LT(with_themes, all.size()) << "and some none";
}

TEST(ThemeMatcher, ThemeIndexesGiveTheSameAsThemesOf) {
  const Codebook book = shipped();
  ThemeMatcher m(book), fresh(book);
  Stemmer stemmer;
  for (const auto& text : texts(book, 2000, 8)) {
    const std::string folded = fold(text);
    std::vector<std::string_view> ws;
    std::vector<std::string> stems;
    for (const auto& w : letter_words(folded)) {
      ws.push_back(w.text);
      stems.push_back(stemmer.stem(w.text));
    }
    std::vector<std::string> names;
    for (std::size_t t : m.theme_indexes(ws, stems)) names.push_back(book.themes[t].name);
    EXPECT_EQ(names, fresh.themes_of(text)) << text;
  }
}

TEST(ThemeMatcher, SeveralWordKeywordsMatchOnlyInSequence) {
  using Words = std::vector<std::string>;
  const Codebook mine{{{"kids", Words{"young people"}}, {"peer", Words{"peer review", "collaborat"}}}};
  ThemeMatcher m(mine);
  for (int round = 0; round < 2; ++round) {  // the second time from what it kept
    EXPECT_EQ(m.themes_of("the young people spoke"), Words{"kids"});
    EXPECT_TRUE(m.themes_of("young and old people").empty());
    EXPECT_TRUE(m.themes_of("people young").empty());
    EXPECT_EQ(m.themes_of("Peer reviewing and collaborative work"), Words{"peer"});
    EXPECT_TRUE(m.themes_of("a young").empty()) << "a phrase cut short at the end";
  }
}

}  // namespace
}  // namespace canvass
