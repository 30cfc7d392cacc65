#include "store/stored_notes.hpp"


namespace canvass {

namespace {

std::optional<std::string> optional_text(const Statement& st, int column) {
  if (st.is_null(column)) return std::nullopt;
  return st.text(column);
}

std::optional<std::size_t> optional_number(const Statement& st, int column) {
  if (st.is_null(column)) return std::nullopt;
  return static_cast<std::size_t>(st.integer(column));
}

NoteKind kind_from(const std::string& s) {
  for (NoteKind k : {NoteKind::title, NoteKind::heading, NoteKind::question, NoteKind::note, NoteKind::summary})
    if (s == to_string(k)) return k;
  return NoteKind::text;
}

}  // namespace

Result<std::vector<NoteDocument>> read_stored_notes(Database& db) {
  auto st = db.prepare(
      "SELECT s.id, s.path, s.kind, COALESCE(s.encoding, ''), n.number, n.kind, n.section, n.question, n.heading, "
      "n.grp, n.depth, p.number, n.text, n.line, d.number "
      "FROM note n JOIN source s ON s.id = n.source_id "
      "LEFT JOIN note p ON p.id = n.parent_id LEFT JOIN note d ON d.id = n.duplicate_of "
      "ORDER BY s.id, n.number");
  if (!st) return st.error();
  std::vector<NoteDocument> docs;
  std::int64_t current = -1;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    if (st->integer(0) != current) {
      current = st->integer(0);
      docs.push_back(NoteDocument{st->text(1), st->text(2), st->text(3), {}});
    }
    NoteRecord r;
    r.id = static_cast<std::size_t>(st->integer(4));
    r.kind = kind_from(st->text(5));
    r.section = optional_text(*st, 6);
    r.question = optional_text(*st, 7);
    r.heading = optional_text(*st, 8);
    r.group = optional_number(*st, 9);
    r.depth = static_cast<std::size_t>(st->integer(10));
    r.parent = optional_number(*st, 11);
    r.text = st->text(12);
    r.line = static_cast<std::size_t>(st->integer(13));
    r.duplicate_of = optional_number(*st, 14);
    docs.back().records.push_back(std::move(r));
  }
  return docs;
}

}  // namespace canvass
