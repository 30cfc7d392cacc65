// Instantiates the personal-data rules once and scans text with them: at each word
// boundary every rule is tried, the longest match wins, and checks X3 cannot express
// (digit counts, the NHS check digit, ordinals that look like postcodes) are applied.
#include "pii/pii.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <vector>
#include <cctype>
#include <optional>

#include "pii/pii_def.hpp"

namespace canvass::grammar {

namespace {

// What std::isalnum / std::isdigit say in the C locale canvass runs in (it never calls
// setlocale), without a library call per byte.
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }
bool is_alnum(char c) { return is_digit(c) || is_letter(c); }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string digits_of(std::string_view s) {
  std::string d;
  for (char c : s)
    if (is_digit(c)) d += c;
  return d;
}

// The NHS number's tenth digit is a modulus-11 check over the first nine.
bool nhs_check_digit_ok(const std::string& d) {
  if (d.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[i] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  return check != 10 && check == d[9] - '0';
}

bool phone_digits_ok(std::string_view match) {
  const std::size_t extension = match.find_first_of("eExX");  // "... ext 245": the extension does not count
  if (extension == 0) return digits_of(match).size() >= 2;  // an extension alone
  const std::string d = digits_of(match.substr(0, extension));
  if (match.front() == '+') return d.size() >= 8 && d.size() <= 15;
  if (d.rfind("00", 0) == 0) return d.size() >= 10 && d.size() <= 15;
  return d.size() >= 10 && d.size() <= 11;  // UK national: 0 + 9 or 10 digits
}

// "p7 2nd" has a postcode's shape; an ordinal suffix in lower case is not one.
bool postcode_ok(std::string_view match) {
  if (match.size() < 2) return false;
  const std::string_view unit = match.substr(match.size() - 2);
  for (auto ordinal : {"st", "nd", "rd", "th"})
    if (unit == ordinal) return false;
  return true;
}

bool is_year(std::string_view y) { return y.size() == 4 && (y.rfind("19", 0) == 0 || y.rfind("20", 0) == 0); }

// "2019-2020", "2022-23 2023-24": spans of (academic) years, not an identifier. Every
// group between separators is a year or a two-digit year ending, and there is a year.
bool years_only(std::string_view match) {
  bool year = false;
  std::size_t from = 0;
  while (from < match.size()) {
    std::size_t to = from;
    while (to < match.size() && is_digit(match[to])) ++to;
    const std::string_view group = match.substr(from, to - from);
    if (is_year(group)) year = true;
    else if (group.size() != 2) return false;
    from = to + 1;
  }
  return year;
}

int number_at(std::string_view s, std::size_t from, std::size_t n) {
  int v = 0;
  for (std::size_t i = from; i < from + n && i < s.size(); ++i) v = v * 10 + (s[i] - '0');
  return v;
}

bool valid_day_month(int day, int month) { return day >= 1 && day <= 31 && month >= 1 && month <= 12; }

// A CHI number (Scotland) opens with the date of birth, DDMMYY.
bool chi_date_ok(const std::string& d) { return d.size() == 10 && valid_day_month(number_at(d, 0, 2), number_at(d, 2, 2)); }

// "14/02/2009", "3-3-11": a day and month in either order; dots only with a four-digit year
// (so section numbers such as "2.1.10" are left alone).
bool numeric_date_ok(std::string_view m) {
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= m.size(); ++i)
    if (i == m.size() || !is_digit(m[i])) {
      parts.push_back(m.substr(from, i - from));
      from = i + 1;
    }
  if (parts.size() != 3) return false;
  const char sep = m[parts[0].size()];
  if (m[parts[0].size() + parts[1].size() + 1] != sep) return false;
  if (sep == '.' && parts[2].size() != 4) return false;
  if (parts[2].size() == 4 && !is_year(parts[2])) return false;
  const int a = number_at(parts[0], 0, parts[0].size()), b = number_at(parts[1], 0, parts[1].size());
  return valid_day_month(a, b) || valid_day_month(b, a);
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

// The few words before `at`, lower-cased: the context of a written date or a saint's name.
std::string before(std::string_view text, std::size_t at, std::size_t bytes) {
  const std::size_t from = at > bytes ? at - bytes : 0;
  return lower_ascii(text.substr(from, at - from));
}

bool contains_any(const std::string& s, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (s.find(w) != std::string::npos) return true;
  return false;
}

// "3rd March 2011" is a date of birth only when the text says so just before it.
bool birth_context(std::string_view text, std::size_t at) {
  return contains_any(before(text, at, 32), {"dob", "d.o.b", "date of birth", "born", "birthday", "birth date"});
}

// "St Mary's" is a school after "at", "attends", "goes to"...
bool school_context(std::string_view text, std::size_t at) {
  const std::string b = before(text, at, 16);
  for (std::string_view w : {" at ", "attends ", "attending ", "goes to ", "go to ", "went to ", "moved to ",
                             "started ", "pupil ", "pupils ", "from ", "school "}) {
    if (b.size() >= w.size() && b.compare(b.size() - w.size(), w.size(), w) == 0) return true;
    if (w.front() == ' ' && b == w.substr(1)) return true;
  }
  return false;
}

// A spelled-out e-mail ends in a known top-level domain; a plain " at " ("available at
// gov.uk") needs a spelled " dot " or a local part with '.', '_' or digits as well.
bool spelled_email_ok(std::string_view m) {
  const std::string low = lower_ascii(m);
  std::size_t end = low.size();
  std::size_t start = low.find_last_of(" .)]");
  const std::string last = start == std::string::npos ? low : low.substr(start + 1, end - start - 1);
  static const std::array<std::string_view, 12> tlds{"com", "org", "net", "uk", "scot", "gov", "edu", "io", "info", "ie", "nhs", "ac"};
  if (std::find(tlds.begin(), tlds.end(), last) == tlds.end()) return false;
  const std::size_t at = low.find(" at ");
  if (at == std::string::npos || low.find('@') != std::string::npos || low.find("(at)") != std::string::npos ||
      low.find("[at]") != std::string::npos || low.find("{at}") != std::string::npos)
    return true;
  if (low.find(" dot ") != std::string::npos || low.find("(dot)") != std::string::npos ||
      low.find("[dot]") != std::string::npos)
    return true;
  const std::string local = low.substr(0, at);
  return local.find_first_of("._0123456789") != std::string::npos;
}

// Characters a URL rarely ends with: they belong to the sentence around it.
std::size_t trim_url_end(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && std::string_view(".,;:!?)]}").find(text[end - 1]) != std::string_view::npos) --end;
  return end;
}

// What a text can hold at all, found once per text: rules that cannot match are not tried.
struct Hints {
  bool school = false;         // a school word: "Primary", "Academy", "School"...
  bool spelled_email = false;  // "at" or "@" somewhere
  // Something every other rule needs: a digit (numbers, dates, postcodes, addresses,
  // vehicles), '@' (e-mails, handles), ':' ("http://"), an apostrophe ("St Mary's") or a
  // '.' before a character a URL may hold ("www.x", "gov.uk"). A sentence's full stop
  // before a space is none of these.
  bool marks = false;
  bool any() const { return school || spelled_email || marks; }
};

bool url_character(char c) { return std::string_view(" \t\r\n<>\"'").find(c) == std::string_view::npos; }

// True when `text` at `at` starts with `word`, ignoring ASCII case.
bool starts_with_nocase(std::string_view text, std::size_t at, std::string_view word) {
  if (at + word.size() > text.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (to_lower(text[at + k]) != word[k]) return false;
  return true;
}

// One pass over the text.
Hints hints_of(std::string_view text) {
  Hints h;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '@') h.spelled_email = true;
    if (is_digit(c) || c == '@' || c == ':' || c == '\'' || (c == '.' && i + 1 < text.size() && url_character(text[i + 1])))
      h.marks = true;
    if (i > 0) {  // only a word's start (after " ([{") is read further; tested directly, it is per byte
      const char p = text[i - 1];
      if (p != ' ' && p != '(' && p != '[' && p != '{') continue;
    }
    if ((c == 'a' || c == 'A') && i + 2 < text.size() && (text[i + 1] == 't' || text[i + 1] == 'T') &&
        std::string_view(" )]}").find(text[i + 2]) != std::string_view::npos)
      h.spelled_email = true;  // "at" standing alone, not inside "that" or "data"
    // a school word starts with one of these capitals; the others are not compared further
    if (!h.school && c >= 'A' && c <= 'Z' && std::string_view("PSHAGNCE").find(c) != std::string_view::npos)
      for (std::string_view w : {"primary", "secondary", "high", "academy", "grammar", "nursery", "school", "centre", "elc"})
        if (starts_with_nocase(text, i, w)) h.school = true;
  }
  return h;
}

// A spelled-out e-mail goes on after its first word with '.', '(', '[', '{', '@', or a space
// and "dot"/"at"/'@'/a bracket: anything else cannot start one (most words, cheaply).
bool may_be_spelled_email(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && (is_alnum(text[i]) || text[i] == '_' || text[i] == '%' || text[i] == '+' || text[i] == '-')) ++i;
  if (i + 1 < text.size() && text[i] == '.' && is_alnum(text[i + 1])) return true;  // "jo.bloggs at ..."
  for (std::string_view w : {"@", " @", " at ", " dot ", "(at)", "[at]", "{at}", " (at)", " [at]", " {at}", "(dot)",
                             "[dot]", " (dot)", " [dot]"})
    if (starts_with_nocase(text, i, w)) return true;
  return false;
}

template <class Rule>
std::optional<std::size_t> match_at(std::string_view text, std::size_t at, const Rule& rule) {
  const char* first = text.data() + at;
  const char* last = text.data() + text.size();
  if (!boost::spirit::x3::parse(first, last, rule)) return std::nullopt;
  return static_cast<std::size_t>(first - text.data());
}

struct Candidate {
  PiiKind kind;
  std::size_t end;
};

// Tries every rule at `at` (which is at a word boundary); the longest acceptable match,
// earlier rules winning ties.
std::optional<Candidate> longest_at(std::string_view text, std::size_t at, const Hints& hints) {
  namespace r = pii_rules;
  std::optional<Candidate> best;
  bool school_ok = true;
  bool spelled = false;
  const auto consider = [&](PiiKind kind, std::optional<std::size_t> end, bool trailing_boundary = true) {
    if (!end || *end <= at) return;
    std::size_t e = *end;
    if (kind == PiiKind::url) e = trim_url_end(text, at, e);
    if (trailing_boundary && e < text.size() && is_alnum(text[e])) return;
    const std::string_view m = text.substr(at, e - at);
    if (kind == PiiKind::phone && !phone_digits_ok(m)) return;
    if (kind == PiiKind::nhs_number && !nhs_check_digit_ok(digits_of(m))) return;
    if (kind == PiiKind::postcode && !postcode_ok(m)) return;
    if (kind == PiiKind::id_number && (digits_of(m).size() < 8 || years_only(m))) return;
    if (kind == PiiKind::chi_number && !chi_date_ok(digits_of(m))) return;
    if (kind == PiiKind::date && (is_digit(m.back()) && m.find(' ') == std::string_view::npos ? !numeric_date_ok(m)
                                                                                               : !birth_context(text, at)))
      return;
    if (kind == PiiKind::school && !school_ok) return;
    if (kind == PiiKind::email && spelled && !spelled_email_ok(m)) return;
    if (kind == PiiKind::handle && at > 0 && (is_alnum(text[at - 1]) || text[at - 1] == '.')) return;
    if (!best || e > best->end) best = Candidate{kind, e};
  };
  // Only the rules that can start with this character are tried.
  const char c = text[at];
  if (c == '@') {
    consider(PiiKind::handle, match_at(text, at, r::handle));
    return best;
  }
  if (c == '+' || c == '(') {
    consider(PiiKind::phone, match_at(text, at, r::phone));
    return best;
  }
  consider(PiiKind::email, match_at(text, at, r::email));
  consider(PiiKind::url, match_at(text, at, r::bare_domain));
  if (hints.spelled_email && may_be_spelled_email(text, at)) {
    spelled = true;
    consider(PiiKind::email, match_at(text, at, r::spelled_email));
    spelled = false;
  }
  if (is_digit(c)) {
    consider(PiiKind::nhs_number, match_at(text, at, r::nhs_number));
    consider(PiiKind::chi_number, match_at(text, at, r::nhs_number));
    if (c == '0') consider(PiiKind::phone, match_at(text, at, r::phone));
    consider(PiiKind::id_number, match_at(text, at, r::id_number));
    consider(PiiKind::date, match_at(text, at, r::numeric_date));
    consider(PiiKind::date, match_at(text, at, r::written_date));
    consider(PiiKind::address, match_at(text, at, r::street_address));
    return best;
  }
  const char lower = to_lower(c);
  // The character `k` places on (none past the end): what a rule needs there before it is
  // worth trying, read off the rules themselves (most words are none of these).
  const auto ahead = [&](std::size_t k) { return at + k < text.size() ? text[at + k] : '\0'; };
  const bool letter_then_digit = is_digit(ahead(1)) || (is_letter(ahead(1)) && is_digit(ahead(2)));
  if ((lower == 'h' && starts_with_nocase(text, at, "http")) || (lower == 'w' && starts_with_nocase(text, at, "www.")))
    consider(PiiKind::url, match_at(text, at, r::url));
  if (is_digit(ahead(2)) || (ahead(2) == ' ' && is_digit(ahead(3))))  // two letters, then digits
    consider(PiiKind::ni_number, match_at(text, at, r::ni_number));
  if (letter_then_digit || starts_with_nocase(text, at, "gir"))  // one or two letters and a digit, or GIR 0AA
    consider(PiiKind::postcode, match_at(text, at, r::postcode));
  if (lower == 'e' && starts_with_nocase(text, at, "ext")) consider(PiiKind::phone, match_at(text, at, r::lone_extension));
  if (lower == 'f' && starts_with_nocase(text, at, "flat ")) consider(PiiKind::address, match_at(text, at, r::street_address));
  if (is_upper(c)) {
    if (hints.school) consider(PiiKind::school, match_at(text, at, r::school));
    if (c == 'S') {
      school_ok = school_context(text, at);
      consider(PiiKind::school, match_at(text, at, r::saint_name));
      school_ok = true;
    }
    if (is_upper(ahead(1)) && is_digit(ahead(2)))  // two capitals, then digits
      consider(PiiKind::vehicle, match_at(text, at, r::vehicle));
  }
  return best;
}

bool starts_word(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  const char prev = text[at - 1];
  return !is_alnum(prev) && std::string_view("._%+-@").find(prev) == std::string_view::npos;
}

}  // namespace

std::vector<PiiMatch> find_pii(std::string_view text) {
  const Hints hints = hints_of(text);
  std::vector<PiiMatch> found;
  if (!hints.any()) return found;  // no rule can match: most notes, at the cost of one pass
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if ((is_alnum(c) || c == '+' || c == '(' || c == '@') && starts_word(text, at)) {
      if (auto m = longest_at(text, at, hints)) {
        found.push_back({m->kind, at, m->end});
        at = m->end;
        continue;
      }
    }
    ++at;  // UTF-8 continuation bytes are never alnum in the C locale, so they are skipped safely
  }
  return found;
}

std::string_view to_string(PiiKind kind) {
  switch (kind) {
    case PiiKind::email: return "email";
    case PiiKind::url: return "url";
    case PiiKind::phone: return "phone";
    case PiiKind::postcode: return "postcode";
    case PiiKind::ni_number: return "ni-number";
    case PiiKind::nhs_number: return "nhs-number";
    case PiiKind::chi_number: return "chi-number";
    case PiiKind::id_number: return "number";
    case PiiKind::date: return "date";
    case PiiKind::address: return "address";
    case PiiKind::school: return "school";
    case PiiKind::handle: return "handle";
    case PiiKind::vehicle: return "vehicle";
  }
  return "number";
}

}  // namespace canvass::grammar
