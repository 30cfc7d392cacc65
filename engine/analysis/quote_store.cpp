#include "analysis/quote_store.hpp"

#include <algorithm>
#include <cstdint>
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

// A quote's columns as one number, to tell whether a run changes its stored row. The
// buffer is reused from quote to quote.
class Digest {
 public:
  Digest& text(std::string_view s) {
    number(static_cast<std::int64_t>(s.size()));
    bytes_.append(s);
    return *this;
  }
  Digest& number(std::int64_t n) { return raw(&n, sizeof n); }
  Digest& real(double x) { return raw(&x, sizeof x); }
  std::uint64_t take() {
    const std::uint64_t value = std::hash<std::string_view>{}(bytes_);
    bytes_.clear();
    return value;
  }

 private:
  Digest& raw(const void* p, std::size_t n) {
    bytes_.append(static_cast<const char*>(p), n);
    return *this;
  }
  std::string bytes_;
};

std::uint64_t digest_of(Digest& d, const QuoteRow& q) {
  d.text(q.origin).number(q.origin_id).number(q.sentence).text(q.respondent).text(q.question).text(q.source);
  d.number(q.line).text(q.text).text(q.theme).text(q.tone).real(q.score);
  return d.take();
}

std::uint64_t key_hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

// A stored row in brief: its key, a digest of its columns, its row id.
struct StoredQuote {
  std::string key;
  std::uint64_t digest;
  std::int64_t row;
  bool current, decided, seen;
};

// The stored rows in brief, found by key through a sorted table of key hashes (a fraction
// of a hash map's memory for a few hundred thousand rows), and their decisions.
class StoredQuotes {
 public:
  Status read(Database& db, std::map<std::string, std::string>& decisions) {
    auto read = db.prepare(
        "SELECT key, origin, origin_id, sentence, respondent, question, source, line, text, theme, tone, score, "
        "current, id, decision FROM quote");
    if (!read) return read.error();
    Digest d;
    for (;;) {
      auto row = read->step();
      if (!row) return row.error();
      if (!*row) break;
      d.text(read->text_view(1)).number(read->integer(2)).number(read->integer(3)).text(read->text_view(4));
      d.text(read->text_view(5)).text(read->text_view(6)).number(read->integer(7)).text(read->text_view(8));
      d.text(read->text_view(9)).text(read->text_view(10)).real(read->real(11));
      const bool decided = !read->is_null(14);
      rows_.push_back({read->text(0), d.take(), read->integer(13), read->integer(12) == 1, decided, false});
      if (decided) decisions[rows_.back().key] = read->text(14);
    }
    read->reset();
    by_hash_.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) by_hash_.emplace_back(key_hash(rows_[i].key), i);
    std::sort(by_hash_.begin(), by_hash_.end());
    return Ok{};
  }
  StoredQuote* find(std::string_view key) {
    auto it = std::lower_bound(by_hash_.begin(), by_hash_.end(), std::pair{key_hash(key), std::size_t{0}});
    for (; it != by_hash_.end() && it->first == key_hash(key); ++it)
      if (rows_[it->second].key == key) return &rows_[it->second];
    return nullptr;
  }
  std::vector<StoredQuote>& rows() { return rows_; }

 private:
  std::vector<StoredQuote> rows_;
  std::vector<std::pair<std::uint64_t, std::size_t>> by_hash_;
};

// For each quote, the quote whose values its row takes: quotes sharing an id (the same
// words answering the same question) are one row, in the place of the first and with the
// values of the last, as an upsert of each in turn would leave it; npos for the others.
std::vector<std::size_t> rows_to_write(std::size_t count, const std::function<QuoteRow(std::size_t)>& row) {
  std::vector<std::pair<std::uint64_t, std::size_t>> by_hash(count);
  for (std::size_t i = 0; i < count; ++i) by_hash[i] = {key_hash(row(i).id), i};
  std::sort(by_hash.begin(), by_hash.end());
  std::vector<std::size_t> target(count, std::string::npos);
  std::vector<bool> grouped;
  for (std::size_t g = 0; g < count;) {
    std::size_t end = g + 1;
    while (end < count && by_hash[end].first == by_hash[g].first) ++end;
    if (end == g + 1) {  // almost always: one quote with this hash
      target[by_hash[g].second] = by_hash[g].second;
    } else {  // one id or, rarely, ids whose hashes collide: group by id, in order
      grouped.assign(end - g, false);
      for (std::size_t a = g; a < end; ++a) {
        if (grouped[a - g]) continue;
        const std::size_t first = by_hash[a].second;
        std::size_t last = first;
        const std::string_view id = row(first).id;
        for (std::size_t b = a + 1; b < end; ++b)
          if (!grouped[b - g] && row(by_hash[b].second).id == id) {
            grouped[b - g] = true;
            last = by_hash[b].second;
          }
        target[first] = last;
      }
    }
    g = end;
  }
  return target;
}

// A bigger page cache while the quote rows are written. They go into one transaction and
// land all over the key index, so with SQLite's default 2 MB cache dirty pages spill to the
// WAL mid-transaction and the same pages are written again and again; the cache the
// connection had comes back afterwards, so reading stays small.
class WritingCache {
 public:
  explicit WritingCache(Database& db) : db_(db) {
    if (auto st = db_.prepare("PRAGMA cache_size")) {
      if (auto row = st->step(); row && *row) before_ = st->integer(0);
      st->reset();
    }
    (void)db_.exec("PRAGMA cache_size=-32768");  // 32 MiB
  }
  ~WritingCache() { (void)db_.exec("PRAGMA cache_size=" + std::to_string(before_)); }
  WritingCache(const WritingCache&) = delete;
  WritingCache& operator=(const WritingCache&) = delete;

 private:
  Database& db_;
  std::int64_t before_ = -2000;  // SQLite's default, should the question fail
};

}  // namespace

Result<std::map<std::string, std::string>> save_quotes(Database& db, std::size_t count,
                                                       const std::function<QuoteRow(std::size_t)>& row) {
  if (db.read_only()) return read_decisions(db);  // a read-only store keeps its last run's quotes
  const WritingCache cache(db);
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  // What is stored, in brief, so that a quote unchanged since the last run is not written
  // again, and the decisions (which nothing below changes).
  std::map<std::string, std::string> decisions;
  StoredQuotes stored;
  CANVASS_TRY(stored.read(db, decisions));
  constexpr const char* kColumns = "origin, origin_id, sentence, respondent, question, source, line, text, theme, tone, score";
  auto insert = db.prepare(std::string("INSERT INTO quote(") + kColumns + ", key, current) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,1)");
  if (!insert) return insert.error();
  auto update = db.prepare(
      "UPDATE quote SET origin = ?, origin_id = ?, sentence = ?, respondent = ?, question = ?, source = ?, line = ?, "
      "text = ?, theme = ?, tone = ?, score = ?, current = 1 WHERE id = ?");
  if (!update) return update.error();
  const std::vector<std::size_t> target = rows_to_write(count, row);
  Digest d;
  for (std::size_t i = 0; i < count; ++i) {
    if (target[i] == std::string::npos) continue;  // a later quote's row, already written
    const QuoteRow q = row(target[i]);
    StoredQuote* s = stored.find(q.id);
    if (s) {
      s->seen = true;
      if (s->current && s->digest == digest_of(d, q)) continue;
    }
    Statement& write = s ? *update : *insert;
    write.bind(1, q.origin).bind(2, q.origin_id).bind(3, std::int64_t{q.sentence}).bind(4, q.respondent);
    write.bind(5, q.question).bind(6, q.source).bind(7, q.line).bind(8, q.text).bind(9, q.theme).bind(10, q.tone);
    write.bind(11, q.score);
    if (s) write.bind(12, s->row);
    else write.bind(12, q.id);
    CANVASS_TRY(write.run());
  }
  // Quotes whose passage is gone leave, unless someone decided about them.
  auto remove = db.prepare("DELETE FROM quote WHERE id = ?");
  if (!remove) return remove.error();
  auto retire = db.prepare("UPDATE quote SET current = 0 WHERE id = ?");
  if (!retire) return retire.error();
  for (const StoredQuote& s : stored.rows()) {
    if (s.seen || (s.decided && !s.current)) continue;
    Statement& change = s.decided ? *retire : *remove;
    change.bind(1, s.row);
    CANVASS_TRY(change.run());
  }
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
