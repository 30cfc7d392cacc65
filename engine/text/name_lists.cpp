#include "text/name_lists.hpp"

#include <algorithm>

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

Status add_list(const std::string& path, NameLists::Fact fact, NameLists& into) {
  auto list = read_word_list(path);
  if (!list) return list.error();
  for (auto& w : *list) into.facts[name_key(w)] |= fact;
  return Ok{};
}

// The words around names the rules read (name_finder): facts of the language, not data.
void add_context_words(NameLists& l) {
  const auto add = [&](std::initializer_list<const char*> words, NameLists::Fact f) {
    for (const char* w : words) l.context[w] |= f;
  };
  add({"mr", "mrs", "ms", "mx", "dr", "prof", "professor", "cllr", "councillor", "rev", "sir", "dame", "lord", "lady",
       "miss", "master", "nurse", "sister"},
      NameLists::kTitle);
  add({"worker", "facilitator", "teacher", "headteacher", "keyworker", "manager", "officer", "coordinator",
       "co-ordinator", "visitor", "mentor", "practitioner", "coach", "volunteer", "colleague", "tutor", "therapist",
       "counsellor", "psychologist", "depute", "chair", "pupil", "student", "learner", "son", "daughter", "child",
       "grandson", "granddaughter", "brother", "sister", "mum", "mam", "mom", "dad", "husband", "wife", "partner",
       "friend", "carer", "nephew", "niece", "cousin", "gran", "granny", "grandad", "grandma", "grandpa", "auntie",
       "aunt", "uncle", "stepson", "stepdaughter", "boyfriend", "girlfriend", "baby", "assistant", "lead", "leader",
       "advisor", "adviser", "consultant", "director", "head", "principal", "convener", "clerk", "administrator",
       "receptionist", "janitor", "nurse", "doctor", "gp", "midwife", "paediatrician", "councillor", "minister", "msp",
       "mp", "fosterer", "guardian", "key", "twins", "twin", "boy", "girl", "lad", "lass", "bairn", "wean", "kid",
       "eldest", "youngest", "oldest", "stepdad", "stepmum", "sw", "kw", "ht", "dht", "pt"},
      NameLists::kRole);
  add({"thanks", "thank", "thx", "cheers", "ta"}, NameLists::kThanks);
  add({"said", "says", "told", "tells", "explained", "mentioned", "asked", "added", "commented", "noted", "suggested",
       "felt", "feels", "thinks", "thought", "reckons", "reported", "shared", "described", "wrote", "emailed", "phoned",
       "replied", "agreed", "pointed", "stated", "highlighted", "raised", "led", "ran", "organised", "facilitated",
       "helped", "supported"},
      NameLists::kSpeech);
  add({"and", "&", "or"}, NameLists::kJoin);
}

}  // namespace

std::string name_key(std::string_view word) {
  // most words are ASCII without an apostrophe: their key is their lower case, made in one pass
  {
    std::string k(word.size(), '\0');
    std::size_t i = 0;
    for (; i < word.size(); ++i) {
      const char c = word[i];
      if (c == '\'' || static_cast<unsigned char>(c) >= 0x80) break;
      k[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (i == word.size()) return k;
  }
  // a possessive first ("Sarah's", "Barclays’"), so that most words take the ASCII path
  for (std::string_view s : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"})
    if (word.size() > s.size() + 1 && word.substr(word.size() - s.size()) == s) {
      word.remove_suffix(s.size());
      break;
    }
  std::string k(word);
  // English text's only non-ASCII letter is often the curly apostrophe ("don’t"): made plain
  // so that such words take the ASCII path too
  for (std::size_t at = k.find("\xE2\x80\x99"); at != std::string::npos; at = k.find("\xE2\x80\x99", at))
    k.replace(at, 3, "'");
  if (ascii(k)) {
    for (char& c : k)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return k;
  }
  return strip_accents(fold(k));
}

Result<NameLists> NameLists::load(const std::string& data) {
  NameLists l;
  l.facts.reserve(131072);
  const std::string names = data + "/names/";
  for (const char* f : {"first-names-en.txt", "first-names-uk-births.txt", "first-names-world.txt",
                        "first-names-uk-supplement.txt", "nicknames.txt"})
    CANVASS_TRY(add_list(names + f, kFirstName, l));
  CANVASS_TRY(add_list(names + "surnames-world.txt", kSurname, l));
  CANVASS_TRY(add_list(names + "surnames-uk-supplement.txt", kSurname, l));
  CANVASS_TRY(add_list(names + "common-words.txt", kEveryday, l));
  CANVASS_TRY(add_list(names + "name-words.txt", kEveryday, l));
  CANVASS_TRY(add_list(names + "not-names.txt", kNotName, l));
  CANVASS_TRY(add_list(data + "/places/uk-places.txt", kPlace, l));
  CANVASS_TRY(add_list(data + "/places/scotland-supplement.txt", kPlace, l));
  CANVASS_TRY(add_list(data + "/words/english-words.txt", kWord, l));
  add_context_words(l);
  return l;
}

}  // namespace canvass
