#include "sources/coded_survey.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "layouts/personal_columns.hpp"
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
  std::vector<std::pair<double, double>> missing_ranges;

  // Whether `code` is no answer: a missing or "Not answered" code, or in a missing range.
  bool is_missing(const std::string& code) const {
    if (missing.count(code)) return true;
    char* end = nullptr;
    const double x = std::strtod(code.c_str(), &end);
    if (code.empty() || end != code.c_str() + code.size()) return false;
    return std::any_of(missing_ranges.begin(), missing_ranges.end(),
                       [&](const auto& r) { return x >= r.first && x <= r.second; });
  }
};

CodeMeaning understand(const CodedVariable& v, const ScaleVocabulary& vocabulary) {
  CodeMeaning m;
  m.missing.insert(v.missing_codes.begin(), v.missing_codes.end());
  m.missing_ranges = v.missing_ranges;
  // A labelled "Not answered = 9" or "Refused" is no answer either, declared missing or not.
  for (const auto& [code, label] : v.value_labels)
    if (vocabulary.is_nonsubstantive(label)) m.missing.insert(code);
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

// A question being assembled: its variables (items) and what their codes mean.
// Two variables are statements of one grid only on evidence in their labels: the same
// "Question - Statement" stem. Names alone ("q5_1", "q5_2") are no evidence: a
// questionnaire numbers separate questions the same way.
bool same_stem(const CodedVariable& a, const CodedVariable& b) {
  auto sa = split_label_stem(a.label), sb = split_label_stem(b.label);
  return sa && sb && fold(sa->first) == fold(sb->first);
}

// The labels of the codes that are answers (not missing, not "Not answered"), in file order.
std::vector<std::pair<std::string, std::string>> substantive_labels(const CodedVariable& v, const CodeMeaning& m) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& cl : v.value_labels)
    if (!m.missing.count(cl.first) && !trim_spaces(cl.second).empty()) out.push_back(cl);
  return out;
}

// Words that say nothing about a question: never a question's title.
bool generic_title(std::string_view text) {
  const std::string f = fold(text);
  for (std::string_view w : {"question", "questions", "statement", "statements", "item", "items", "q", "grid", "matrix"})
    if (f == w) return true;
  return false;
}

// Codes in numeric order when they are all numbers, else as the file lists them.
void sort_codes(std::vector<std::pair<std::string, std::string>>& labels) {
  auto number = [](const std::string& s) -> std::optional<double> {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    return end == s.c_str() + s.size() ? std::optional<double>(d) : std::nullopt;
  };
  for (const auto& [code, label] : labels)
    if (!number(code)) return;
  std::stable_sort(labels.begin(), labels.end(),
                   [&](const auto& a, const auto& b) { return *number(a.first) < *number(b.first); });
}

// A string variable whose every value is one of its labelled codes is a closed question
// (SPSS "M"/"F" labelled Male/Female), not free text.
bool labelled_string(const CodedVariable& v, std::size_t index, const std::vector<CodedCase>& cases) {
  if (v.role != Role::text || v.value_labels.empty()) return false;
  for (const auto& c : cases) {
    if (index >= c.values.size() || c.values[index].empty()) continue;
    const std::string value = trim_spaces(c.values[index].front());
    if (value.empty()) continue;
    if (std::none_of(v.value_labels.begin(), v.value_labels.end(), [&](const auto& cl) { return trim_spaces(cl.first) == value; }))
      return false;
  }
  return true;
}

// Variables that hold personal data (a name, an e-mail...), by label, name or answers
// (layouts/personal_columns); Likert variables never. Per variable: its personal
// attribute, or empty.
std::vector<std::string> personal_variables(const std::vector<CodedVariable>& variables,
                                            const std::vector<CodeMeaning>& meanings,
                                            const std::vector<CodedCase>& cases, std::vector<PersonalField>& fields) {
  std::vector<std::string> out(variables.size()), taken;
  for (std::size_t i = 0; i < variables.size(); ++i) {
    const CodedVariable& v = variables[i];
    const bool open = v.role == Role::text || v.role == Role::numeric || (v.role == Role::coded && !meanings[i].scale);
    if (!open) continue;
    std::vector<std::string> answers;
    for (std::size_t k = 0; k < cases.size() && answers.size() < 1000; ++k)  // personal_answers judges 1,000
      if (i < cases[k].values.size() && !cases[k].values[i].empty()) {
        const std::string& code = cases[k].values[i].front();
        auto label = meanings[i].label_of_code.find(code);
        answers.push_back(label == meanings[i].label_of_code.end() ? code : label->second);
      }
    const std::string heading = v.label.empty() ? v.name : v.label;
    auto verdict = personal_column(heading, answers);
    if (!verdict && !v.label.empty())
      if (personal_heading(v.name)) verdict = personal_column(v.name, answers);  // a closed choice stays a question
    if (!verdict) continue;
    out[i] = personal_attribute_name(verdict->kind, taken);
    taken.push_back(out[i]);
    fields.push_back({v.column, heading, out[i], verdict->evidence});
  }
  return out;
}

}  // namespace

std::optional<std::pair<std::string, std::string>> split_label_stem(std::string_view label) {
  for (std::string_view sep : {" - ", " \xE2\x80\x93 ", ": "}) {  // hyphen, en dash, colon
    const auto at = label.find(sep);
    if (at == std::string_view::npos || at == 0) continue;
    std::string question = trim_spaces(label.substr(0, at)), statement = trim_spaces(label.substr(at + sep.size()));
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

std::string code_text(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", v);
  return buffer;
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
  std::vector<std::string> personal_of;  // per variable: its personal attribute, or empty
  std::vector<PersonalField> personal;
  std::vector<std::pair<std::size_t, std::size_t>> place;  // per variable: block, item
  std::vector<std::unordered_set<std::string>> seen_choices;
  std::vector<Question> questions;
};

CodedReader::CodedReader(const std::vector<CodedVariable>& given, const std::vector<CodedCase>& judged_by,
                         const ScaleVocabulary& vocabulary)
    : plan_(std::make_unique<Plan>()) {
  std::vector<CodedVariable>& variables = plan_->variables;
  variables = given;
  for (std::size_t i = 0; i < variables.size(); ++i)
    if (labelled_string(variables[i], i, judged_by)) variables[i].role = Role::coded;
  std::vector<CodeMeaning>& meanings = plan_->meanings;
  for (const auto& v : variables) meanings.push_back(understand(v, vocabulary));
  plan_->personal_of = personal_variables(variables, meanings, judged_by, plan_->personal);
  const std::vector<std::string>& personal_of = plan_->personal_of;

  // Group variables into questions: adjacent Likert variables whose labels share a
  // "Question - Statement" stem and whose answer labels are the same form one grid.
  auto& place = plan_->place;
  place.assign(variables.size(), {SIZE_MAX, 0});
  std::vector<Question>& questions = plan_->questions;
  for (std::size_t i = 0; i < variables.size(); ++i) {
    const CodedVariable& v = variables[i];
    if (v.role == Role::id || v.role == Role::when || v.role == Role::ignored || !personal_of[i].empty()) continue;
    std::size_t end = i + 1;
    if (meanings[i].scale) {
      const auto answers = substantive_labels(v, meanings[i]);
      while (end < variables.size() && meanings[end].scale &&
             substantive_labels(variables[end], meanings[end]) == answers && same_stem(v, variables[end]))
        ++end;
    }
    Question q;
    const bool grid = end > i + 1;
    if (grid) {
      const std::string stem = name_stem(v.name);
      q.code = stem.empty() ? v.name : stem;
      q.text = split_label_stem(v.label)->first;
      if (generic_title(q.text)) q.text = "Statements rated on one " + meanings[i].scale->family + " scale";
    } else {
      q.code = v.name;
      q.text = v.label.empty() || generic_title(v.label) ? v.name : v.label;
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
    if (v.role == Role::coded && !meanings[i].scale) {  // a single choice: its options in code order
      auto options = substantive_labels(v, meanings[i]);
      sort_codes(options);
      for (const auto& [code, label] : options) q.choices.push_back(label);
    }
    for (std::size_t k = i; k < end; ++k) {
      Item item;
      item.code = grid ? variables[k].name : q.code;
      item.text = grid ? split_label_stem(variables[k].label)->second : std::string{};
      item.column = variables[k].column;
      place[k] = {questions.size(), q.items.size()};
      q.items.push_back(std::move(item));
    }
    questions.push_back(std::move(q));
    i = end - 1;
  }
  plan_->seen_choices.resize(questions.size());
  for (std::size_t bi = 0; bi < questions.size(); ++bi)
    plan_->seen_choices[bi].insert(questions[bi].choices.begin(), questions[bi].choices.end());
}

CodedReader::CodedReader(CodedReader&&) noexcept = default;
CodedReader::~CodedReader() = default;

const std::vector<Question>& CodedReader::questions() const { return plan_->questions; }
const std::vector<PersonalField>& CodedReader::personal() const { return plan_->personal; }

void CodedReader::read(const CodedCase& c, Respondent& r) {
  const std::vector<CodedVariable>& variables = plan_->variables;
  const auto& meanings = plan_->meanings;
  const auto& place = plan_->place;
  const auto& personal_of = plan_->personal_of;
  auto& seen_choices = plan_->seen_choices;
  r = Respondent{};
  r.line = c.line;
  for (std::size_t i = 0; i < variables.size() && i < c.values.size(); ++i) {
    const CodedVariable& v = variables[i];
    const auto& values = c.values[i];
    const std::string first = values.empty() ? std::string{} : values.front();
    if (v.role == Role::id) { r.external_id = trim_spaces(first); continue; }
    if (v.role == Role::when) { r.submitted_at = trim_spaces(first); continue; }
    if (!personal_of[i].empty()) {
      if (const std::string value = trim_spaces(first); !value.empty()) {
        auto label = meanings[i].label_of_code.find(first);
        r.attributes.push_back({personal_of[i], label == meanings[i].label_of_code.end() ? value : label->second});
      }
      continue;
    }
    if (place[i].first == SIZE_MAX) continue;
    const auto [bi, item] = place[i];
    Question& question = plan_->questions[bi];
    const CodeMeaning& meaning = meanings[i];
    auto label_of = [&](const std::string& code) {
      auto it = meaning.label_of_code.find(code);
      return it == meaning.label_of_code.end() ? code : it->second;
    };
    switch (v.role) {
      case Role::text:
        if (!trim_spaces(first).empty()) r.comments.push_back({bi, first});
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
          if (!meaning.scale) {  // an unlabelled code seen: an option after the labelled ones
            if (!meaning.is_missing(first) && seen_choices[bi].insert(a.raw).second) question.choices.push_back(a.raw);
            r.attributes.push_back({question.code, a.raw});
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
  CodedReader reader(variables, cases, vocabulary);
  Survey survey;
  survey.platform = platform;
  survey.rows_read = cases.size();
  survey.respondents.resize(cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) reader.read(cases[i], survey.respondents[i]);
  survey.questions = reader.questions();
  survey.personal = reader.personal();
  return survey;
}

}  // namespace canvass
