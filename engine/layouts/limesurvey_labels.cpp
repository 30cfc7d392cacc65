#include "layouts/limesurvey_labels.hpp"

#include <cctype>
#include <filesystem>

#include "header/header.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace fs = std::filesystem;

namespace {

// The answers LimeSurvey writes for its fixed-answer question types, which are not in
// <answers>: SurveyObj::getFullAnswer in LimeSurvey's export code maps exactly these codes
// to these words. The 5- and 10-point types (`5`, `A`, `B`) have none: LimeSurvey's own
// full-answer export writes their numbers as they are, and so do we.
const std::map<std::string, std::string>* fixed_answers(const std::string& type) {
  static const std::map<std::string, std::map<std::string, std::string>> fixed{  // immutable
      {"Y", {{"Y", "Yes"}, {"N", "No"}}},
      {"G", {{"M", "Male"}, {"F", "Female"}}},
      {"C", {{"Y", "Yes"}, {"U", "Uncertain"}, {"N", "No"}}},
      {"E", {{"I", "Increase"}, {"S", "Same"}, {"D", "Decrease"}}}};
  auto it = fixed.find(type);
  return it == fixed.end() ? nullptr : &it->second;
}

bool is_free_text(const std::string& type) {
  return type == "T" || type == "U" || type == "S" || type == "Q" || type == ";";
}
bool is_multiple_choice(const std::string& type) { return type == "M" || type == "P"; }
bool is_list(const std::string& type) { return type == "L" || type == "!" || type == "O"; }
// Types whose answers are picked from a list: lists, arrays, yes/no, gender, 5/10 points, ranking.
bool offers_choices(const std::string& type) {
  return is_list(type) || type == "F" || type == "H" || type == "1" || type == "Y" || type == "G" || type == "C" ||
         type == "E" || type == "A" || type == "B" || type == "5" || type == "R";
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// `SQ001_SQ002` of an array of numbers or texts: the row (scale 0) and column (scale 1).
std::optional<std::pair<const LimeSurveySubquestion*, const LimeSurveySubquestion*>> row_and_column(
    const LimeSurveyQuestion& q, const std::string& sub) {
  for (std::size_t at = sub.find('_'); at != std::string::npos; at = sub.find('_', at + 1)) {
    const auto* row = q.subquestion(sub.substr(0, at), 0);
    const auto* column = q.subquestion(sub.substr(at + 1), 1);
    if (row && column) return std::make_pair(row, column);
  }
  return std::nullopt;
}

// What a code heading is, against the structure; nothing when the structure does not know it.
struct Described {
  const LimeSurveyQuestion* question = nullptr;
  bool other_text = false;  // `[other]`, `[comment]`, a P choice's `[SQ001comment]`
};

std::optional<Described> describe(const LimeSurveyStructure& s, const grammar::LimeSurveyCode& code) {
  const LimeSurveyQuestion* q = s.question(code.code);
  if (!q) return std::nullopt;
  if (code.subs.empty()) return Described{q, false};
  const std::string& sub = code.subs[0];
  if (sub == "other" || sub == "comment") return code.subs.size() == 1 ? std::optional(Described{q, true}) : std::nullopt;
  if (code.subs.size() == 2) {  // dual scale: [SQ001][1] / [2]
    if (q->type != "1" || !q->subquestion(sub) || (code.subs[1] != "1" && code.subs[1] != "2")) return std::nullopt;
    return Described{q, false};
  }
  if (q->type == "R") return all_digits(sub) ? std::optional(Described{q, false}) : std::nullopt;  // rank positions
  if (q->type == "P" && sub.ends_with("comment") && q->subquestion(sub.substr(0, sub.size() - 7)))
    return Described{q, true};
  if (q->subquestion(sub)) return Described{q, false};
  if ((q->type == ":" || q->type == ";") && row_and_column(*q, sub)) return Described{q, false};
  return std::nullopt;
}

std::string subquestion_text(const LimeSurveySubquestion* sub, const std::string& code) {
  return sub && !sub->text.empty() ? sub->text : code;
}

void add_labels(std::map<std::string, std::string>& into, const std::vector<LimeSurveyAnswerOption>& options) {
  for (const auto& o : options) into[o.code] = o.label.empty() ? o.code : o.label;
}

std::string file_name(const std::string& path) { return fs::path(path).filename().string(); }

// Columns of the survey's participant table that an export can carry beside the answers
// (`attribute_1`, `tid`, `usesleft`): not questions, so a .lss is not expected to know them.
// [R: LimeSurvey's token table columns, from its participant table.]
bool is_participant_column(const std::string& heading) {
  if (heading.starts_with("attribute_") && all_digits(std::string_view(heading).substr(10))) return true;
  for (const char* name : {"tid", "participant_id", "emailstatus", "blacklisted", "remindersent", "remindercount",
                           "usesleft", "validfrom", "validuntil", "mpid"})
    if (heading == name) return true;
  return false;
}

}  // namespace

std::optional<std::string> survey_id_in_export_name(const std::string& data_path) {
  const std::string stem = fs::path(data_path).stem().string();
  const std::string prefix = "results-survey";
  if (!stem.starts_with(prefix)) return std::nullopt;
  std::size_t end = prefix.size();
  while (end < stem.size() && std::isdigit(static_cast<unsigned char>(stem[end]))) ++end;
  if (end == prefix.size()) return std::nullopt;
  const std::string rest = collapse_spaces(stem.substr(end));
  if (!rest.empty() && !(rest.front() == '(' && rest.back() == ')')) return std::nullopt;  // "results-survey123 (1)"
  return stem.substr(prefix.size(), end - prefix.size());
}

std::vector<std::string> companion_lss_paths(const std::string& data_path) {
  const fs::path p(data_path);
  std::vector<fs::path> candidates{p.parent_path() / (p.stem().string() + ".lss")};
  if (auto sid = survey_id_in_export_name(data_path))
    candidates.push_back(p.parent_path() / ("limesurvey_survey_" + *sid + ".lss"));
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& c : candidates)
    if (fs::is_regular_file(c, ec)) out.push_back(c.string());
  return out;
}

bool labels_an_export_beside_it(const std::string& lss_path) {
  const fs::path p(lss_path);
  std::error_code ec;
  if (fs::is_regular_file(p.parent_path() / (p.stem().string() + ".csv"), ec)) return true;
  const std::string stem = p.stem().string(), prefix = "limesurvey_survey_";
  if (!stem.starts_with(prefix) || !all_digits(stem.substr(prefix.size()))) return false;
  const std::string sid = stem.substr(prefix.size());
  for (const auto& e : fs::directory_iterator(p.parent_path().empty() ? fs::path(".") : p.parent_path(), ec)) {
    const fs::path& f = e.path();
    if (f.extension() == ".csv" && survey_id_in_export_name(f.string()) == sid) return true;
  }
  return false;
}

std::vector<std::string> headings_not_described(const LimeSurveyStructure& structure,
                                                const std::vector<std::string>& header, const SurveyPlan& plan) {
  std::vector<std::string> unknown;
  for (std::size_t c = 0; c < header.size() && c < plan.columns.size(); ++c) {
    const ColumnPlan& col = plan.columns[c];
    if (col.role != ColumnRole::answer && col.role != ColumnRole::other_text) continue;
    const std::string heading = collapse_spaces(header[c]);
    auto code = grammar::parse_limesurvey_code(heading);
    if (!code || !describe(structure, *code))
      if (!is_participant_column(heading)) unknown.push_back(heading);
  }
  return unknown;
}

void label_from_structure(const LimeSurveyStructure& structure, const std::vector<std::string>& header,
                          SurveyPlan& plan) {
  for (std::size_t c = 0; c < header.size() && c < plan.columns.size(); ++c) {
    ColumnPlan& col = plan.columns[c];
    if (col.role != ColumnRole::answer && col.role != ColumnRole::other_text) continue;
    auto code = grammar::parse_limesurvey_code(collapse_spaces(header[c]));
    if (!code) continue;
    auto described = describe(structure, *code);
    if (!described) continue;
    const LimeSurveyQuestion& q = *described->question;
    if (!q.text.empty()) col.question_text = q.text;
    if (described->other_text) {
      col.role = ColumnRole::other_text;
      col.shape = CellShape::value;
      col.item_text.clear();
      col.choice.clear();
      continue;
    }
    col.shape = CellShape::value;
    col.choice.clear();
    auto& labels = plan.value_labels[q.code];
    if (code->subs.empty()) {
      col.item_text.clear();
    } else if (code->subs.size() == 2) {  // dual scale: each scale has its own answers
      const int scale = code->subs[1] == "2" ? 1 : 0;
      const std::string& header_text = q.scale_headers[scale];
      col.item_text = subquestion_text(q.subquestion(code->subs[0]), code->subs[0]) + " [" +
                      (header_text.empty() ? "Scale " + std::to_string(scale + 1) : header_text) + "]";
      col.labels = q.code + "#" + std::to_string(scale);
      col.kind = QuestionKind::single;
      auto it = q.answers.find(scale);
      if (it != q.answers.end()) add_labels(plan.value_labels[col.labels], it->second);
      continue;
    } else if (q.type == "R") {
      col.item_text = "Rank " + code->subs[0];  // LimeSurvey's own words for a rank column
    } else if (auto cell = (q.type == ":" || q.type == ";") ? row_and_column(q, code->subs[0]) : std::nullopt) {
      col.item_text = subquestion_text(cell->first, cell->first->code) + " [" +
                      subquestion_text(cell->second, cell->second->code) + "]";
    } else if (is_multiple_choice(q.type)) {  // one Y / "" column per choice
      col.shape = CellShape::flag;
      col.kind = QuestionKind::multi;
      col.choice = subquestion_text(q.subquestion(code->subs[0]), code->subs[0]);
      col.item_text.clear();
      continue;
    } else {
      col.item_text = subquestion_text(q.subquestion(code->subs[0]), code->subs[0]);
    }
    if (is_free_text(q.type)) col.kind = QuestionKind::text;
    if (offers_choices(q.type)) col.kind = QuestionKind::single;
    if (const auto* fixed = fixed_answers(q.type)) labels.insert(fixed->begin(), fixed->end());
    if (auto it = q.answers.find(0); it != q.answers.end()) add_labels(labels, it->second);
    if (is_list(q.type) && q.has_other) labels.emplace("-oth-", "Other");
  }
  // Questions that gained no labels (text, numbers, multiple choice) need no entry.
  for (auto it = plan.value_labels.begin(); it != plan.value_labels.end();)
    it = it->second.empty() ? plan.value_labels.erase(it) : std::next(it);
}

void label_from_companion_structure(const std::string& data_path, const std::vector<std::string>& header,
                                    SurveyPlan& plan) {
  const auto candidates = companion_lss_paths(data_path);
  if (candidates.empty()) {
    plan.notes.push_back("no .lss beside the export (<stem>.lss, or limesurvey_survey_<SID>.lss beside "
                         "results-survey<SID>.csv): answer codes stand as answers");
    return;
  }
  const auto export_sid = survey_id_in_export_name(data_path);
  for (const auto& path : candidates) {
    auto structure = read_limesurvey_structure(path);
    if (!structure) {
      plan.notes.push_back("could not read the .lss: " + structure.error().to_string() +
                           "; answer codes stand as answers");
      continue;
    }
    const LimeSurveyStructure& s = *structure;
    if (export_sid && !s.survey_id.empty() && s.survey_id != *export_sid) {
      plan.notes.push_back("the .lss " + file_name(path) + " is survey " + s.survey_id + ", the export survey " +
                           *export_sid + ": not used");
      continue;
    }
    const auto unknown = headings_not_described(s, header, plan);
    std::size_t answer_columns = 0;
    for (const auto& col : plan.columns)
      answer_columns += col.role == ColumnRole::answer || col.role == ColumnRole::other_text;
    if (answer_columns == 0) {
      plan.notes.push_back("the .lss " + file_name(path) + " is beside an export with no question columns: not used");
      return;
    }
    if (!unknown.empty()) {
      std::string which;
      for (std::size_t i = 0; i < unknown.size() && i < 3; ++i) which += (i ? ", `" : "`") + unknown[i] + "`";
      if (unknown.size() > 3) which += ", ...";
      plan.notes.push_back("the .lss " + file_name(path) + " does not describe this export: " +
                           std::to_string(unknown.size()) + " of " + std::to_string(answer_columns) +
                           " code headings are not in it (" + which + "): not used, answer codes stand as answers");
      continue;
    }
    label_from_structure(s, header, plan);
    plan.notes.push_back("question texts, statements and answer labels from the .lss beside the export: " +
                         file_name(path) + " (survey " + (s.survey_id.empty() ? "?" : s.survey_id) +
                         (s.title.empty() ? "" : " \"" + s.title + "\"") + ", language " +
                         (s.language.empty() ? "?" : s.language) + "); every code heading is in it");
    return;
  }
}

}  // namespace canvass
