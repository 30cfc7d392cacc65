#include "layouts/limesurvey_structure.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "sources/file_bytes.hpp"
#include "sources/xml_reader.hpp"
#include "text/fold.hpp"
#include "text/html_text.hpp"

namespace canvass {

namespace {

// One row of a table LimeSurvey dumped: column name -> value. A column whose value was
// NULL is left out of the row (LimeSurvey writes no element for it).
using DumpRow = std::map<std::string, std::string, std::less<>>;

// The tables the labels come from; every other table (conditions, themes, quotas) is skipped.
const std::set<std::string, std::less<>> kTables{"answers",         "answer_l10ns",        "questions",
                                                 "subquestions",    "question_l10ns",      "question_attributes",
                                                 "surveys",         "surveys_languagesettings"};

// Collects the .lss as tables of rows: <document><TABLE><rows><row><COLUMN>value.
class StructureDump : public XmlVisitor {
 public:
  std::map<std::string, std::vector<DumpRow>, std::less<>> tables;
  std::string doc_type, db_version;
  std::vector<std::string> languages;

  void start_element(const XmlElement& e) override {
    ++depth_;
    text_.clear();
    capture_ = false;
    if (depth_ == 1) {
      if (e.name != "document")
        stop("not a LimeSurvey structure file: the root element is <" + std::string(e.name) + ">, not <document>");
      return;
    }
    if (depth_ == 2) {
      table_ = kTables.count(e.name) ? std::string(e.name) : std::string();
      capture_ = e.name == "LimeSurveyDocType" || e.name == "DBVersion";
      in_languages_ = e.name == "languages";
      return;
    }
    if (depth_ == 3) {
      capture_ = in_languages_ && e.name == "language";
      in_rows_ = !table_.empty() && e.name == "rows";
      return;
    }
    if (depth_ == 4) {
      in_row_ = in_rows_ && e.name == "row";  // anything else under <rows> is skipped whole
      if (in_row_) tables[table_].emplace_back();
      return;
    }
    if (depth_ == 5 && in_row_) capture_ = true;
  }

  void characters(std::string_view text) override {
    if (capture_) text_.append(text);
  }

  void end_element(std::string_view name, std::string_view) override {
    if (capture_) {
      if (depth_ == 2 && name == "LimeSurveyDocType") doc_type = collapse_spaces(text_);
      if (depth_ == 2 && name == "DBVersion") db_version = collapse_spaces(text_);
      if (depth_ == 3) languages.push_back(collapse_spaces(text_));
      if (depth_ == 5 && in_row_) tables[table_].back()[std::string(name)] = text_;
    }
    capture_ = false;
    text_.clear();
    if (depth_ == 4) in_row_ = false;
    if (depth_ == 3) in_rows_ = false;
    if (depth_ == 2) {
      table_.clear();
      in_languages_ = false;
    }
    --depth_;
  }

 private:
  int depth_ = 0;
  std::string table_;  // the wanted table being read, "" elsewhere
  bool in_rows_ = false, in_row_ = false, in_languages_ = false, capture_ = false;
  std::string text_;
};

std::string value(const DumpRow& row, std::string_view column) {
  auto it = row.find(column);
  return it == row.end() ? std::string() : it->second;
}

int number(const DumpRow& row, std::string_view column) {
  const std::string v = collapse_spaces(value(row, column));
  int n = 0;
  std::from_chars(v.data(), v.data() + v.size(), n);
  return n;
}

const std::vector<DumpRow>& table(const StructureDump& dump, std::string_view name) {
  static const std::vector<DumpRow> none;  // immutable: shared safely
  auto it = dump.tables.find(name);
  return it == dump.tables.end() ? none : it->second;
}

// Of rows that differ only by language, the base language's; a row without a language
// column (the new layout's language-free tables) always counts.
bool in_language(const DumpRow& row, const std::string& base) {
  auto it = row.find("language");
  return it == row.end() || base.empty() || collapse_spaces(it->second) == base;
}

// qid -> text of the l10n table `name` (qid or aid keyed), in the base language, else the
// first language seen.
std::map<std::string, std::string> texts(const StructureDump& dump, std::string_view name, std::string_view key,
                                         std::string_view text_column, const std::string& base) {
  std::map<std::string, std::string> out;
  std::set<std::string> from_base;
  for (const auto& row : table(dump, name)) {
    const std::string id = collapse_spaces(value(row, key));
    const bool base_row = in_language(row, base);
    if (from_base.count(id) || (!base_row && out.count(id))) continue;
    out[id] = html_to_plain_text(value(row, text_column));
    if (base_row) from_base.insert(id);
  }
  return out;
}

struct QuestionRow {
  std::string qid, parent;
  const DumpRow* row = nullptr;
  bool base = false;
};

}  // namespace

const LimeSurveySubquestion* LimeSurveyQuestion::subquestion(std::string_view code, int scale) const {
  for (const auto& s : subquestions)
    if (s.code == code && s.scale == scale) return &s;
  return nullptr;
}

const LimeSurveyQuestion* LimeSurveyStructure::question(std::string_view code) const {
  for (const auto& q : questions)
    if (q.code == code) return &q;
  return nullptr;
}

Result<LimeSurveyStructure> parse_limesurvey_structure(std::string_view bytes, const std::string& path) {
  StructureDump dump;
  XmlOptions xml;
  xml.refuse_doctype = true;  // LimeSurvey never writes one
  CANVASS_TRY(parse_xml(bytes, Location{path}, dump, xml));
  if (dump.doc_type.empty())
    return Error{{path}, "not a LimeSurvey structure file: no <LimeSurveyDocType> under <document>"};
  if (dump.doc_type != "Survey")
    return Error{{path}, "a LimeSurvey " + dump.doc_type + " file, not a survey structure (.lss)"};

  LimeSurveyStructure s;
  s.path = path;
  std::from_chars(dump.db_version.data(), dump.db_version.data() + dump.db_version.size(), s.db_version);
  // The base language is the survey's own `language`; LimeSurvey lists the additional
  // languages before it in <languages>, so the list is only a fallback.
  const auto& surveys = table(dump, "surveys");
  if (!surveys.empty()) {
    s.survey_id = collapse_spaces(value(surveys.front(), "sid"));
    s.language = collapse_spaces(value(surveys.front(), "language"));
  }
  if (s.language.empty() && !dump.languages.empty()) s.language = dump.languages.front();
  for (const auto& row : table(dump, "surveys_languagesettings"))
    if (collapse_spaces(value(row, "surveyls_language")) == s.language || s.title.empty())
      s.title = html_to_plain_text(value(row, "surveyls_title"));

  // Questions and subquestions: one row per qid (new layout) or per qid and language (old).
  std::map<std::string, QuestionRow> by_qid;
  std::vector<std::string> order;
  for (const char* name : {"questions", "subquestions"})
    for (const auto& row : table(dump, name)) {
      const std::string qid = collapse_spaces(value(row, "qid"));
      const bool base = in_language(row, s.language);
      auto [it, fresh] = by_qid.emplace(qid, QuestionRow{qid, collapse_spaces(value(row, "parent_qid")), &row, base});
      if (fresh) order.push_back(qid);
      else if (base && !it->second.base) it->second = QuestionRow{qid, it->second.parent, &row, true};
    }
  const auto l10n_text = texts(dump, "question_l10ns", "qid", "question", s.language);
  auto text_of = [&](const QuestionRow& q) {
    if (q.row->count("question")) return html_to_plain_text(value(*q.row, "question"));  // old layout: inline
    auto it = l10n_text.find(q.qid);
    return it == l10n_text.end() ? std::string() : it->second;
  };
  std::map<std::string, std::size_t> index_of;  // qid -> s.questions
  for (const auto& qid : order) {
    const QuestionRow& q = by_qid.at(qid);
    if (!q.parent.empty() && q.parent != "0") continue;
    LimeSurveyQuestion question;
    question.code = collapse_spaces(value(*q.row, "title"));
    question.type = collapse_spaces(value(*q.row, "type"));
    question.text = text_of(q);
    question.has_other = collapse_spaces(value(*q.row, "other")) == "Y";
    index_of[qid] = s.questions.size();
    s.questions.push_back(std::move(question));
  }
  std::map<std::string, std::vector<std::pair<int, LimeSurveySubquestion>>> subs;  // parent -> (order, sub)
  for (const auto& qid : order) {
    const QuestionRow& q = by_qid.at(qid);
    if (q.parent.empty() || q.parent == "0") continue;
    subs[q.parent].push_back(
        {number(*q.row, "question_order"),
         LimeSurveySubquestion{collapse_spaces(value(*q.row, "title")), text_of(q), number(*q.row, "scale_id")}});
  }
  for (auto& [parent, list] : subs) {
    auto it = index_of.find(parent);
    if (it == index_of.end()) continue;  // a subquestion of nothing: ignored
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [order_, sub] : list) s.questions[it->second].subquestions.push_back(std::move(sub));
  }

  // Answers: inline text with a language (old layout) or by aid in answer_l10ns (new).
  const auto answer_text = texts(dump, "answer_l10ns", "aid", "answer", s.language);
  struct Option {
    int sortorder;
    LimeSurveyAnswerOption option;
    bool base;
  };
  std::map<std::string, std::map<int, std::vector<Option>>> options;  // qid -> scale -> options
  for (const auto& row : table(dump, "answers")) {
    const std::string qid = collapse_spaces(value(row, "qid"));
    const int scale = number(row, "scale_id");
    const std::string code = collapse_spaces(value(row, "code"));
    std::string label;
    if (row.count("answer")) {
      label = html_to_plain_text(value(row, "answer"));
    } else {
      auto it = answer_text.find(collapse_spaces(value(row, "aid")));
      if (it != answer_text.end()) label = it->second;
    }
    const bool base = in_language(row, s.language);
    auto& list = options[qid][scale];
    auto same = std::find_if(list.begin(), list.end(), [&](const Option& o) { return o.option.code == code; });
    if (same == list.end()) list.push_back({number(row, "sortorder"), {code, label}, base});
    else if (base && !same->base) *same = {number(row, "sortorder"), {code, label}, true};
  }
  for (auto& [qid, scales] : options) {
    auto it = index_of.find(qid);
    if (it == index_of.end()) continue;
    for (auto& [scale, list] : scales) {
      std::stable_sort(list.begin(), list.end(), [](const Option& a, const Option& b) { return a.sortorder < b.sortorder; });
      for (auto& o : list) s.questions[it->second].answers[scale].push_back(std::move(o.option));
    }
  }

  // A dual-scale array's headers name its two scales.
  for (const auto& row : table(dump, "question_attributes")) {
    const std::string attribute = collapse_spaces(value(row, "attribute"));
    if (attribute != "dualscale_headerA" && attribute != "dualscale_headerB") continue;
    const std::string language = collapse_spaces(value(row, "language"));
    if (!language.empty() && language != s.language) continue;
    auto it = index_of.find(collapse_spaces(value(row, "qid")));
    if (it == index_of.end()) continue;
    s.questions[it->second].scale_headers[attribute.back() == 'A' ? 0 : 1] = html_to_plain_text(value(row, "value"));
  }

  if (s.questions.empty()) return Error{{path}, "the LimeSurvey structure file holds no questions"};
  return s;
}

Result<LimeSurveyStructure> read_limesurvey_structure(const std::string& path) {
  auto bytes = read_file_bytes(path, std::size_t{64} << 20);
  if (!bytes) return bytes.error();
  return parse_limesurvey_structure(*bytes, path);
}

}  // namespace canvass
