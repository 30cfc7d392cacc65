#include "text/name_finder.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <initializer_list>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "text/words.hpp"

namespace canvass {

namespace {

// How sure the words before a candidate make us that a person follows.
enum class Context { none, medium, strong };

struct Token {
  std::size_t begin, end;
  std::string_view text;
  std::string key;
  bool number = false;
  // NameLists::Fact bits, each kind looked up when first needed
  mutable std::uint16_t facts = 0, context = 0;
  mutable bool facts_known = false, context_known = false;
  bool cap = false;       // starts with a capital letter
  bool all_caps = false;  // two or more letters, all capitals
  int line = 0;
};

UChar32 first_char(std::string_view w) {
  UChar32 c = 0;
  int32_t i = 0;
  U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
  return c;
}

bool all_capitals(std::string_view w) {
  int letters = 0;
  for (int32_t i = 0; i < static_cast<int32_t>(w.size());) {
    UChar32 c;
    U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

bool one_of(const std::string& key, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (key == w) return true;
  return false;
}

class Finder {
 public:
  Finder(std::string_view text, const std::vector<Word>& text_words, const NameLists& lists)
      : text_(text), lists_(lists) {
    tokenise(text_words);
  }

  std::vector<NameSpan> find(const std::vector<std::vector<std::string>>& listed) {
    for (std::size_t i = 0; i < t_.size(); ++i) {
      listed_at(i, listed);
      if (t_[i].number || !plausible(i) || after_saint(i)) continue;
      // in the order of the evidence's strength; a lower-case word is a name only with
      // context ("thanks to sarah", "sarah said") and a list entry (person_word)
      if (const Context c = context_before(i); c != Context::none) {
        if (person_word(i, c) && !organisation_follows(i)) mark_from(is(t_[i - 1], NameLists::kTitle) ? i - 1 : i, i);
      } else if (t_[i].cap && i > 0 && initial(i - 1) && (surname(t_[i]) || !is(t_[i], NameLists::kWord)) &&
                 !is(t_[i], NameLists::kNotName)) {
        mark_from(i - 1, i);  // "J. Murray"
      } else if (followed_by_speech(i) && person_word(i, Context::strong)) {
        mark(i);
      } else if (t_[i].cap) {
        by_lists(i);
      }
    }
    coordinated();
    return std::move(spans_);
  }

 private:
  void tokenise(const std::vector<Word>& ws) {
    int line = 0;
    std::size_t at = 0;
    t_.reserve(ws.size() / 2 + 1);
    for (const Word& w : ws) {
      for (; at < w.begin; ++at)
        if (text_[at] == '\n') ++line;
      if (w.kind == Word::Kind::other) {
        for (std::size_t k = w.begin; k < w.end; ++k)
          if (text_[k] == '\n') ++line;
        at = w.end;
        continue;
      }
      at = w.end;
      Token t{w.begin, w.end, w.text, name_key(w.text)};
      t.number = w.kind == Word::Kind::number;
      const UChar32 c = first_char(w.text);
      t.cap = c > 0 && (c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c));
      t.all_caps = t.cap && all_capitals(w.text);
      t.line = line;
      t_.push_back(std::move(t));
    }
    // Lines in capitals ("TOO EARLY") and title-case headings ("Role of Art Spaces") are
    // read with suspicion: their capitals say nothing about names.
    const int lines = t_.empty() ? 0 : t_.back().line + 1;
    struct Counts {
      int letters = 0, caps = 0, upper = 0, small = 0;
    };
    std::vector<Counts> count(static_cast<std::size_t>(lines));
    for (const auto& t : t_) {
      if (t.number) continue;
      Counts& n = count[static_cast<std::size_t>(t.line)];
      ++n.letters;
      if (t.all_caps) ++n.caps;
      if (t.cap) ++n.upper;
      else if (t.key.size() > 4 || !one_of(t.key, {"of", "and", "the", "for", "in", "to", "a", "an", "on", "at", "with", "by", "or", "from"}))
        ++n.small;
    }
    line_looks_.resize(count.size());
    for (std::size_t l = 0; l < count.size(); ++l) {
      line_looks_[l].caps = count[l].caps >= 2 && count[l].caps * 2 >= count[l].letters;
      line_looks_[l].heading = count[l].upper >= 3 && count[l].small == 0;
    }
  }

  // Between tokens a and a+1: only spaces (no line break), or a hyphen in "Ross-Duncan".
  bool joined(std::size_t a) const {
    if (a + 1 >= t_.size() || t_[a].line != t_[a + 1].line) return false;
    const std::string_view gap = text_.substr(t_[a].end, t_[a + 1].begin - t_[a].end);
    if (gap == "-") return true;
    return !gap.empty() && gap.find_first_not_of(" \t") == std::string_view::npos;
  }
  // "Facilitator: " — a label and a colon before token a+1 on the same line.
  bool labelled(std::size_t a) const {
    if (a + 1 >= t_.size() || t_[a].line != t_[a + 1].line) return false;
    const std::string_view gap = text_.substr(t_[a].end, t_[a + 1].begin - t_[a].end);
    return gap.size() >= 2 && gap.front() == ':' && gap.find_first_not_of(" \t", 1) == std::string_view::npos;
  }

  // Between tokens a and a+1 there is nothing that ends a clause (".", ";", ":", line break).
  bool near(std::size_t a) const {
    if (a + 1 >= t_.size() || t_[a].line != t_[a + 1].line) return false;
    const std::string_view gap = text_.substr(t_[a].end, t_[a + 1].begin - t_[a].end);
    return gap.find_first_not_of(" \t,") == std::string_view::npos ||
           gap == ". " || gap == "." ;  // "Mrs. Jones", "Dr. Smith"
  }

  // A capitalised word that reads as a capital only because its line is in capitals.
  // What the lists say about a word (a look-up in a large table: only for candidates), and
  // whether it is a context word (a small table).
  bool is(const Token& t, std::uint16_t f) const {
    if (f & NameLists::kContext) {
      if (!t.context_known) {
        t.context = lists_.context_of(t.key);
        t.context_known = true;
      }
      return (t.context & f) != 0;
    }
    if (!t.facts_known) {
      t.facts = lists_.of(t.key);
      t.facts_known = true;
    }
    return (t.facts & f) != 0;
  }

  bool plausible(std::size_t i) const { return !(t_[i].all_caps && line_looks_[t_[i].line].caps); }

  // "NI", "EAL", "AI", "EVs": a word whose first two letters are capitals is an
  // abbreviation, not a name.
  static bool acronym(const Token& t) {
    return t.text.size() >= 2 && std::isupper(static_cast<unsigned char>(t.text[0])) &&
           std::isupper(static_cast<unsigned char>(t.text[1]));
  }

  // "MaaS", "iPhone", "eBay": a capital inside a word (other than "McKenzie", "MacLeod",
  // "O'Neill", "Ross-Duncan") marks a brand or an abbreviation.
  bool inner_capital(const Token& t) const {
    if (mac_surname(t) || t.text.find_first_of("-'") != std::string_view::npos) return false;
    return std::any_of(t.text.begin() + 1, t.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  bool mac_surname(const Token& t) const {
    const std::string& k = t.key;
    if (k.size() > 3 && k.rfind("mc", 0) == 0 && std::isalpha(static_cast<unsigned char>(k[2]))) return !is(t, NameLists::kWord);
    if (k.size() > 4 && k.rfind("mac", 0) == 0 && t.text.size() > 3 && t.text[3] >= 'A' && t.text[3] <= 'Z') return true;
    if (k.size() > 3 && (k.rfind("o'", 0) == 0 || k.rfind("o\xE2\x80\x99", 0) == 0)) return true;
    return false;
  }
  bool surname(const Token& t) const { return is(t, NameLists::kSurname) || mac_surname(t); }

  // Could token i be (part of) a person's name, given how strong the context is?
  bool person_word(std::size_t i, Context c) const {
    const Token& t = t_[i];
    if (t.number || acronym(t) || is(t, NameLists::kNotName) || t.key.size() < 2) return false;
    const bool first = is(t, NameLists::kFirstName), sur = surname(t);
    if (t.cap) {
      if (first || sur) return c == Context::strong || !is(t, NameLists::kEveryday) || !is(t, NameLists::kWord);
      // after "Mr" or "social worker" a place name is a surname: "Mr Abernethy"
      return !is(t, NameLists::kWord) && (c == Context::strong || !is(t, NameLists::kPlace));
    }
    // lower case: "thanks to sarah", "mrs mcallister"
    return (first || sur) && !is(t, NameLists::kWord) && !is(t, NameLists::kEveryday);
  }

  Context context_before(std::size_t i) const {
    if (i == 0) return Context::none;
    const std::string& p = t_[i - 1].key;
    if (labelled(i - 1) && is(t_[i - 1], NameLists::kRole)) return Context::strong;  // "Facilitator: J. Murray", "SW: Leanne"
    if (!near(i - 1)) return Context::none;
    if (is(t_[i - 1], NameLists::kTitle) && (t_[i - 1].cap || p == "mrs" || p == "mr" || p == "dr" || p == "ms" || p == "cllr"))
      return Context::strong;
    // "social worker Shaz"; a capitalised role word ("Learner Journey") is more likely part
    // of a programme's name
    if (is(t_[i - 1], NameLists::kRole)) return t_[i - 1].cap ? Context::medium : Context::strong;
    if (p == "called" || p == "named") return Context::medium;
    if (is(t_[i - 1], NameLists::kThanks)) return Context::medium;
    if (p == "to" && i >= 2 && (is(t_[i - 2], NameLists::kThanks) || one_of(t_[i - 2].key, {"spoke", "speak", "talk", "talked", "spoken"})))
      return Context::medium;
    if (p == "to" && i >= 3 && t_[i - 2].key == "you" && is(t_[i - 3], NameLists::kThanks)) return Context::medium;
    if (p == "you" && i >= 2 && is(t_[i - 2], NameLists::kThanks)) return Context::medium;
    if (p == "is" && i >= 2 && t_[i - 2].key == "name") return Context::strong;
    return Context::none;
  }

  // "Robertson Trust", "Learner Journey Review", "Jan-Mar": the word after makes it a name of
  // something else.
  bool organisation_follows(std::size_t i) const {
    return i + 1 < t_.size() && joined(i) && t_[i + 1].cap && is(t_[i + 1], NameLists::kNotName);
  }

  // "St James", "St. Fergus", "Saint Andrew": a church, school, place or day, not a person.
  bool after_saint(std::size_t i) const {
    return i > 0 && near(i - 1) && (t_[i - 1].text == "St" || t_[i - 1].text == "Saint" || t_[i - 1].text == "ST");
  }

  // "J." or "J" before a surname on the same line.
  bool initial(std::size_t a) const {
    if (t_[a].text.size() != 1 || !t_[a].cap || !near(a)) return false;
    const bool dotted = text_.substr(t_[a].end, 1) == ".";
    const bool after_symbol = t_[a].begin > 0 && std::string_view("&/-").find(text_[t_[a].begin - 1]) != std::string_view::npos;
    // "A Dundee company", "I Smith...", "V&A Dundee": the article and pronoun need a dot
    return !after_symbol && (dotted || (t_[a].text != "A" && t_[a].text != "I"));
  }

  bool followed_by_speech(std::size_t i) const { return i + 1 < t_.size() && joined(i) && is(t_[i + 1], NameLists::kSpeech); }

  // The lists alone: a first name ("Seonaid"), a first name and a surname ("Will Smith",
  // "Sarah Mbeki"), or a Mc/Mac/O' surname ("McKenzie").
  void by_lists(std::size_t i) {
    const Token& t = t_[i];
    if (!t.cap || acronym(t) || inner_capital(t) || is(t, NameLists::kNotName)) return;
    const bool heading = line_looks_[t.line].heading;
    const bool next = i + 1 < t_.size() && joined(i);
    if (next && (t_[i + 1].number || (t_[i + 1].cap && is(t_[i + 1], NameLists::kNotName)))) return;  // "Nat 5", "Robertson Trust"
    const bool first = is(t, NameLists::kFirstName);
    const bool ambiguous = is(t, NameLists::kEveryday) || is(t, NameLists::kPlace);
    if (first && next && t_[i + 1].cap && plausible(i + 1) && !is(t_[i + 1], NameLists::kPlace) && !acronym(t_[i + 1])) {
      const Token& n = t_[i + 1];
      const bool sur = surname(n);
      if (sur || (!ambiguous && !heading && !is(n, NameLists::kWord))) {
        mark(i);
        return;
      }
    }
    if (heading) return;
    if (first && !ambiguous) mark(i);
    else if (mac_surname(t) && !is(t, NameLists::kPlace)) mark(i);
  }

  // "Seonaid and Ruairidh", "Tam and Shaz": a capitalised word joined to a name by "and".
  void coordinated() {
    for (std::size_t i = 0; i + 2 < t_.size(); ++i) {
      if (!is(t_[i + 1], NameLists::kJoin) || !near(i) || !near(i + 1)) continue;
      const bool left = marked(i), right = marked(i + 2);
      // a capitalised word beside a name is a name too, even an everyday one ("Poppy and Grace")
      if (left && !right && t_[i + 2].cap && person_word(i + 2, Context::strong) && !organisation_follows(i + 2)) mark(i + 2);
      if (right && !left && t_[i].cap && person_word(i, Context::strong)) mark(i);
    }
  }

  bool marked(std::size_t i) const {
    return std::any_of(spans_.begin(), spans_.end(), [&](const NameSpan& s) { return s.begin <= t_[i].begin && t_[i].end <= s.end; });
  }

  // A name starting at token i, extended over up to two more name words ("Peigi Macaulay",
  // "Sarah Jane Smith", "Eilidh Ross-Duncan").
  void mark(std::size_t i) { mark_from(i, i); }

  // The same, with the replacement starting earlier, at token `from`: a title ("Dr Fletcher")
  // or an initial ("J. Murray").
  void mark_from(std::size_t from, std::size_t i) {
    std::size_t last = i;
    for (int more = 0; more < 2 && joined(last); ++more) {
      const Token& n = t_[last + 1];
      if (!n.cap || !plausible(last + 1) || acronym(n) || is(n, NameLists::kNotName)) break;
      if (is(n, NameLists::kPlace) && !(last == i && is(t_[i], NameLists::kTitle))) break;
      if (!(surname(n) || is(n, NameLists::kFirstName) || !is(n, NameLists::kWord))) break;
      ++last;
    }
    if (organisation_follows(last)) return;  // "Robert Gordon University", "Ferguson Marine"
    spans_.push_back({t_[from].begin, t_[last].end});
  }

  void listed_at(std::size_t i, const std::vector<std::vector<std::string>>& listed) {
    for (const auto& name : listed) {
      if (name.empty() || i + name.size() > t_.size()) continue;
      bool match = true;
      for (std::size_t k = 0; k < name.size() && match; ++k)
        match = t_[i + k].key == name[k] && (k == 0 || joined(i + k - 1));
      if (match) spans_.push_back({t_[i].begin, t_[i + name.size() - 1].end});
    }
  }

  std::string_view text_;
  const NameLists& lists_;
  std::vector<Token> t_;
  struct LineLooks {
    bool caps = false;     // in capitals
    bool heading = false;  // a title-case heading
  };
  std::vector<LineLooks> line_looks_;  // per line of the text
  std::vector<NameSpan> spans_;
};

}  // namespace

std::vector<NameSpan> find_names(std::string_view text, const NameLists& lists,
                                 const std::vector<std::vector<std::string>>& listed) {
  return find_names(text, words(text), lists, listed);
}

std::vector<NameSpan> find_names(std::string_view text, const std::vector<Word>& text_words, const NameLists& lists,
                                 const std::vector<std::vector<std::string>>& listed) {
  return Finder(text, text_words, lists).find(listed);
}

}  // namespace canvass
