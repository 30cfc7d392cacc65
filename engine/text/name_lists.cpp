#include "text/name_lists.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "text/fold.hpp"
#include "text/word_list.hpp"

namespace canvass {

namespace {

bool ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// "małgorzata" → "malgorzata": marks dropped after NFD, and the letters NFD leaves whole.
std::string strip_accents(const std::string& folded) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return folded;
  icu::UnicodeString s = nfd->normalize(icu::UnicodeString::fromUTF8(folded), status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case 0x0142: out.append(UChar32('l')); break;  // ł
      case 0x00F8: out.append(UChar32('o')); break;  // ø
      case 0x0111: out.append(UChar32('d')); break;  // đ
      case 0x0131: out.append(UChar32('i')); break;  // ı
      default: out.append(c);
    }
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

Status add_list(const std::string& path, std::unordered_set<std::string>& into) {
  auto list = read_word_list(path);
  if (!list) return list.error();
  for (auto& w : *list) into.insert(name_key(w));
  return Ok{};
}

}  // namespace

std::string name_key(std::string_view word) {
  std::string k;
  if (ascii(word)) {
    k.assign(word);
    for (char& c : k)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  } else {
    k = strip_accents(fold(word));
  }
  for (std::string_view s : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"})
    if (k.size() > s.size() + 1 && k.compare(k.size() - s.size(), s.size(), s) == 0) {
      k.resize(k.size() - s.size());
      break;
    }
  return k;
}

Result<NameLists> NameLists::load(const std::string& data) {
  NameLists l;
  const std::string names = data + "/names/";
  for (const char* f : {"first-names-en.txt", "first-names-uk-births.txt", "first-names-world.txt",
                        "first-names-uk-supplement.txt", "nicknames.txt"})
    CANVASS_TRY(add_list(names + f, l.first_names));
  CANVASS_TRY(add_list(names + "surnames-world.txt", l.surnames));
  CANVASS_TRY(add_list(names + "surnames-uk-supplement.txt", l.surnames));
  CANVASS_TRY(add_list(names + "common-words.txt", l.common_words));
  CANVASS_TRY(add_list(names + "name-words.txt", l.common_words));
  CANVASS_TRY(add_list(names + "not-names.txt", l.not_names));
  CANVASS_TRY(add_list(data + "/places/uk-places.txt", l.places));
  CANVASS_TRY(add_list(data + "/places/scotland-supplement.txt", l.places));
  CANVASS_TRY(add_list(data + "/words/english-words.txt", l.english));
  return l;
}

}  // namespace canvass
