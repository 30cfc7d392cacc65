#include "layouts/personal_columns.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "pii/pii.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

using Words = std::vector<std::string>;

// A heading's words, folded: letters and digits (any non-ASCII byte counts as a letter),
// apostrophes kept inside a word ("child's"); everything else separates.
Words words_of(std::string_view heading) {
  Words out;
  std::string word;
  for (char c : fold(heading)) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80 || (c == '\'' && !word.empty())) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  for (auto& w : out)
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);  // "child's" -> "child"
  return out;
}

// A term a heading may hold: its words, the kind of data, and whether the words alone say
// it is personal ("e-mail") or need the heading to be about the respondent ("address",
// "location", "name": also a verb, a venue's, a school's).
struct Term {
  Words words;
  const char* kind;
  bool needs_owner;
};

const std::vector<Term>& terms() {
  static const std::vector<Term> list = {
      // names (English, Welsh enw/cyfenw, Gaelic ainm/sloinneadh)
      {{"name"}, "name", true}, {{"names"}, "name", true}, {{"full", "name"}, "name", false},
      {{"first", "name"}, "name", false}, {{"last", "name"}, "name", false}, {{"surname"}, "name", false},
      {{"forename"}, "name", false}, {{"forenames"}, "name", false}, {{"given", "name"}, "name", false},
      {{"family", "name"}, "name", false}, {{"enw"}, "name", true}, {{"enw", "llawn"}, "name", false},
      {{"cyfenw"}, "name", false}, {{"ainm"}, "name", true}, {{"sloinneadh"}, "name", false},
      // e-mail (Welsh e-bost, Gaelic post-d)
      {{"email"}, "email", false}, {{"emails"}, "email", false}, {{"e", "mail"}, "email", false},
      {{"email", "address"}, "email", false}, {{"e", "mail", "address"}, "email", false},
      {{"telephone", "number"}, "phone", false},
      {{"e", "bost"}, "email", false}, {{"ebost"}, "email", false}, {{"post", "d"}, "email", false},
      // phone (Welsh ffôn, Gaelic fòn)
      {{"phone"}, "phone", false}, {{"telephone"}, "phone", false}, {{"phone", "number"}, "phone", false},
      {{"mobile", "number"}, "phone", false}, {{"contact", "number"}, "phone", false}, {{"mobile"}, "phone", true},
      {{"tel"}, "phone", true}, {{"ffôn"}, "phone", false}, {{"ffon"}, "phone", false}, {{"fòn"}, "phone", false},
      // postal address (Welsh cyfeiriad, Gaelic seòladh)
      {{"address"}, "address", true}, {{"home", "address"}, "address", false},
      {{"postal", "address"}, "address", false}, {{"street", "address"}, "address", false},
      {{"cyfeiriad"}, "address", true}, {{"seòladh"}, "address", true}, {{"seoladh"}, "address", true},
      // postcode (Welsh cod post, Gaelic còd-puist)
      {{"postcode"}, "postcode", false}, {{"post", "code"}, "postcode", false}, {{"postal", "code"}, "postcode", false},
      {{"zip", "code"}, "postcode", false}, {{"zipcode"}, "postcode", false}, {{"cod", "post"}, "postcode", false},
      {{"côd", "post"}, "postcode", false}, {{"còd", "puist"}, "postcode", false}, {{"cod", "puist"}, "postcode", false},
      // date of birth (Welsh dyddiad geni, Gaelic ceann-là breith)
      {{"date", "of", "birth"}, "date_of_birth", false}, {{"dob"}, "date_of_birth", false},
      {{"d", "o", "b"}, "date_of_birth", false}, {{"birthday"}, "date_of_birth", false},
      {{"birth", "date"}, "date_of_birth", false}, {{"dyddiad", "geni"}, "date_of_birth", false},
      {{"breith"}, "date_of_birth", false},
      // IP address
      {{"ip"}, "ip_address", false}, {{"ip", "address"}, "ip_address", false}, {{"ipaddress"}, "ip_address", false},
      // location (Welsh lleoliad, Gaelic ionad)
      {{"location"}, "location", true}, {{"latitude"}, "location", false}, {{"longitude"}, "location", false},
      {{"gps"}, "location", false}, {{"geolocation"}, "location", false}, {{"coordinates"}, "location", true},
      {{"lleoliad"}, "location", true}, {{"ionad"}, "location", true},
      // username (Welsh enw defnyddiwr, Gaelic ainm-cleachdaiche)
      {{"username"}, "username", false}, {{"user", "name"}, "username", false}, {{"login"}, "username", true},
      {{"user", "id"}, "username", false}, {{"enw", "defnyddiwr"}, "username", false},
      {{"ainm", "cleachdaiche"}, "username", false},
      // staff, pupil and other personal identifiers
      {{"staff", "id"}, "person_id", false}, {{"pupil", "id"}, "person_id", false}, {{"student", "id"}, "person_id", false},
      {{"employee", "id"}, "person_id", false}, {{"staff", "number"}, "person_id", false},
      {{"pupil", "number"}, "person_id", false}, {{"student", "number"}, "person_id", false},
      {{"employee", "number"}, "person_id", false}, {{"payroll", "number"}, "person_id", false},
      {{"candidate", "number"}, "person_id", false}, {{"upn"}, "person_id", false}, {{"uln"}, "person_id", false},
      {{"nhs", "number"}, "person_id", false}, {{"national", "insurance"}, "person_id", false},
      {{"ni", "number"}, "person_id", false}, {{"rhif", "staff"}, "person_id", false},
      {{"rhif", "disgybl"}, "person_id", false},
  };
  return list;
}

// Words that make the heading about the respondent: "your name", "pupil's name".
const std::unordered_set<std::string>& owner_words() {
  static const std::unordered_set<std::string> set = {
      "your", "my", "child", "pupil", "student", "learner", "staff", "parent", "carer", "guardian",
      "contact", "home", "full", "personal", "respondent", "participant", "employee", "teacher", "member",
      "eich", "dy", "fy", "ur"};  // Welsh eich/dy/fy, Gaelic ur
  return set;
}

// Things, not people, whose name, address, location or number a heading may ask for.
const std::unordered_set<std::string>& thing_words() {
  static const std::unordered_set<std::string> set = {
      "school", "schools", "organisation", "organization", "company", "employer", "business", "setting", "service",
      "project", "programme", "program", "course", "event", "session", "venue", "workshop", "training", "team",
      "group", "trust", "council", "authority", "department", "product", "file", "site", "website", "club",
      "charity", "college", "university", "academy", "nursery", "provider", "hospital", "practice", "surgery",
      "setting", "town", "village", "area", "region", "country", "place", "street", "book", "app",
      "ysgol", "sgoil", "cwmni", "mudiad", "buidheann"};  // Welsh school/company/organisation, Gaelic school/group
  return set;
}

// Words that only dress a field label: "Please enter your name (optional)".
const std::unordered_set<std::string>& filler_words() {
  static const std::unordered_set<std::string> set = {
      "please", "enter", "give", "provide", "write", "type", "optional", "if", "you", "wish", "would", "like", "to",
      "be", "contacted", "us", "the", "a", "an", "what", "is", "and", "or", "for", "of", "here", "required",
      "dewisol", "yn", "ddewisol", "roghainneil"};  // Welsh/Gaelic "optional"
  return set;
}

bool matches_at(const Words& words, std::size_t at, const Words& term) {
  if (at + term.size() > words.size()) return false;
  for (std::size_t k = 0; k < term.size(); ++k)
    if (words[at + k] != term[k]) return false;
  return true;
}

// Within two words before the term, or after "of" behind it: a school's name, an event's location.
bool about_a_thing(const Words& words, std::size_t at, std::size_t end) {
  for (std::size_t k = at >= 2 ? at - 2 : 0; k < at; ++k)
    if (thing_words().count(words[k])) return true;
  for (std::size_t k = end; k < std::min(words.size(), end + 3); ++k)
    if (thing_words().count(words[k])) return true;
  return false;
}

bool owned(const Words& words, std::size_t at) {
  for (std::size_t k = at >= 3 ? at - 3 : 0; k < at; ++k)
    if (owner_words().count(words[k])) return true;
  return false;
}

// How many words of the heading say something besides the term and its dressing:
// "Name (optional)" none, "Mobile phone number" one, "Do you own a mobile phone?" three.
// Words of other personal terms do not count: "Telegram name / username ID" is one field.
std::size_t other_words(const Words& words, std::size_t at, std::size_t end) {
  static const std::unordered_set<std::string> term_words = [] {
    std::unordered_set<std::string> set{"id"};
    for (const Term& t : terms()) set.insert(t.words.begin(), t.words.end());
    return set;
  }();
  std::size_t n = 0;
  for (std::size_t k = 0; k < words.size(); ++k)
    n += (k < at || k >= end) && !filler_words().count(words[k]) && !owner_words().count(words[k]) &&
         !term_words.count(words[k]);
  return n;
}

// A heading that asks a question ("Do you own a phone?", "How did we address...") rather
// than naming a field.
bool asks_a_question(const Words& words) {
  static const std::unordered_set<std::string> openers = {
      "do", "does", "did", "would", "will", "can", "could", "should", "how", "why", "which", "when", "where",
      "are", "were", "was", "have", "has", "had", "is", "to", "who", "what", "oes", "ydych"};
  return !words.empty() && openers.count(words.front());
}

// An e-mail, phone number or postcode answer is plain ASCII; the grammar sees nothing else
// (its character classes are ASCII-only).
bool whole_match(std::string_view answer, grammar::PiiKind kind) {
  for (char c : answer)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  const auto found = grammar::find_pii(answer);
  return found.size() == 1 && found[0].kind == kind && found[0].begin == 0 && found[0].end == answer.size();
}

bool is_ipv4(std::string_view s) {
  int parts = 0, digits = 0, value = 0;
  for (char c : s) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      value = value * 10 + (c - '0');
      if (++digits > 3 || value > 255) return false;
    } else if (c == '.' && digits > 0) {
      ++parts;
      digits = value = 0;
    } else {
      return false;
    }
  }
  return parts == 3 && digits > 0;
}

// Capitalised words that are never people: places, organisations, roles, common answers.
const std::unordered_set<std::string>& never_names() {
  static const std::unordered_set<std::string> set = {
      "school", "primary", "secondary", "high", "academy", "college", "university", "council", "trust", "centre",
      "center", "service", "services", "team", "group", "board", "office", "nursery", "club", "project",
      "programme", "community", "health", "care", "local", "authority", "partnership", "network", "unit", "forum",
      "teacher", "head", "deputy", "assistant", "manager", "officer", "worker", "lead", "leader", "director",
      "coordinator", "governor", "parent", "carer", "student", "pupil", "nurse", "doctor", "volunteer",
      "consultant", "adviser", "advisor", "practitioner", "senior", "chair", "staff", "support", "teaching",
      "class", "year", "key", "stage", "very", "good", "not", "sure", "yes", "no", "strongly", "agree",
      "disagree", "excellent", "poor", "fair", "don't", "know", "prefer", "say", "other", "none", "all", "some",
      "more", "less", "the", "and", "of", "for", "in", "at", "to", "my", "our", "new", "old", "north", "south",
      "east", "west", "central", "male", "female", "white", "black", "british", "asian", "mixed", "great",
      "much", "better", "worse", "same", "about", "right", "too", "many", "few", "online", "face", "day",
      "week", "month", "morning", "afternoon", "evening", "england", "wales", "scotland", "ireland", "street",
      "road", "lane", "avenue", "house", "city", "town", "county", "st", "general", "manager", "admin"};
  return set;
}

bool capitalised_word(std::string_view w) {
  if (w.empty()) return false;
  const auto first = static_cast<unsigned char>(w[0]);
  if (!(std::isupper(first) || first >= 0x80)) return false;
  if (w.size() == 2 && w[1] == '.') return true;  // an initial: "J."
  for (char c : w.substr(1)) {
    const auto u = static_cast<unsigned char>(c);
    if (!(std::isalpha(u) || u >= 0x80 || c == '\'' || c == '-')) return false;
  }
  return true;
}

// "Jane Smith", "Dafydd ap Rhys", "Mary-Jane O'Neill", "J. Smith": two to four words,
// capitalised (one lower-case particle allowed), some lower-case letters, none a
// word that is never a name.
bool looks_like_person_name(const std::string& answer) {
  std::vector<std::string_view> ws;
  std::string_view rest = answer;
  while (!rest.empty()) {
    const auto sp = rest.find(' ');
    ws.push_back(rest.substr(0, sp));
    rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
  }
  if (ws.size() < 2 || ws.size() > 4) return false;
  bool lower = false;
  int particles = 0;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string_view w = ws[i];
    for (char c : w) lower = lower || std::islower(static_cast<unsigned char>(c));
    if (never_names().count(fold(w))) return false;
    if (capitalised_word(w)) continue;
    const bool particle = i > 0 && i + 1 < ws.size() && (w == "ap" || w == "van" || w == "de" || w == "von" ||
                                                         w == "da" || w == "di" || w == "le" || w == "mac");
    if (!particle || ++particles > 1) return false;
  }
  return lower && capitalised_word(ws.front()) && ws.front().size() > 2;
}

}  // namespace

std::optional<std::string> personal_heading(std::string_view heading) {
  const Words words = words_of(heading);
  if (words.empty() || words.size() > 16) return std::nullopt;  // a long heading is a question about something
  std::optional<std::string> found;
  std::size_t found_length = 0;
  for (std::size_t at = 0; at < words.size(); ++at)
    for (const Term& t : terms()) {
      if (t.words.size() <= found_length && found) continue;  // the longest term wins ("user name" over "name")
      if (!matches_at(words, at, t.words)) continue;
      const std::size_t end = at + t.words.size();
      if (about_a_thing(words, at, end)) continue;
      const std::size_t others = other_words(words, at, end);
      const bool field = t.needs_owner ? others == 0 : others <= 2 && !asks_a_question(words);
      if (!owned(words, at) && !field) continue;
      found = t.kind;
      found_length = t.words.size();
    }
  return found;
}

std::optional<std::string> personal_answers(const std::vector<std::string>& answers) {
  std::size_t answered = 0, email = 0, phone = 0, postcode = 0, ip = 0, names = 0;
  std::unordered_set<std::string> distinct;
  constexpr std::size_t kSample = 1000;  // answers enough to judge a column; bounded time on any file
  for (const auto& raw : answers) {
    if (answered == kSample) break;
    const std::string a = collapse_spaces(raw);
    if (a.empty()) continue;
    ++answered;
    distinct.insert(a);
    if (whole_match(a, grammar::PiiKind::email)) ++email;
    else if (whole_match(a, grammar::PiiKind::phone)) ++phone;
    else if (whole_match(a, grammar::PiiKind::postcode)) ++postcode;
    else if (is_ipv4(a)) ++ip;
    else if (looks_like_person_name(a)) ++names;
  }
  if (answered < 3) return std::nullopt;
  if (email * 2 > answered) return "email";
  if (phone * 2 > answered) return "phone";
  if (postcode * 2 > answered) return "postcode";
  if (ip * 2 > answered) return "ip_address";
  if (names * 5 >= answered * 3 && distinct.size() * 10 >= answered * 7) return "name";
  return std::nullopt;
}

namespace {

// Answers that are a few options chosen again and again ("Type of telephone": Fixed, Mobile):
// a closed question about a thing, whatever its heading says. People's own details are
// nearly all different.
bool closed_choice(const std::vector<std::string>& answers) {
  std::unordered_set<std::string> distinct;
  std::size_t given = 0;
  for (const auto& a : answers) {
    const std::string v = collapse_spaces(a);
    if (v.empty()) continue;
    ++given;
    distinct.insert(v);
  }
  return given >= 4 && distinct.size() <= 12 && distinct.size() * 2 <= given;
}

}  // namespace

std::optional<PersonalVerdict> personal_column(std::string_view heading, const std::vector<std::string>& answers) {
  if (auto kind = personal_heading(heading); kind && !closed_choice(answers)) return PersonalVerdict{*kind, "heading"};
  if (auto kind = personal_answers(answers)) return PersonalVerdict{*kind, "answers"};
  return std::nullopt;
}

std::string personal_attribute_name(const std::string& kind, const std::vector<std::string>& taken) {
  std::string name = kind;
  for (int n = 2; std::find(taken.begin(), taken.end(), name) != taken.end(); ++n) name = kind + "_" + std::to_string(n);
  return name;
}

bool is_personal_attribute(std::string_view attribute) {
  static constexpr std::array kPersonal{
      "name", "email", "phone", "address", "postcode", "date_of_birth", "ip_address", "location", "username",
      "person_id", "first_name", "last_name", "latitude", "longitude", "submitted_by", "submitter_id",
      "device_id", "token", "external_reference", "unique_id"};
  std::string_view stem = attribute;
  if (const auto us = stem.rfind('_'); us != std::string_view::npos && us + 1 < stem.size() &&
                                       std::all_of(stem.begin() + us + 1, stem.end(),
                                                   [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    stem = stem.substr(0, us);  // "email_2": a second e-mail column
  return std::find(kPersonal.begin(), kPersonal.end(), stem) != kPersonal.end();
}

}  // namespace canvass
