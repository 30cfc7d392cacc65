// The sentence and word splitters reuse one ICU iterator per thread, cloned from a
// prototype built once: they must give exactly what a freshly built iterator gives, for
// any order of calls and from several threads at once.
#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include "test_support.hpp"
#include "text/sentences.hpp"
#include "text/words.hpp"

namespace canvass {
namespace {

using Pieces = std::vector<std::pair<std::size_t, std::size_t>>;

// The boundaries a brand-new ICU iterator gives (how canvass split text before it kept
// its iterators): the independent reference for the reused ones.
Pieces fresh_boundaries(std::string_view utf8, bool sentences, std::vector<int32_t>* rules = nullptr) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  std::unique_ptr<icu::BreakIterator> it;
  if (sentences) {
    const icu::Locale english("en@ss=standard");
    it.reset(icu::BreakIterator::createSentenceInstance(english, status));
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> b(icu::FilteredBreakIteratorBuilder::createInstance(english, status));
    for (const char* a : {"Dr.", "Prof.", "Cllr.", "Rev.", "St.", "e.g.", "i.e.", "etc.", "approx.", "no."})
      b->suppressBreakAfter(icu::UnicodeString::fromUTF8(a), status);
    it.reset(b->build(it.release(), status));
  } else {
    it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getUK(), status));
  }
  EXPECT_TRUE(U_SUCCESS(status));
  it->setText(ut, status);
  Pieces out;
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    out.emplace_back(start, end);
    if (rules) rules->push_back(it->getRuleStatus());
  }
  utext_close(ut);
  return out;
}

Pieces trimmed(std::string_view text, const Pieces& raw) {
  Pieces out;
  for (auto [b, e] : raw) {
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (b < e) out.emplace_back(b, e);
  }
  return out;
}

Pieces sentence_spans(std::string_view text) {
  Pieces out;
  for (const auto& s : split_sentences(text)) out.emplace_back(s.begin, s.end);
  return out;
}

Pieces word_spans(std::string_view text) {
  Pieces out;
  for (const auto& w : words(text)) out.emplace_back(w.begin, w.end);
  return out;
}

// Texts nobody here wrote for this test: the bundled focus-group notes line by line
// (abbreviations, quotes, bullets), plus the awkward cases of a reused iterator.
std::vector<std::string> corpus() {
  std::vector<std::string> texts;
  for (const char* f : {"notes/carers-forum-notes.txt", "notes/school-leaders-workshop.md"}) {
    std::istringstream in(testing::read_text(testing::sample(f)));
    for (std::string line; std::getline(in, line);) texts.push_back(line);
    texts.push_back(testing::read_text(testing::sample(f)));  // the whole file as one text
  }
  for (const char* t : {"Dr. Smith met Cllr. Jones at St. Mary's, i.e. the school. It went well!",
                        "Ends mid-abbreviation e.g.", "", " ", "One.", "No. 5 was late. Why?",
                        "Très bien — “quoted” text… and 日本語のテキスト。次の文。", "a", "don't self-assess 3.5 times"})
    texts.emplace_back(t);
  return texts;
}

TEST(TextIterators, SentencesAsAFreshIteratorGivesThem) {
  for (const auto& t : corpus()) EXPECT_EQ(sentence_spans(t), trimmed(t, fresh_boundaries(t, true))) << t;
}

TEST(TextIterators, WordsAndTheirKindsAsAFreshIteratorGivesThem) {
  for (const auto& t : corpus()) {
    std::vector<int32_t> rules;
    const Pieces expected = fresh_boundaries(t, false, &rules);
    const auto got = words(t);
    ASSERT_EQ(got.size(), expected.size()) << t;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(std::make_pair(got[i].begin, got[i].end), expected[i]) << t;
      const bool letters = rules[i] >= UBRK_WORD_LETTER && rules[i] < UBRK_WORD_IDEO_LIMIT;
      EXPECT_EQ(got[i].kind == Word::Kind::letters, letters) << t << " @" << got[i].begin;
    }
    Pieces letters_expected, letters_got;
    for (std::size_t i = 0; i < expected.size(); ++i)
      if (rules[i] >= UBRK_WORD_LETTER && rules[i] < UBRK_WORD_IDEO_LIMIT) letters_expected.push_back(expected[i]);
    for (const auto& w : letter_words(t)) letters_got.emplace_back(w.begin, w.end);
    EXPECT_EQ(letters_got, letters_expected) << t;
  }
}

TEST(TextIterators, NothingCarriesOverFromTheTextBefore) {
  const auto texts = corpus();
  std::vector<Pieces> first;
  for (const auto& t : texts) first.push_back(sentence_spans(t));
  // The same texts again in reverse order, each after a different predecessor.
  for (std::size_t i = texts.size(); i-- > 0;) {
    EXPECT_EQ(sentence_spans(texts[i]), first[i]) << texts[i];
    (void)word_spans(texts[(i * 7) % texts.size()]);
  }
}

TEST(TextIterators, SeveralThreadsAtOnceGetTheSameAnswers) {
  const auto texts = corpus();
  std::vector<Pieces> sentences, word_pieces;
  for (const auto& t : texts) {
    sentences.push_back(sentence_spans(t));
    word_pieces.push_back(word_spans(t));
  }
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k)
    threads.emplace_back([&, k] {
      for (int round = 0; round < 20; ++round)
        for (std::size_t i = 0; i < texts.size(); ++i) {
          if (sentence_spans(texts[i]) != sentences[i]) ++mismatches[k];
          if (word_spans(texts[i]) != word_pieces[i]) ++mismatches[k];
        }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace canvass
