#include "analysis/quote_store.hpp"

#include "model/utc_time.hpp"

namespace canvass {

namespace {

// The stored keep/reject decisions by quote id.
Result<std::map<std::string, std::string>> read_decisions(Database& db) {
  std::map<std::string, std::string> decisions;
  auto read = db.prepare("SELECT key, decision FROM quote WHERE decision IS NOT NULL");
  if (!read) return read.error();
  for (;;) {
    auto row = read->step();
    if (!row) return row.error();
    if (!*row) break;
    decisions[read->text(0)] = read->text(1);
  }
  read->reset();
  return decisions;
}

}  // namespace

Result<std::map<std::string, std::string>> save_quotes(Database& db, const std::function<std::optional<Quote>()>& next) {
  if (db.read_only()) return read_decisions(db);  // a read-only store keeps its last run's quotes
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  CANVASS_TRY(db.exec("UPDATE quote SET current = 0"));
  auto up = db.prepare(
      "INSERT INTO quote(key, origin, origin_id, sentence, respondent, question, source, line, text, theme, tone, "
      "score, current) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,1) "
      "ON CONFLICT(key) DO UPDATE SET origin = excluded.origin, origin_id = excluded.origin_id, "
      "sentence = excluded.sentence, respondent = excluded.respondent, question = excluded.question, "
      "source = excluded.source, line = excluded.line, text = excluded.text, theme = excluded.theme, "
      "tone = excluded.tone, score = excluded.score, current = 1");
  if (!up) return up.error();
  while (const auto quote = next()) {
    const Quote& q = *quote;
    up->bind(1, q.id).bind(2, q.origin).bind(3, q.origin_id).bind(4, std::int64_t{q.sentence});
    up->bind(5, q.respondent).bind(6, q.question).bind(7, q.source).bind(8, q.line).bind(9, q.text);
    up->bind(10, q.theme).bind(11, to_string(q.tone.tone)).bind(12, q.score);
    CANVASS_TRY(up->run());
  }
  // Quotes whose passage is gone leave, unless someone decided about them.
  CANVASS_TRY(db.exec("DELETE FROM quote WHERE current = 0 AND decision IS NULL"));
  auto decisions = read_decisions(db);
  if (!decisions) return decisions.error();
  CANVASS_TRY(tx->commit());
  return decisions;
}

Result<std::string> decide_quote(Database& db, const std::string& id, const std::string& decision) {
  if (id.size() < 4) return Error{{}, "a quote id needs at least 4 characters: " + id, Error::Kind::usage};
  auto find = db.prepare("SELECT key FROM quote WHERE substr(key, 1, ?) = ?");
  if (!find) return find.error();
  find->bind(1, static_cast<std::int64_t>(id.size())).bind(2, id);
  std::vector<std::string> keys;
  for (;;) {
    auto row = find->step();
    if (!row) return row.error();
    if (!*row) break;
    keys.push_back(find->text(0));
  }
  find->reset();
  if (keys.empty()) return Error{{db.path()}, "no quote has the id " + id + " (run `canvass quotes` to list them)", Error::Kind::usage};
  if (keys.size() > 1) return Error{{db.path()}, "the id " + id + " matches " + std::to_string(keys.size()) + " quotes: give more of it", Error::Kind::usage};
  auto set = db.prepare("UPDATE quote SET decision = ?, decided_at = ? WHERE key = ?");
  if (!set) return set.error();
  if (decision.empty()) set->bind(1, std::nullopt).bind(2, std::nullopt);
  else set->bind(1, decision).bind(2, utc_now());
  set->bind(3, keys.front());
  CANVASS_TRY(set->run());
  return keys.front();
}

}  // namespace canvass
