#include "report/report_inputs.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "model/build_id.hpp"
#include "text/sha256.hpp"
#include "text/word_list.hpp"

namespace canvass {

namespace {

// Every field of ReportOptions must reach options_text: a new field changes this size and
// stops the build here until it is added (else a re-run would reuse a report made with
// the old value).
static_assert(sizeof(ReportOptions) == 184, "add the new report option to options_text() in report_inputs.cpp");

constexpr char kSep = '\x1f';  // between fields: no option value can fake another's

std::string options_text(const ReportOptions& o) {
  std::string s = "title" + std::string(1, kSep) + o.title;
  auto add = [&s](std::string_view v) { (s += kSep) += v; };
  add(to_string(o.palette));
  add(std::to_string(o.min_cell));
  add(o.order == ItemOrder::agree ? "agree" : "questionnaire");
  add("by");
  for (const auto& b : o.by) add(b);
  add(o.codebook ? "codebook" : "default codebook");
  if (o.codebook)
    for (const auto& t : o.codebook->themes) {
      add("theme");
      add(t.name);
      for (const auto& k : t.keywords) add(k);
    }
  add("redact");
  for (const auto& n : o.names_to_redact) add(n);
  add("formats");
  for (const auto& f : o.formats) add(f);
  return s;
}

// The shipped data the report reads (codebook, tone and name lists): each file's path and hash.
std::string data_text() {
  namespace fs = std::filesystem;
  const fs::path root = data_dir();
  std::vector<std::string> lines;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const auto hash = sha256_file_hex(it->path().string());
    lines.push_back(fs::relative(it->path(), root, ec).string() + kSep + hash.value_or("unreadable"));
  }
  std::sort(lines.begin(), lines.end());
  std::string s;
  for (const auto& l : lines) (s += l) += '\n';
  return s;
}

// Every row of `sql`, every column, appended to `out`.
Status append_rows(Database& db, const std::string& sql, std::string& out) {
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    sqlite3_finalize(st);
    return db.error("reading the store");
  }
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    for (int c = 0; c < sqlite3_column_count(st); ++c) {
      if (sqlite3_column_type(st, c) == SQLITE_NULL) out += "\x01null";
      else out.append(reinterpret_cast<const char*>(sqlite3_column_text(st, c)), sqlite3_column_bytes(st, c));
      out += kSep;
    }
    out += '\n';
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return db.error("reading the store");
  return Ok{};
}

std::string quoted(const std::string& name) {
  std::string q = "\"";
  for (char c : name) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// The store's content as the report sees it, without reading every answer: what each
// source is (its bytes' hash, batch, label, counts), the questions, items (reverse coding)
// and scales in full, the quote decisions, and for every other table its row count and
// highest row id (rows only change with their source, whose hash then changes too).
// Batches count only through their sources: a run that stored nothing leaves an empty one.
// What the report itself keeps is left out, so that the fingerprint is the same before and
// after the report and is taken once: the quote rows (only their decisions are read) and
// the kept per-comment results (a cache that never changes what comes out).
Result<std::string> store_text(Database& db) {
  std::string s;
  CANVASS_TRY(append_rows(db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name", s));
  std::string tables;
  CANVASS_TRY(append_rows(db,
                          "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE type = 'table' AND name "
                          "NOT LIKE 'sqlite_%' ORDER BY name",
                          tables));
  for (std::size_t at = 0, nl; (nl = tables.find('\n', at)) != std::string::npos; at = nl + 1) {
    const std::string line = tables.substr(at, nl - at);
    const std::string name = line.substr(0, line.find(kSep));
    const bool without_rowid = line.substr(line.find(kSep) + 1, 1) == "1";
    if (name == "batch" || name == "quote" || name == "passage_result") continue;
    const std::string t = quoted(name);
    if (name == "source" || name == "question" || name == "item" || name == "scale" || name == "scale_level")
      CANVASS_TRY(append_rows(db, "SELECT * FROM " + t + " ORDER BY 1, 2", s));
    else
      CANVASS_TRY(append_rows(
          db, "SELECT '" + name + "', count(*)" + (without_rowid ? std::string() : ", max(rowid)") + " FROM " + t, s));
  }
  CANVASS_TRY(append_rows(db, "SELECT id, label FROM batch WHERE id IN (SELECT batch_id FROM source) ORDER BY id", s));
  CANVASS_TRY(append_rows(db, "SELECT key, decision FROM quote WHERE decision IS NOT NULL ORDER BY key", s));
  return s;
}

}  // namespace

Result<std::string> report_fingerprint(Database& db, const ReportOptions& options) {
  if (!program_build_known()) return std::string();
  auto store = store_text(db);
  if (!store) return store.error();
  const std::string all = program_build() + '\n' + data_text() + '\n' + options_text(options) + '\n' + *store;
  return sha256_hex(all);
}

}  // namespace canvass
