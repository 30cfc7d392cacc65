#include "analysis/quote_passages.hpp"

#include <map>

#include "layouts/personal_columns.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
  return fold(haystack).find(fold(needle)) != std::string::npos;
}

// Whether the store keeps passage results (a read-only store of schema 2 does not).
Result<bool> has_passage_results(Database& db) {
  auto st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'passage_result'");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  const bool found = *row;
  st->reset();
  return found;
}

Status read_comments(Database& db, const std::optional<std::string>& attribute,
                     const std::function<void(Passage&)>& use, std::optional<std::int64_t> pipeline) {
  std::map<std::string, long> sizes;
  if (attribute) {
    auto st = db.prepare("SELECT value, COUNT(*) FROM respondent_attribute WHERE name = ? GROUP BY value");
    if (!st) return st.error();
    st->bind(1, *attribute);
    for (;;) {
      auto row = st->step();
      if (!row) return row.error();
      if (!*row) break;
      sizes[st->text(0)] = static_cast<long>(st->integer(1));
    }
  }
  auto st = db.prepare(
      std::string("SELECT c.id, r.id, q.text, s.path, r.line, c.text, ra.value, ") +
      (pipeline ? "pr.text_hash, pr.pieces " : "NULL, NULL ") +
      "FROM comment c JOIN respondent r ON r.id = c.respondent_id "
      "JOIN question q ON q.id = c.question_id JOIN source s ON s.id = r.source_id "
      "LEFT JOIN respondent_attribute ra ON ra.respondent_id = r.id AND ra.name = ? " +
      (pipeline ? "LEFT JOIN passage_result pr ON pr.key = c.id AND pr.pipeline = ? " : "") +
      "ORDER BY s.id, r.line, q.position, c.id");
  if (!st) return st.error();
  st->bind(1, attribute.value_or(""));
  if (pipeline) st->bind(2, *pipeline);
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    Passage p;
    p.origin = "comment";
    p.origin_id = st->integer(0);
    p.respondent_id = st->integer(1);
    p.respondent = std::to_string(*p.respondent_id);
    p.respondent.insert(0, 1, 'R');  // not "R" + ...: GCC 12 gives a false -Wrestrict there
    p.voice = p.respondent;
    p.question = st->text(2);
    p.source = st->text(3);
    p.line = st->integer(4);
    p.text = st->text(5);
    if (!st->is_null(6)) {
      p.group = st->text(6);
      p.group_size = sizes[p.group];
    }
    if (!st->is_null(8)) {
      p.cached_hash = st->integer(7);
      p.cached_pieces = st->blob(8);
    }
    use(p);
  }
  return Ok{};
}

Status read_notes(Database& db, const std::function<void(Passage&)>& use, std::optional<std::int64_t> pipeline) {
  auto st = db.prepare(
      std::string("SELECT n.id, n.source_id, COALESCE(NULLIF(n.question, ''), NULLIF(n.heading, ''), NULLIF(n.section, ''), ''), "
      "s.path, COALESCE(n.line, 0), n.text, n.grp, ") +
      (pipeline ? "pr.text_hash, pr.pieces " : "NULL, NULL ") +
      "FROM note n JOIN source s ON s.id = n.source_id " +
      (pipeline ? "LEFT JOIN passage_result pr ON pr.key = -n.id AND pr.pipeline = ? " : "") +
      "WHERE n.kind IN ('note', 'summary', 'text') AND n.duplicate_of IS NULL "
      "ORDER BY n.source_id, n.number");
  if (!st) return st.error();
  if (pipeline) st->bind(1, *pipeline);
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    Passage p;
    p.origin = "note";
    p.origin_id = st->integer(0);
    const std::string table = st->is_null(6) ? std::string() : std::to_string(st->integer(6));
    p.respondent = table.empty() ? "notes" : "table " + table;
    p.voice = "note:" + std::to_string(st->integer(1)) + ":" + table;
    p.question = st->text(2);
    p.source = st->text(3);
    p.line = st->integer(4);
    p.text = st->text(5);
    if (!st->is_null(8)) {
      p.cached_hash = st->integer(7);
      p.cached_pieces = st->blob(8);
    }
    use(p);
  }
  return Ok{};
}

}  // namespace

Result<std::optional<std::string>> attribution_attribute(Database& db, const std::string& wanted) {
  auto st = db.prepare(
      "SELECT DISTINCT ra.name, COALESCE(q.text, ''), COALESCE(q.kind, '') FROM respondent_attribute ra "
      "JOIN respondent r ON r.id = ra.respondent_id "
      "LEFT JOIN question q ON q.source_id = r.source_id AND q.code = ra.name ORDER BY ra.name");
  if (!st) return st.error();
  std::optional<std::string> found;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    const std::string name = st->text(0), text = st->text(1), kind = st->text(2);
    const bool fits = wanted.empty() ? (kind == "single" && contains(text, "role"))
                                     : (fold(name) == fold(wanted) || (!text.empty() && contains(text, wanted)));
    const bool personal = kind.empty() && is_personal_attribute(name);  // never shown beside a quote
    if (fits && !found && !personal) found = name;
  }
  st->reset();
  if (!wanted.empty() && !found)
    return Error{{db.path()}, "no respondent attribute or question matches \"" + wanted + "\"", Error::Kind::usage};
  return found;
}

Status for_each_passage(Database& db, const std::optional<std::string>& attribute,
                        const std::function<void(Passage&)>& use, std::optional<std::int64_t> pipeline) {
  if (pipeline) {
    auto kept = has_passage_results(db);
    if (!kept) return kept.error();
    if (!*kept) pipeline.reset();
  }
  CANVASS_TRY(read_comments(db, attribute, use, pipeline));
  return read_notes(db, use, pipeline);
}

}  // namespace canvass
