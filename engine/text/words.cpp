#include "text/words.hpp"

#include <array>
#include <memory>
#include <utility>

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

// The word-break classes (UAX #29) of the characters plain_each_word reads: ASCII, the
// typographic quotes and dashes word processors put in, and the accented Latin letters of
// U+00C0-U+017F (café, Zoë, Łukasz, Welsh ŵ and ŷ), every one of them ALetter but × and ÷.
enum class Break : unsigned char { other, cr, lf, newline, space, letter, digit, underscore, mid_letter, mid_num, mid_both };

// The classes of ASCII characters.
constexpr auto kAscii = [] {
  std::array<Break, 128> table{};  // Break::other
  for (int k = 'a'; k <= 'z'; ++k) table[k] = table[k - 'a' + 'A'] = Break::letter;
  table['@'] = Break::letter;  // ICU's rules take '@' as a letter
  for (int k = '0'; k <= '9'; ++k) table[k] = Break::digit;
  table['\r'] = Break::cr;
  table['\n'] = Break::lf;
  table['\v'] = table['\f'] = Break::newline;
  table[' '] = Break::space;
  table['_'] = Break::underscore;
  table['.'] = table['\''] = Break::mid_both;  // MidNumLet, Single_Quote
  table[','] = table[';'] = Break::mid_num;     // MidNum (':' is not MidLetter in ICU's rules)
  return table;
}();

// The class of the character at `at` and its length in bytes; 0 bytes for a character
// outside the set (the text then goes to ICU).
inline std::pair<Break, std::size_t> break_class(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (c >= 0xC3 && c <= 0xC5) {  // U+00C0-U+017F: Latin-1's and Latin Extended-A's letters
    if (at + 1 >= text.size() || (static_cast<unsigned char>(text[at + 1]) & 0xC0) != 0x80) return {Break::other, 0};
    const bool sign = c == 0xC3 && (text[at + 1] == '\x97' || text[at + 1] == '\xB7');  // × ÷
    return {sign ? Break::other : Break::letter, 2};
  }
  if (c >= 0x80) {
    if (c != 0xE2 || at + 2 >= text.size() || static_cast<unsigned char>(text[at + 1]) != 0x80) return {Break::other, 0};
    switch (static_cast<unsigned char>(text[at + 2])) {
      case 0x98: case 0x99: return {Break::mid_both, 3};  // ‘ ’ MidNumLet
      case 0x9C: case 0x9D: case 0x93: case 0x94: return {Break::other, 3};  // “ ” – —
      default: return {Break::other, 0};
    }
  }
  return {kAscii[c], 1};
}

// A character, or a run of letters: no boundary falls inside a run (WB5), and the rules
// below read only classes, of a run's neighbours as of a single letter's.
struct Piece {
  std::size_t begin, end;
  Break cls;
};

bool letter_mid(Break b) { return b == Break::mid_letter || b == Break::mid_both; }
bool number_mid(Break b) { return b == Break::mid_num || b == Break::mid_both; }

// UAX #29 for text whose characters all have a class above (no Extend, Format, ZWJ,
// Katakana, Hebrew, regional indicators): is there no boundary between c[i-1] and c[i]?
// What kind of word joining them makes (its rule status), through `kind`.
inline bool joined(const std::vector<Piece>& c, std::size_t i, Word::Kind& kind) {
  const Break a = c[i - 1].cls, b = c[i].cls;
  const auto at = [&](std::size_t k) { return k < c.size() ? c[k].cls : Break::other; };
  const Break before = i >= 2 ? c[i - 2].cls : Break::other, after = at(i + 1);
  kind = Word::Kind::other;
  if (a == Break::cr && b == Break::lf) return true;  // WB3
  if (a == Break::cr || a == Break::lf || a == Break::newline || b == Break::cr || b == Break::lf ||
      b == Break::newline)
    return false;                                                  // WB3a, WB3b
  if (a == Break::space && b == Break::space) return true;        // WB3d
  const bool la = a == Break::letter, lb = b == Break::letter, na = a == Break::digit, nb = b == Break::digit;
  kind = Word::Kind::letters;
  if ((la || na) && (lb || nb) && (la || lb)) return true;        // WB5, WB9, WB10
  if (la && letter_mid(b) && after == Break::letter) return true;  // WB6
  if (letter_mid(a) && lb && before == Break::letter) return true; // WB7
  if ((la || a == Break::underscore) && b == Break::underscore) return true;  // WB13a
  if (a == Break::underscore && lb) return true;                  // WB13b
  kind = Word::Kind::number;
  if (na && nb) return true;                                      // WB8
  if (before == Break::digit && number_mid(a) && nb) return true;  // WB11
  if (na && number_mid(b) && after == Break::digit) return true;  // WB12
  if (na && b == Break::underscore) return true;                  // WB13a
  if (a == Break::underscore && nb) return true;                  // WB13b
  kind = Word::Kind::other;
  return false;
}

// ICU's rule status for a word as it grows by one character `b` after `a`: the status of
// the character it ends with (a letter or a digit), "__" a letter word.
Word::Kind status_after(Word::Kind kind, Break a, Break b) {
  if (b == Break::letter) return Word::Kind::letters;
  if (b == Break::digit) return Word::Kind::number;
  if (b == Break::underscore && a == Break::underscore) return Word::Kind::letters;
  return kind;
}

// The same pieces ICU's word iterator gives, for text of those characters only; false
// (and nothing taken) for any other text.
template <class Take>
bool plain_each_word(std::string_view utf8, Take& take) {
  thread_local std::vector<Piece> pieces;
  std::vector<Piece>& c = pieces;
  c.clear();
  for (std::size_t at = 0; at < utf8.size();) {
    const auto [cls, n] = break_class(utf8, at);
    if (n == 0) return false;
    std::size_t end = at + n;
    if (cls == Break::letter)  // the run of ASCII letters it starts
      while (end < utf8.size() && static_cast<unsigned char>(utf8[end]) < 0x80 &&
             kAscii[static_cast<unsigned char>(utf8[end])] == Break::letter)
        ++end;
    c.push_back({at, end, cls});
    at = end;
  }
  for (std::size_t i = 0; i < c.size();) {
    Word w;
    w.begin = c[i].begin;
    w.kind = c[i].cls == Break::letter ? Word::Kind::letters : c[i].cls == Break::digit ? Word::Kind::number : Word::Kind::other;
    std::size_t j = i + 1;
    for (Word::Kind joined_kind; j < c.size(); ++j) {
      // (a run of ASCII letters is one piece; a run and an accented letter next to it join by WB5)
      if (!joined(c, j, joined_kind)) break;
      w.kind = status_after(w.kind, c[j - 1].cls, c[j].cls);
    }
    w.end = c[j - 1].end;
    w.text = utf8.substr(w.begin, w.end - w.begin);
    take(w);
    i = j;
  }
  return true;
}

// Calls `take(word)` for every piece between word boundaries, in order.
template <class Take>
void each_word(std::string_view utf8, Take&& take) {
  if (utf8.empty() || plain_each_word(utf8, take)) return;
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
  out.reserve(utf8.size() / 3 + 1);  // a word and a space are rarely shorter
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
