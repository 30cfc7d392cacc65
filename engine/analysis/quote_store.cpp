#include "analysis/quote_store.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

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

// A stored row in brief: its key, a digest of its columns, its row id.
struct StoredQuote {
  std::string key;
  std::uint64_t digest;
  std::int64_t row;
  bool current, seen;
};

// For each quote, the quote whose values its row takes: quotes sharing an id (the same
// words answering the same question) are one row, in the place of the first and with the
// values of the last, as an upsert of each in turn would leave it; npos for the others.
std::vector<std::size_t> rows_to_write(std::size_t count, const std::function<const std::string&(std::size_t)>& id_of) {
  std::vector<std::pair<std::string_view, std::size_t>> by_id(count);
  for (std::size_t i = 0; i < count; ++i) by_id[i] = {id_of(i), i};
  std::sort(by_id.begin(), by_id.end());
  std::vector<std::size_t> target(count, std::string::npos);
  for (std::size_t g = 0; g < by_id.size();) {
    std::size_t end = g + 1;
    while (end < by_id.size() && by_id[end].first == by_id[g].first) ++end;
    target[by_id[g].second] = by_id[end - 1].second;
    g = end;
  }
  return target;
}

// A bigger page cache while the quote rows are written. They go into one transaction and
// land all over the key index, so with SQLite's default 2 MB cache dirty pages spill to the
// WAL mid-transaction and the same pages are written again and again; the default comes
// back afterwards, so reading stays small.
class WritingCache {
 public:
  explicit WritingCache(Database& db) : db_(db) { (void)db_.exec("PRAGMA cache_size=-32768"); }  // 32 MiB
  ~WritingCache() { (void)db_.exec("PRAGMA cache_size=-2000"); }
  WritingCache(const WritingCache&) = delete;
  WritingCache& operator=(const WritingCache&) = delete;

 private:
  Database& db_;
};

}  // namespace

Result<std::map<std::string, std::string>> save_quotes(Database& db, std::size_t count,
                                                       const std::function<const std::string&(std::size_t)>& id_of,
                                                       const std::function<Quote(std::size_t)>& quote) {
  if (db.read_only()) return read_decisions(db);  // a read-only store keeps its last run's quotes
  const WritingCache cache(db);
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  // What is stored, in brief, so that a quote unchanged since the last run is not written again.
  std::vector<StoredQuote> stored;
  {
    auto read = db.prepare(
        "SELECT key, origin, origin_id, sentence, respondent, question, source, line, text, theme, tone, score, "
        "current, id FROM quote");
    if (!read) return read.error();
    for (;;) {
      auto row = read->step();
      if (!row) return row.error();
      if (!*row) break;
      Digest d;
      d.text(read->text(1)).number(read->integer(2)).number(read->integer(3)).text(read->text(4));
      d.text(read->text(5)).text(read->text(6)).number(read->integer(7)).text(read->text(8));
      d.text(read->text(9)).text(read->text(10)).real(read->real(11));
      stored.push_back({read->text(0), d.value(), read->integer(13), read->integer(12) == 1, false});
    }
    read->reset();
  }
  std::sort(stored.begin(), stored.end(), [](const StoredQuote& a, const StoredQuote& b) { return a.key < b.key; });
  auto upsert = db.prepare(
      "INSERT INTO quote(key, origin, origin_id, sentence, respondent, question, source, line, text, theme, tone, "
      "score, current) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,1) "
      "ON CONFLICT(key) DO UPDATE SET origin = excluded.origin, origin_id = excluded.origin_id, "
      "sentence = excluded.sentence, respondent = excluded.respondent, question = excluded.question, "
      "source = excluded.source, line = excluded.line, text = excluded.text, theme = excluded.theme, "
      "tone = excluded.tone, score = excluded.score, current = 1");
  if (!upsert) return upsert.error();
  const std::vector<std::size_t> target = rows_to_write(count, id_of);
  for (std::size_t i = 0; i < count; ++i) {
    if (target[i] == std::string::npos) continue;  // a later quote's row, already written
    const Quote q = quote(target[i]);
    const std::string_view tone = to_string(q.tone.tone);
    auto it = std::lower_bound(stored.begin(), stored.end(), q.id,
                               [](const StoredQuote& s, const std::string& id) { return s.key < id; });
    if (it != stored.end() && it->key == q.id) {
      it->seen = true;
      Digest d;
      d.text(q.origin).number(q.origin_id).number(q.sentence).text(q.respondent).text(q.question).text(q.source);
      d.number(q.line).text(q.text).text(q.theme).text(tone).real(q.score);
      if (it->current && it->digest == d.value()) continue;
    }
    upsert->bind(1, q.id).bind(2, q.origin).bind(3, q.origin_id).bind(4, std::int64_t{q.sentence});
    upsert->bind(5, q.respondent).bind(6, q.question).bind(7, q.source).bind(8, q.line).bind(9, q.text);
    upsert->bind(10, q.theme).bind(11, tone).bind(12, q.score);
    CANVASS_TRY(upsert->run());
  }
  // Quotes whose passage is gone leave, unless someone decided about them.
  auto remove = db.prepare("DELETE FROM quote WHERE id = ? AND decision IS NULL");
  if (!remove) return remove.error();
  auto retire = db.prepare("UPDATE quote SET current = 0 WHERE id = ? AND current = 1");
  if (!retire) return retire.error();
  for (const StoredQuote& s : stored) {
    if (s.seen) continue;
    remove->bind(1, s.row);
    CANVASS_TRY(remove->run());
    retire->bind(1, s.row);
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
