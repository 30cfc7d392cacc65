#include "analysis/quote_store.hpp"

#include <unordered_map>

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

// A stored quote's columns as one number, to tell whether a run changes them.
class Digest {
 public:
  Digest& text(std::string_view s) {
    number(static_cast<std::int64_t>(s.size()));
    bytes_.append(s);
    return *this;
  }
  Digest& number(std::int64_t n) { return raw(&n, sizeof n); }
  Digest& real(double x) { return raw(&x, sizeof x); }
  std::uint64_t value() const { return std::hash<std::string_view>{}(bytes_); }

 private:
  Digest& raw(const void* p, std::size_t n) {
    bytes_.append(static_cast<const char*>(p), n);
    return *this;
  }
  std::string bytes_;
};

struct StoredQuote {
  std::uint64_t digest;
  bool current;
};

}  // namespace

Result<std::map<std::string, std::string>> save_quotes(Database& db, std::size_t count,
                                                       const std::function<const std::string&(std::size_t)>& id_of,
                                                       const std::function<Quote(std::size_t)>& quote) {
  if (db.read_only()) return read_decisions(db);  // a read-only store keeps its last run's quotes
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  // What is stored, so that a quote unchanged since the last run is not written again.
  std::unordered_map<std::string, StoredQuote> stored;
  {
    auto read = db.prepare(
        "SELECT key, origin, origin_id, sentence, respondent, question, source, line, text, theme, tone, score, current "
        "FROM quote");
    if (!read) return read.error();
    for (;;) {
      auto row = read->step();
      if (!row) return row.error();
      if (!*row) break;
      Digest d;
      d.text(read->text(1)).number(read->integer(2)).number(read->integer(3)).text(read->text(4));
      d.text(read->text(5)).text(read->text(6)).number(read->integer(7)).text(read->text(8));
      d.text(read->text(9)).text(read->text(10)).real(read->real(11));
      stored.emplace(read->text(0), StoredQuote{d.value(), read->integer(12) == 1});
    }
    read->reset();
  }
  auto insert = db.prepare(
      "INSERT INTO quote(origin, origin_id, sentence, respondent, question, source, line, text, theme, tone, "
      "score, key, current) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,1)");
  if (!insert) return insert.error();
  auto update = db.prepare(
      "UPDATE quote SET origin = ?, origin_id = ?, sentence = ?, respondent = ?, question = ?, source = ?, line = ?, "
      "text = ?, theme = ?, tone = ?, score = ?, current = 1 WHERE key = ?");
  if (!update) return update.error();
  // Quotes sharing an id (the same words answering the same question) are one row: it
  // takes the place of the first and the values of the last, as an upsert of each would.
  std::unordered_map<std::string_view, std::size_t> last;
  last.reserve(count);
  for (std::size_t i = 0; i < count; ++i) last[id_of(i)] = i;
  for (std::size_t i = 0; i < count; ++i) {
    auto at = last.find(id_of(i));
    if (at == last.end()) continue;  // a later quote's id, already written
    const Quote q = quote(at->second);
    last.erase(at);
    const std::string_view tone = to_string(q.tone.tone);
    auto it = stored.find(q.id);
    const bool known = it != stored.end();
    if (known) {
      Digest d;
      d.text(q.origin).number(q.origin_id).number(q.sentence).text(q.respondent).text(q.question).text(q.source);
      d.number(q.line).text(q.text).text(q.theme).text(tone).real(q.score);
      const bool same = it->second.current && it->second.digest == d.value();
      stored.erase(it);
      if (same) continue;
    }
    Statement& write = known ? *update : *insert;
    write.bind(1, q.origin).bind(2, q.origin_id).bind(3, std::int64_t{q.sentence}).bind(4, q.respondent);
    write.bind(5, q.question).bind(6, q.source).bind(7, q.line).bind(8, q.text).bind(9, q.theme);
    write.bind(10, tone).bind(11, q.score).bind(12, q.id);
    CANVASS_TRY(write.run());
  }
  // Quotes whose passage is gone leave, unless someone decided about them.
  auto remove = db.prepare("DELETE FROM quote WHERE key = ? AND decision IS NULL");
  if (!remove) return remove.error();
  auto retire = db.prepare("UPDATE quote SET current = 0 WHERE key = ? AND current = 1");
  if (!retire) return retire.error();
  for (const auto& [key, was] : stored) {
    remove->bind(1, key);
    CANVASS_TRY(remove->run());
    retire->bind(1, key);
    CANVASS_TRY(retire->run());
  }
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
