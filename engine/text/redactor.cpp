#include "text/redactor.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "pii/pii.hpp"
#include "text/name_finder.hpp"
#include "text/word_list.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

std::string placeholder_kind(grammar::PiiKind k) {
  switch (k) {
    case grammar::PiiKind::email: return "email";
    case grammar::PiiKind::url: return "url";
    case grammar::PiiKind::phone: return "phone";
    case grammar::PiiKind::postcode: return "postcode";
    case grammar::PiiKind::ni_number: return "NI number";
    case grammar::PiiKind::nhs_number: return "NHS number";
    case grammar::PiiKind::chi_number: return "CHI number";
    case grammar::PiiKind::id_number: return "number";
    case grammar::PiiKind::date: return "date";
    case grammar::PiiKind::address: return "address";
    case grammar::PiiKind::school: return "school";
    case grammar::PiiKind::handle: return "handle";
    case grammar::PiiKind::vehicle: return "vehicle registration";
  }
  return "number";
}

bool only_spaces(std::string_view text, std::size_t from, std::size_t to) {
  if (from >= to) return false;
  for (std::size_t i = from; i < to; ++i)
    if (text[i] != ' ' && text[i] != '\t') return false;
  return true;
}

// Overlapping replacements become one (the longer one's kind); two names separated only by
// spaces ("[name] [name]") become one name.
std::vector<Replacement> merge(std::vector<Replacement> spans, std::string_view text) {
  std::sort(spans.begin(), spans.end(), [](const Replacement& a, const Replacement& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Replacement> out;
  for (auto& s : spans) {
    if (!out.empty()) {
      Replacement& last = out.back();
      const bool overlap = s.begin < last.end;
      const bool adjacent_names = s.kind == "name" && last.kind == "name" && only_spaces(text, last.end, s.begin);
      if (overlap || adjacent_names) {
        if (s.end - s.begin > last.end - last.begin && overlap) last.kind = s.kind;
        last.end = std::max(last.end, s.end);
        continue;
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

Redactor::Redactor(NameLists lists, const std::vector<std::string>& names_to_redact) : lists_(std::move(lists)) {
  for (const auto& name : names_to_redact) {
    std::vector<std::string> parts;
    for (const auto& w : words(name))
      if (w.kind != Word::Kind::other) parts.push_back(name_key(w.text));
    if (!parts.empty()) listed_.push_back(std::move(parts));
  }
}

Result<Redactor> Redactor::shipped(const std::vector<std::string>& names_to_redact) {
  auto lists = NameLists::load(data_dir());
  if (!lists) return lists.error();
  return Redactor(std::move(lists).value(), names_to_redact);
}

// "Social Enterprise Academy", "Summer School": a school's name made only of everyday words
// is a kind of school, not one school, unless the sentence puts a child there ("at",
// "attends", "goes to" just before it).
static bool generic_school(std::string_view text, const grammar::PiiMatch& m, const NameLists& lists) {
  const std::string_view name = text.substr(m.begin, m.end - m.begin);
  const auto ws = words(name);
  for (std::size_t i = 0; i + 1 < ws.size(); ++i)  // the last word is "Primary", "Academy"...
    if (ws[i].kind == Word::Kind::letters && !lists.word(name_key(ws[i].text))) return false;
  std::string before(text.substr(m.begin > 24 ? m.begin - 24 : 0, m.begin > 24 ? 24 : m.begin));
  for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* w : {" at ", "attends ", "attending ", "goes to ", "went to ", "moved to ", "from ", "pupil at "})
    if (before.size() >= std::strlen(w) && before.compare(before.size() - std::strlen(w), std::strlen(w), w) == 0)
      return false;
  return true;
}

PreparedText Redactor::prepare(std::string_view text) const {
  PreparedText p{normaliser_.make(text), {}};
  p.words = words(p.match.text);
  return p;
}

std::vector<Replacement> Redactor::find(std::string_view original) const { return find(original, prepare(original)); }

std::vector<Replacement> Redactor::find(std::string_view, const PreparedText& prepared) const {
  const MatchText& m = prepared.match;
  std::vector<Replacement> spans;
  for (const auto& p : grammar::find_pii(m.text)) {
    if (p.kind == grammar::PiiKind::school && generic_school(m.text, p, lists_)) continue;
    spans.push_back({p.begin, p.end, placeholder_kind(p.kind)});
  }
  for (const auto& n : find_names(m.text, prepared.words, lists_, listed_)) spans.push_back({n.begin, n.end, "name"});
  spans = merge(std::move(spans), m.text);
  for (auto& s : spans) std::tie(s.begin, s.end) = m.original(s.begin, s.end);
  return spans;
}

Redaction Redactor::redact(std::string_view text) const { return redact(text, prepare(text)); }

Redaction Redactor::redact(std::string_view text, const PreparedText& prepared) const {
  Redaction r;
  std::size_t at = 0;
  for (const auto& s : find(text, prepared)) {
    if (s.begin < at) continue;
    r.text.append(text.substr(at, s.begin - at));
    r.text += "[" + s.kind + "]";
    ++r.counts[s.kind];
    at = s.end;
  }
  r.text.append(text.substr(at));
  return r;
}

}  // namespace canvass
