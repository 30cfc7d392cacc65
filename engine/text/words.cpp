#include "text/words.hpp"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace canvass {

namespace {

// This thread's word iterator, cloned from one built once per process (ICU's const
// methods are thread-safe); null when ICU's data could not be loaded.
icu::BreakIterator* word_iterator() {
  static const std::unique_ptr<const icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getUK(), status));
    if (U_FAILURE(status)) it.reset();
    return it;
  }();
  thread_local const std::unique_ptr<icu::BreakIterator> mine(prototype ? prototype->clone() : nullptr);
  return mine.get();
}

// Calls `take(word)` for every piece between word boundaries, in order.
template <class Take>
void each_word(std::string_view utf8, Take&& take) {
  if (utf8.empty()) return;
  icu::BreakIterator* it = word_iterator();
  if (!it) return;
  UErrorCode status = U_ZERO_ERROR;
  // UText over the UTF-8 bytes: boundaries come back as byte offsets, no UTF-16 copy.
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  it->setText(&ut, status);  // resets the iterator: nothing carries over from the last text
  if (U_SUCCESS(status)) {
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
      const int32_t rule = it->getRuleStatus();
      Word w;
      w.begin = static_cast<std::size_t>(start);
      w.end = static_cast<std::size_t>(end);
      w.text = utf8.substr(w.begin, w.end - w.begin);
      if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT) w.kind = Word::Kind::letters;
      else if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) w.kind = Word::Kind::number;
      take(w);
    }
  }
  utext_close(&ut);
}

}  // namespace

std::vector<Word> words(std::string_view utf8) {
  std::vector<Word> out;
  each_word(utf8, [&out](const Word& w) { out.push_back(w); });
  return out;
}

std::vector<Word> letter_words(std::string_view utf8) {
  std::vector<Word> out;
  each_word(utf8, [&out](const Word& w) {
    if (w.kind == Word::Kind::letters) out.push_back(w);
  });
  return out;
}

}  // namespace canvass
