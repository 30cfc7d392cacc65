// Instantiates the personal-data rules once and scans text with them: at each word
// boundary every rule is tried, the longest match wins, and checks X3 cannot express
// (digit counts, the NHS check digit, ordinals that look like postcodes) are applied.
#include "pii/pii.hpp"

#include <array>
#include <cctype>
#include <optional>

#include "pii/pii_def.hpp"

namespace canvass::grammar {

namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

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
  const std::string d = digits_of(match);
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

// "2019-2020" has eight digits but is a span of years, not an identifier.
bool year_range(std::string_view match, const std::string& digits) {
  if (digits.size() != 8 || match.size() == 8) return false;
  const auto year = [](const std::string& y) { return (y.rfind("19", 0) == 0 || y.rfind("20", 0) == 0); };
  return year(digits.substr(0, 4)) && year(digits.substr(4));
}

// Characters a URL rarely ends with: they belong to the sentence around it.
std::size_t trim_url_end(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && std::string_view(".,;:!?)]}").find(text[end - 1]) != std::string_view::npos) --end;
  return end;
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
std::optional<Candidate> longest_at(std::string_view text, std::size_t at) {
  namespace r = pii_rules;
  std::optional<Candidate> best;
  const auto consider = [&](PiiKind kind, std::optional<std::size_t> end, bool trailing_boundary = true) {
    if (!end || *end <= at) return;
    std::size_t e = *end;
    if (kind == PiiKind::url) e = trim_url_end(text, at, e);
    if (trailing_boundary && e < text.size() && is_alnum(text[e])) return;
    const std::string_view m = text.substr(at, e - at);
    if (kind == PiiKind::phone && !phone_digits_ok(m)) return;
    if (kind == PiiKind::nhs_number && !nhs_check_digit_ok(digits_of(m))) return;
    if (kind == PiiKind::postcode && !postcode_ok(m)) return;
    if (kind == PiiKind::id_number && (digits_of(m).size() < 8 || year_range(m, digits_of(m)))) return;
    if (!best || e > best->end) best = Candidate{kind, e};
  };
  consider(PiiKind::email, match_at(text, at, r::email));
  consider(PiiKind::url, match_at(text, at, r::url));
  consider(PiiKind::ni_number, match_at(text, at, r::ni_number));
  consider(PiiKind::postcode, match_at(text, at, r::postcode));
  consider(PiiKind::nhs_number, match_at(text, at, r::nhs_number));
  consider(PiiKind::phone, match_at(text, at, r::phone));
  consider(PiiKind::url, match_at(text, at, r::bare_domain));
  consider(PiiKind::id_number, match_at(text, at, r::id_number));
  return best;
}

bool starts_word(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  const char prev = text[at - 1];
  return !is_alnum(prev) && std::string_view("._%+-@").find(prev) == std::string_view::npos;
}

}  // namespace

std::vector<PiiMatch> find_pii(std::string_view text) {
  std::vector<PiiMatch> found;
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if ((is_alnum(c) || c == '+' || c == '(') && starts_word(text, at)) {
      if (auto m = longest_at(text, at)) {
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
    case PiiKind::id_number: return "number";
  }
  return "number";
}

}  // namespace canvass::grammar
