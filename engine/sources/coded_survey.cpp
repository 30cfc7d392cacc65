#include "sources/coded_survey.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "text/fold.hpp"

namespace canvass {
namespace {

using Role = CodedVariable::Role;

// What a coded variable's value labels mean: a Likert scale (levels by code) or choices.
struct CodeMeaning {
  std::optional<Scale> scale;
  std::unordered_map<std::string, int> level_of_code;
  std::unordered_map<std::string, std::string> label_of_code;
  std::unordered_set<std::string> missing;
};

CodeMeaning understand(const CodedVariable& v, const ScaleVocabulary& vocabulary) {
  CodeMeaning m;
  m.missing.insert(v.missing_codes.begin(), v.missing_codes.end());
  std::vector<std::string> all, substantive;
  for (const auto& [code, label] : v.value_labels) {
    m.label_of_code.emplace(code, label);
    all.push_back(label);
    if (!m.missing.count(code)) substantive.push_back(label);
  }
  if (v.role != Role::coded || substantive.size() < 2) return m;
  using Labels = ScaleVocabulary::Labels;
  auto match = vocabulary.recognise(all, Labels::complete);
  if (!match && substantive.size() < all.size()) match = vocabulary.recognise(substantive, Labels::complete);
  if (!match) return m;
  Scale scale = match->scale;
  for (const auto& [code, label] : v.value_labels) {
    if (auto level = match->level_of(label)) {
      m.level_of_code[code] = *level;
      for (auto& l : scale.levels)
        if (l.position == *level && l.code.empty()) l.code = code;
    } else if (m.missing.count(code)) {
      // A labelled missing code the vocabulary does not know ("Refused"): still an answer
      // left out of the valid n, so a non-substantive level after the others.
      int next = 0;
      for (const auto& l : scale.levels) next = std::max(next, l.position);
      scale.levels.push_back(ScaleLevel{next + 1, label, code, Polarity::nonsubstantive});
      m.level_of_code[code] = next + 1;
    }
  }
  m.scale = std::move(scale);
  return m;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// A question being assembled: its variables (items) and what their codes mean.
struct Block {
  Question question;
  std::vector<std::size_t> variables;
  CodeMeaning meaning;
};

bool same_stem(const CodedVariable& a, const CodedVariable& b, bool& by_label) {
  auto sa = split_label_stem(a.label), sb = split_label_stem(b.label);
  if (sa && sb && fold(sa->first) == fold(sb->first)) {
    by_label = true;
    return true;
  }
  const std::string na = name_stem(a.name), nb = name_stem(b.name);
  by_label = false;
  return !na.empty() && na == nb;
}

}  // namespace

std::optional<std::pair<std::string, std::string>> split_label_stem(std::string_view label) {
  for (std::string_view sep : {" - ", " \xE2\x80\x93 ", ": "}) {  // hyphen, en dash, colon
    const auto at = label.find(sep);
    if (at == std::string_view::npos || at == 0) continue;
    std::string question = trim(label.substr(0, at)), statement = trim(label.substr(at + sep.size()));
    if (!question.empty() && !statement.empty()) return std::make_pair(question, statement);
  }
  return std::nullopt;
}

std::string name_stem(std::string_view name) {
  // The item number follows the last '_' or '.', optionally after letters ("SQ001").
  const auto sep = name.find_last_of("_.");
  if (sep == std::string_view::npos || sep == 0) return {};
  const std::string_view tail = name.substr(sep + 1);
  std::size_t letters = 0;
  while (letters < tail.size() && std::isalpha(static_cast<unsigned char>(tail[letters]))) ++letters;
  if (letters == tail.size()) return {};
  for (std::size_t i = letters; i < tail.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(tail[i]))) return {};
  return std::string(name.substr(0, sep));
}

bool looks_like_submission_time(std::string_view name) {
  std::string key;
  for (char c : name)
    if (std::isalnum(static_cast<unsigned char>(c))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view w : {"submit", "end", "complet", "finish", "timestamp"})
    if (key.find(w) != std::string::npos) return true;
  return false;
}

struct CodedReader::Plan {
  std::vector<CodedVariable> variables;
  std::vector<CodeMeaning> meanings;
  std::vector<Block> blocks;
  std::vector<std::pair<std::size_t, std::size_t>> place;  // per variable: block, item
  std::vector<std::unordered_set<std::string>> seen_choices;
  std::vector<Question> questions;
};

CodedReader::CodedReader(const std::vector<CodedVariable>& variables, const ScaleVocabulary& vocabulary)
    : plan_(std::make_unique<Plan>()) {
  plan_->variables = variables;
  std::vector<CodeMeaning>& meanings = plan_->meanings;
  for (const auto& v : variables) meanings.push_back(understand(v, vocabulary));

  // Group variables into questions: consecutive Likert variables with the same value labels
  // and a common label or name stem form one grid.
  std::vector<Block>& blocks = plan_->blocks;
  auto& place = plan_->place;
  place.assign(variables.size(), {SIZE_MAX, 0});
  for (std::size_t i = 0; i < variables.size(); ++i) {
    const CodedVariable& v = variables[i];
    if (v.role == Role::id || v.role == Role::when || v.role == Role::ignored) continue;
    std::size_t end = i + 1;
    bool by_label = false;
    if (meanings[i].scale) {
      bool first_by_label = false;
      while (end < variables.size() && meanings[end].scale && variables[end].value_labels == v.value_labels &&
             same_stem(v, variables[end], by_label) && (end == i + 1 || by_label == first_by_label)) {
        if (end == i + 1) first_by_label = by_label;
        ++end;
      }
      by_label = first_by_label;
    }
    Block b;
    b.meaning = meanings[i];
    Question& q = b.question;
    const bool grid = end > i + 1;
    if (grid) {
      const std::string stem = name_stem(v.name);
      q.code = stem.empty() ? v.name : stem;
      q.text = by_label ? split_label_stem(v.label)->first : (stem.empty() ? v.name : stem);
    } else {
      q.code = v.name;
      q.text = v.label.empty() ? v.name : v.label;
    }
    switch (v.role) {
      case Role::coded: q.kind = meanings[i].scale ? QuestionKind::likert : QuestionKind::single; break;
      case Role::numeric: q.kind = QuestionKind::numeric; break;
      case Role::text: q.kind = QuestionKind::text; break;
      case Role::multi: q.kind = QuestionKind::multi; break;
      default: break;
    }
    if (meanings[i].scale) q.scale = meanings[i].scale;
    if (v.role == Role::multi)
      for (const auto& [code, label] : v.value_labels) q.choices.push_back(label);
    for (std::size_t k = i; k < end; ++k) {
      Item item;
      item.code = grid ? variables[k].name : q.code;
      item.text = grid ? (by_label ? split_label_stem(variables[k].label)->second : variables[k].label) : std::string{};
      item.column = variables[k].column;
      place[k] = {blocks.size(), q.items.size()};
      q.items.push_back(std::move(item));
      b.variables.push_back(k);
    }
    blocks.push_back(std::move(b));
    i = end - 1;
  }

  plan_->seen_choices.resize(blocks.size());
  for (auto& b : blocks) plan_->questions.push_back(b.question);
}

CodedReader::CodedReader(CodedReader&&) noexcept = default;
CodedReader::~CodedReader() = default;

const std::vector<Question>& CodedReader::questions() const { return plan_->questions; }

void CodedReader::read(const CodedCase& c, Respondent& r) {
  const std::vector<CodedVariable>& variables = plan_->variables;
  const auto& meanings = plan_->meanings;
  const auto& place = plan_->place;
  auto& seen_choices = plan_->seen_choices;
  r = Respondent{};
  r.line = c.line;
  for (std::size_t i = 0; i < variables.size() && i < c.values.size(); ++i) {
    const CodedVariable& v = variables[i];
    const auto& values = c.values[i];
    const std::string first = values.empty() ? std::string{} : values.front();
    if (v.role == Role::id) { r.external_id = trim(first); continue; }
    if (v.role == Role::when) { r.submitted_at = trim(first); continue; }
    if (place[i].first == SIZE_MAX) continue;
    const auto [bi, item] = place[i];
    const CodeMeaning& meaning = meanings[i];
    auto label_of = [&](const std::string& code) {
      auto it = meaning.label_of_code.find(code);
      return it == meaning.label_of_code.end() ? code : it->second;
    };
    switch (v.role) {
      case Role::text:
        if (!trim(first).empty()) r.comments.push_back({bi, first});
        break;
      case Role::multi: {
        std::string joined;
        for (const auto& code : values) joined.append(joined.empty() ? "" : "; ").append(label_of(code));
        r.answers.push_back(Answer{bi, item, std::nullopt, joined});
        break;
      }
      case Role::numeric:
        r.answers.push_back(Answer{bi, item, std::nullopt, first});
        break;
      case Role::coded: {
        Answer a{bi, item, std::nullopt, {}};
        if (!values.empty()) {
          // An unlabelled code (a user-missing -99, or a code off the scale) keeps its raw
          // text and gets no level: it is neither an answer on the scale nor a blank.
          const bool labelled = meaning.label_of_code.count(first) > 0;
          a.raw = labelled ? label_of(first) : first;
          if (auto lvl = meaning.level_of_code.find(first); lvl != meaning.level_of_code.end()) a.level = lvl->second;
          if (!meaning.scale) {
            if (seen_choices[bi].insert(a.raw).second) plan_->questions[bi].choices.push_back(a.raw);
            r.attributes.push_back({plan_->questions[bi].code, a.raw});
          }
        }
        r.answers.push_back(std::move(a));
        break;
      }
      default: break;
    }
  }
}

Survey build_coded_survey(const std::vector<CodedVariable>& variables, const std::vector<CodedCase>& cases,
                          const ScaleVocabulary& vocabulary, const std::string& platform) {
  CodedReader reader(variables, vocabulary);
  Survey survey;
  survey.platform = platform;
  survey.rows_read = cases.size();
  survey.respondents.resize(cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) reader.read(cases[i], survey.respondents[i]);
  survey.questions = reader.questions();
  return survey;
}

}  // namespace canvass
