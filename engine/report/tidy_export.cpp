#include "report/tidy_export.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "notes/note_themes.hpp"
#include "report/csv_writer.hpp"
#include "text/word_list.hpp"
#include "layouts/metadata_columns.hpp"
#include "report/json_writer.hpp"

namespace canvass {

namespace {

struct Column {
  std::string name;
  bool numeric = false;  // written unquoted in JSON Lines
  bool free_text = false;  // may hold personal data: redacted
};

// Writes rows of a fixed set of columns; an empty value is an empty CSV field or JSON null.
class TidyWriter {
 public:
  TidyWriter(std::vector<Column> columns, ExportFormat format, const Redactor& redactor, std::ostream& out)
      : columns_(std::move(columns)), format_(format), redactor_(redactor), out_(out) {
    if (format_ == ExportFormat::csv) {
      std::vector<std::string> names;
      for (const auto& c : columns_) names.push_back(c.name);
      write_csv_row(out_, names);
    }
  }

  void row(std::vector<std::optional<std::string>>& values) {
    ++rows_;
    for (std::size_t i = 0; i < columns_.size(); ++i)
      if (columns_[i].free_text && values[i] && !values[i]->empty()) {
        Redaction r = redactor_.redact(*values[i]);
        if (r.changed()) values[i] = std::move(r.text);
      }
    if (format_ == ExportFormat::csv) {
      std::vector<std::string> fields;
      for (const auto& v : values) fields.push_back(v.value_or(""));
      write_csv_row(out_, fields);
      return;
    }
    JsonObject o;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (!values[i]) o.null(columns_[i].name);
      else if (columns_[i].numeric) o.raw(columns_[i].name, *values[i]);
      else o.text(columns_[i].name, *values[i]);
    }
    out_ << o.str() << '\n';
  }

  long rows() const { return rows_; }

 private:
  std::vector<Column> columns_;
  ExportFormat format_;
  const Redactor& redactor_;
  std::ostream& out_;
  long rows_ = 0;
};

std::optional<std::string> value(const Statement& st, int column) {
  if (st.is_null(column)) return std::nullopt;
  return st.text(column);
}

// Every respondent's attributes, one column each: a single-choice question's answer is
// named by the question's text (as analyses pool questions), a metadata column by its name.
struct Attributes {
  std::vector<std::string> columns;
  std::map<std::int64_t, std::map<std::string, std::string>> by_respondent;

  void append_columns(std::vector<Column>& fixed) const {
    std::vector<std::string> taken;
    for (const auto& c : fixed) taken.push_back(c.name);
    for (const auto& name : columns) {
      const bool clash = std::find(taken.begin(), taken.end(), name) != taken.end();
      fixed.push_back({clash ? "attribute: " + name : name, false});
    }
  }
  void append_values(std::int64_t respondent, std::vector<std::optional<std::string>>& row) const {
    auto it = by_respondent.find(respondent);
    for (const auto& name : columns) {
      if (it == by_respondent.end() || !it->second.count(name)) row.push_back(std::nullopt);
      else row.push_back(it->second.at(name));
    }
  }
};

Result<Attributes> load_attributes(Database& db) {
  auto st = db.prepare(
      "SELECT ra.respondent_id, COALESCE(q.text, ra.name), ra.value, ra.name FROM respondent_attribute ra "
      "JOIN respondent r ON r.id = ra.respondent_id "
      "LEFT JOIN question q ON q.source_id = r.source_id AND q.code = ra.name "
      "ORDER BY r.source_id, COALESCE(q.position, 0), ra.name, ra.respondent_id");
  if (!st) return st.error();
  Attributes a;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    if (is_personal_attribute(st->text(3))) continue;  // e-mail, name, IP address...
    const std::string name = st->text(1);
    if (std::find(a.columns.begin(), a.columns.end(), name) == a.columns.end()) a.columns.push_back(name);
    a.by_respondent[st->integer(0)][name] = st->text(2);
  }
  return a;
}

// Runs `sql`, whose first column is the respondent id, writing `fixed` columns then the
// respondent's attributes.
Result<long> respondent_rows(Database& db, const std::string& sql, std::vector<Column> fixed, ExportFormat format,
                             const Redactor& redactor, std::ostream& out) {
  auto attrs = load_attributes(db);
  if (!attrs) return attrs.error();
  const int width = static_cast<int>(fixed.size());
  attrs->append_columns(fixed);
  TidyWriter w(std::move(fixed), format, redactor, out);
  auto st = db.prepare(sql);
  if (!st) return st.error();
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    std::vector<std::optional<std::string>> values;
    for (int i = 0; i < width; ++i) values.push_back(value(*st, i));
    attrs->append_values(st->integer(0), values);
    w.row(values);
  }
  return w.rows();
}

constexpr const char* kProvenance =
    "JOIN respondent p ON p.id = {R} JOIN source s ON s.id = p.source_id JOIN batch b ON b.id = s.batch_id ";

std::string provenance(const std::string& respondent_column) {
  std::string s = kProvenance;
  s.replace(s.find("{R}"), 3, respondent_column);
  return s;
}

// notes and quotes: every column of the table as the store holds it (their owners define
// them), with the source file and batch added when the table records its source; the
// `free_text` columns are redacted.
// A column added after the table's own, computed from the raw value of one of them.
struct ComputedColumn {
  std::string name, from;
  std::function<std::string(const std::string&)> value;
};

Result<long> whole_table(Database& db, const std::string& table, const std::set<std::string>& free_text,
                         ExportFormat format, const Redactor& redactor, std::ostream& out,
                         const std::optional<ComputedColumn>& computed = std::nullopt) {
  auto info = db.prepare("SELECT name, upper(type) FROM pragma_table_info('" + table + "') ORDER BY cid");
  if (!info) return info.error();
  std::vector<Column> columns;
  std::vector<std::string> select;
  bool has_source = false;
  for (;;) {
    auto row = info->step();
    if (!row) return row.error();
    if (!*row) break;
    const std::string name = info->text(0), type = info->text(1);
    has_source = has_source || name == "source_id";
    select.push_back("t." + name);
    columns.push_back({name, type.find("INT") != std::string::npos || type == "REAL", free_text.count(name) > 0});
  }
  if (has_source) {
    select.push_back("s.path");
    select.push_back("b.label");
    columns.push_back({"source", false});
    columns.push_back({"batch", false});
  }
  std::size_t from = 0;
  if (computed) {
    while (from < columns.size() && columns[from].name != computed->from) ++from;
    columns.push_back({computed->name, false});
  }
  std::string sql = "SELECT ";
  for (std::size_t i = 0; i < select.size(); ++i) sql += (i ? ", " : "") + select[i];
  sql += " FROM " + table + " t ";
  if (has_source) sql += "JOIN source s ON s.id = t.source_id JOIN batch b ON b.id = s.batch_id ";
  sql += "ORDER BY t.rowid";
  TidyWriter w(columns, format, redactor, out);
  auto st = db.prepare(sql);
  if (!st) return st.error();
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    std::vector<std::optional<std::string>> values;
    for (std::size_t i = 0; i < select.size(); ++i) values.push_back(value(*st, static_cast<int>(i)));
    if (computed) values.push_back(computed->value(from < values.size() ? values[from].value_or("") : std::string{}));
    w.row(values);
  }
  return w.rows();
}

}  // namespace

std::optional<ExportTable> export_table_from_string(std::string_view s) {
  if (s == "responses") return ExportTable::responses;
  if (s == "comments") return ExportTable::comments;
  if (s == "notes") return ExportTable::notes;
  if (s == "quotes") return ExportTable::quotes;
  if (s == "respondents") return ExportTable::respondents;
  return std::nullopt;
}

std::optional<ExportFormat> export_format_from_string(std::string_view s) {
  if (s == "csv") return ExportFormat::csv;
  if (s == "jsonl") return ExportFormat::jsonl;
  return std::nullopt;
}

Result<long> export_table(Database& db, ExportTable table, ExportFormat format, const Redactor& redactor,
                          std::ostream& out) {
  switch (table) {
    case ExportTable::respondents:
      return respondent_rows(
          db,
          "SELECT p.id, p.external_id, p.submitted_at, b.label, s.path, p.line FROM respondent p "
          "JOIN source s ON s.id = p.source_id JOIN batch b ON b.id = s.batch_id ORDER BY p.id",
          {{"respondent", true}, {"external_id", false}, {"submitted_at", false}, {"batch", false},
           {"source", false}, {"line", true}},
          format, redactor, out);
    case ExportTable::responses:
      return respondent_rows(
          db,
          "SELECT r.respondent_id, b.label, s.path, q.code, q.text, q.kind, i.code, i.text, r.level, l.label, "
          "l.polarity, r.raw FROM response r JOIN item i ON i.id = r.item_id "
          "JOIN question q ON q.id = i.question_id " + provenance("r.respondent_id") +
          "LEFT JOIN scale_level l ON l.scale_id = q.scale_id AND l.position = r.level "
          "ORDER BY r.respondent_id, q.position, i.position",
          {{"respondent", true}, {"batch", false}, {"source", false}, {"question_code", false}, {"question", false},
           {"question_kind", false}, {"item_code", false}, {"item", false}, {"level", true}, {"label", false},
           {"polarity", false}, {"raw", false, true}},
          format, redactor, out);
    case ExportTable::comments:
      return respondent_rows(
          db,
          "SELECT c.respondent_id, b.label, s.path, q.code, q.text, c.text FROM comment c "
          "JOIN question q ON q.id = c.question_id " + provenance("c.respondent_id") +
          "ORDER BY c.respondent_id, q.position, c.id",
          {{"respondent", true}, {"batch", false}, {"source", false}, {"question_code", false}, {"question", false},
           {"comment", false, true}},
          format, redactor, out);
    case ExportTable::notes: {  // with the shipped codebook's themes of each note, as `canvass notes` gives them
      auto codebook = load_default_codebook(data_dir());
      if (!codebook) return codebook.error();
      NoteThemes themes(*codebook);
      auto joined = [&](const std::string& text) {
        std::string out;
        for (const auto& t : themes.of(text)) out += (out.empty() ? "" : "; ") + t;
        return out;
      };
      return whole_table(db, "note", {"section", "question", "heading", "text"}, format, redactor, out,
                         ComputedColumn{"themes", "text", joined});
    }
    case ExportTable::quotes:  // quotes hold only redacted text already
      return whole_table(db, "quote", {}, format, redactor, out);
  }
  return Error{{"canvass"}, "unknown table", Error::Kind::usage};
}

}  // namespace canvass
