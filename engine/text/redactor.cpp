#include "text/redactor.hpp"

#include <algorithm>
#include <cctype>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "pii/pii.hpp"
#include "text/fold.hpp"
#include "text/word_list.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

struct Span {
  std::size_t begin, end;
  std::string kind;  // the placeholder's word: "name", "email", ...
};

std::string placeholder_kind(grammar::PiiKind k) {
  switch (k) {
    case grammar::PiiKind::email: return "email";
    case grammar::PiiKind::url: return "url";
    case grammar::PiiKind::phone: return "phone";
    case grammar::PiiKind::postcode: return "postcode";
    case grammar::PiiKind::ni_number: return "NI number";
    case grammar::PiiKind::nhs_number: return "NHS number";
    case grammar::PiiKind::id_number: return "number";
  }
  return "number";
}

bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  UChar32 c;
  int32_t i = 0;
  U8_NEXT(w.data(), i, static_cast<int32_t>(w.size()), c);
  return c >= 0 && u_isupper(c);
}

bool all_upper_ascii(std::string_view w) {
  return w.size() > 1 && std::all_of(w.begin(), w.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// "SARAH" is looked up as "Sarah"; other words as written.
std::string name_key(std::string_view w) {
  std::string k(w);
  if (all_upper_ascii(w))
    for (std::size_t i = 1; i < k.size(); ++i) k[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(k[i])));
  return k;
}

bool only_spaces(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (!std::isspace(static_cast<unsigned char>(text[i]))) return false;
  return from < to;
}

// Between the words of one name: spaces, or a hyphen in a double-barrelled surname.
bool joins_name(std::string_view text, std::size_t from, std::size_t to) {
  if (only_spaces(text, from, to)) return true;
  return to == from + 1 && text[from] == '-';
}

const std::unordered_set<std::string>& titles() {
  static const std::unordered_set<std::string> t{"Mr",   "Mrs",  "Ms",   "Miss", "Mx",        "Dr",  "Prof",
                                                 "Professor", "Sir", "Dame", "Cllr", "Councillor", "Rev", "Lord",
                                                 "Lady", "MR",   "MRS",  "MS",   "DR"};
  return t;
}

class NameFinder {
 public:
  NameFinder(std::string_view text, const NameLists& lists, const std::vector<std::vector<std::string>>& listed)
      : text_(text), lists_(lists), listed_(listed), ws_(letter_words(text)) {
    folded_.reserve(ws_.size());
    for (const auto& w : ws_) folded_.push_back(fold(w.text));
  }

  std::vector<Span> find() {
    for (std::size_t i = 0; i < ws_.size(); ++i) {
      listed_name_at(i);
      title_at(i);
      thanks_at(i);
      first_name_at(i);
    }
    return std::move(spans_);
  }

 private:
  bool capitalised(std::size_t i) const { return i < ws_.size() && starts_upper(ws_[i].text); }
  bool surname_like(std::size_t i) const {
    return capitalised(i) && !lists_.not_names.count(name_key(ws_[i].text));
  }
  bool first_name(std::size_t i) const {
    return capitalised(i) && lists_.first_names.count(name_key(ws_[i].text)) > 0;
  }
  bool gap_spaces(std::size_t i) const { return i + 1 < ws_.size() && only_spaces(text_, ws_[i].end, ws_[i + 1].begin); }
  bool gap_joins(std::size_t i) const { return i + 1 < ws_.size() && joins_name(text_, ws_[i].end, ws_[i + 1].begin); }

  void add(std::size_t from, std::size_t to) { spans_.push_back({ws_[from].begin, ws_[to].end, "name"}); }

  // Extends a name that ends at word `last` over up to `more` further capitalised words.
  std::size_t extend(std::size_t last, int more) const {
    while (more-- > 0 && gap_joins(last) && surname_like(last + 1)) ++last;
    return last;
  }

  void listed_name_at(std::size_t i) {
    for (const auto& name : listed_) {
      if (name.empty() || i + name.size() > ws_.size()) continue;
      bool match = true;
      for (std::size_t k = 0; k < name.size() && match; ++k) {
        match = folded_[i + k] == name[k] && (k == 0 || joins_name(text_, ws_[i + k - 1].end, ws_[i + k].begin));
      }
      if (match) add(i, i + name.size() - 1);
    }
  }

  // "Dr Smith", "Mrs. Jane Smith"
  void title_at(std::size_t i) {
    if (!titles().count(std::string(ws_[i].text)) || i + 1 >= ws_.size()) return;
    const std::string_view gap = text_.substr(ws_[i].end, ws_[i + 1].begin - ws_[i].end);
    if (!(gap == " " || gap == ". " || only_spaces(text_, ws_[i].end, ws_[i + 1].begin))) return;
    if (!surname_like(i + 1)) return;
    add(i, extend(i + 1, 2));
  }

  // "thank you to Sarah", "thanks to Jo Bloggs", "thanks Sarah"
  void thanks_at(std::size_t i) {
    std::size_t k = ws_.size();
    if (folded_[i] == "thank" && i + 1 < ws_.size() && folded_[i + 1] == "you")
      k = (i + 2 < ws_.size() && folded_[i + 2] == "to") ? i + 3 : i + 2;
    else if (folded_[i] == "thanks")
      k = (i + 1 < ws_.size() && folded_[i + 1] == "to") ? i + 2 : i + 1;
    if (k >= ws_.size() || !surname_like(k)) return;
    const std::string_view gap = text_.substr(ws_[k - 1].end, ws_[k].begin - ws_[k - 1].end);
    if (gap.find_first_not_of(" ,") != std::string_view::npos) return;
    add(k, extend(k, 2));
  }

  // "Sarah Jones" (a listed first name and a capitalised word), or "Sarah" alone when the
  // name is not also an everyday word.
  void first_name_at(std::size_t i) {
    if (!first_name(i)) return;
    if (gap_spaces(i) && surname_like(i + 1)) {
      add(i, extend(i + 1, 1));
      return;
    }
    if (!lists_.common_words.count(name_key(ws_[i].text))) add(i, i);
  }

  std::string_view text_;
  const NameLists& lists_;
  const std::vector<std::vector<std::string>>& listed_;
  std::vector<Word> ws_;
  std::vector<std::string> folded_;
  std::vector<Span> spans_;
};

// Overlapping spans become one (the longer one's kind); two names separated only by
// spaces ("[name] [name]") become one name.
std::vector<Span> merge(std::vector<Span> spans, std::string_view text) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Span> out;
  for (auto& s : spans) {
    if (!out.empty()) {
      Span& last = out.back();
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

Status add_list(const std::string& path, std::unordered_set<std::string>& into) {
  auto list = read_word_list(path);
  if (!list) return list.error();
  for (auto& w : *list) into.insert(std::move(w));
  return Ok{};
}

}  // namespace

Result<NameLists> NameLists::load(const std::string& folder) {
  NameLists lists;
  CANVASS_TRY(add_list(folder + "/first-names-en.txt", lists.first_names));
  CANVASS_TRY(add_list(folder + "/first-names-uk-supplement.txt", lists.first_names));
  CANVASS_TRY(add_list(folder + "/common-words.txt", lists.common_words));
  CANVASS_TRY(add_list(folder + "/not-names.txt", lists.not_names));
  return lists;
}

Redactor::Redactor(NameLists lists, const std::vector<std::string>& names_to_redact) : lists_(std::move(lists)) {
  for (const auto& name : names_to_redact) {
    std::vector<std::string> parts;
    for (const auto& w : letter_words(name)) parts.push_back(fold(w.text));
    if (!parts.empty()) listed_.push_back(std::move(parts));
  }
}

Result<Redactor> Redactor::shipped(const std::vector<std::string>& names_to_redact) {
  auto lists = NameLists::load(data_dir() + "/names");
  if (!lists) return lists.error();
  return Redactor(std::move(lists).value(), names_to_redact);
}

Redaction Redactor::redact(std::string_view text) const {
  std::vector<Span> spans;
  for (const auto& m : grammar::find_pii(text)) spans.push_back({m.begin, m.end, placeholder_kind(m.kind)});
  for (auto& s : NameFinder(text, lists_, listed_).find()) spans.push_back(std::move(s));
  Redaction r;
  std::size_t at = 0;
  for (const auto& s : merge(std::move(spans), text)) {
    r.text.append(text.substr(at, s.begin - at));
    r.text += "[" + s.kind + "]";
    ++r.counts[s.kind];
    at = s.end;
  }
  r.text.append(text.substr(at));
  return r;
}

}  // namespace canvass
