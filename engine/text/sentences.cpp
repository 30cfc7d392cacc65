#include "text/sentences.hpp"

#include <cctype>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

namespace canvass {

namespace {

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// The sentence iterator with its abbreviation list, built once per process (building it
// costs far more than splitting a comment). It is never used directly: ICU's const
// methods are thread-safe, so every thread clones it (see sentence_iterator).
std::unique_ptr<icu::BreakIterator> build_sentence_iterator() {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" turns on ICU's list of abbreviations that do not end a sentence.
  const icu::Locale english("en@ss=standard");
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(english, status));
  // ICU's English list has "Mr." and "Mrs." but not the titles and short forms common in
  // British feedback; a sentence never ends after these.
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(english, status));
  if (U_SUCCESS(status) && builder && it) {
    for (const char* abbreviation : {"Dr.", "Prof.", "Cllr.", "Rev.", "St.", "e.g.", "i.e.", "etc.", "approx.", "no."})
      builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
    it.reset(builder->build(it.release(), status));
  }
  if (U_FAILURE(status)) it.reset();
  return it;
}

// This thread's own copy of the prototype; null when ICU's data could not be loaded.
icu::BreakIterator* sentence_iterator() {
  static const std::unique_ptr<const icu::BreakIterator> prototype = build_sentence_iterator();
  thread_local const std::unique_ptr<icu::BreakIterator> mine(prototype ? prototype->clone() : nullptr);
  return mine.get();
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view utf8) {
  std::vector<Sentence> out;
  if (utf8.empty()) return out;
  icu::BreakIterator* it = sentence_iterator();
  if (!it) return {{0, utf8.size(), utf8}};
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  it->setText(&ut, status);  // resets the iterator: nothing carries over from the last text
  if (U_FAILURE(status)) {
    utext_close(&ut);
    return {{0, utf8.size(), utf8}};
  }
  int32_t start = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
    std::size_t b = static_cast<std::size_t>(start), e = static_cast<std::size_t>(end);
    while (b < e && is_space(utf8[b])) ++b;
    while (e > b && is_space(utf8[e - 1])) --e;
    if (b < e) out.push_back({b, e, utf8.substr(b, e - b)});
  }
  utext_close(&ut);
  return out;
}

}  // namespace canvass
