// Test helpers over a store file: its integrity check, row counts, and a canonical dump
// of the records (ids left out) so two stores can be compared for the same content.
#pragma once

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>
#include <string>

#include "store/schema.hpp"

namespace canvass::testing {

inline std::string query_text(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  if (!st) return "prepare failed: " + st.error().message;
  std::ostringstream out;
  for (;;) {
    auto row = st->step();
    if (!row) return "step failed: " + row.error().message;
    if (!*row) break;
    out << st->text(0) << '\n';
  }
  return out.str();
}

// "ok" when the file is a store that passes SQLite's full integrity check.
inline std::string integrity(const std::string& path) {
  auto db = open_store(path, /*create=*/false);
  if (!db) return db.error().to_string();
  std::string r = query_text(*db, "PRAGMA integrity_check");
  if (!r.empty() && r.back() == '\n') r.pop_back();
  const std::string fk = query_text(*db, "PRAGMA foreign_key_check");
  return fk.empty() ? r : r + " / foreign keys: " + fk;
}

inline long count_rows(const std::string& path, const std::string& table) {
  auto db = open_store(path, false);
  if (!db) return -1;
  auto st = db->prepare("SELECT count(*) FROM " + table);
  if (!st || !st->step()) return -1;
  return static_cast<long>(st->integer(0));
}

// Every record that carries meaning, in a stable order and without row ids or times.
inline std::string dump(const std::string& path) {
  auto db = open_store(path, false);
  if (!db) return db.error().to_string();
  std::string out;
  for (const char* table : {"batch", "source", "respondent", "respondent_attribute", "question", "item", "scale",
                            "scale_level", "response", "comment", "reject"})
    out += std::string(table) + ": " + query_text(*db, std::string("SELECT count(*) FROM ") + table);
  out += query_text(*db,
                    "SELECT s.path || '|' || s.sha256 || '|' || s.rows_read || '|' || s.rows_rejected || '|' || "
                    "coalesce(s.label,'') FROM source s ORDER BY s.path");
  out += query_text(*db,
                    "SELECT s.path || '|' || r.line || '|' || coalesce(r.external_id,'') || '|' || q.text || '|' || "
                    "i.text || '|' || coalesce(x.level,'') || '|' || x.raw FROM response x JOIN respondent r ON "
                    "r.id = x.respondent_id JOIN item i ON i.id = x.item_id JOIN question q ON q.id = i.question_id "
                    "JOIN source s ON s.id = r.source_id ORDER BY s.path, r.line, q.position, i.position");
  out += query_text(*db,
                    "SELECT s.path || '|' || r.line || '|' || a.name || '|' || a.value FROM respondent_attribute a JOIN "
                    "respondent r ON r.id = a.respondent_id JOIN source s ON s.id = r.source_id ORDER BY s.path, "
                    "r.line, a.name");
  out += query_text(*db,
                    "SELECT s.path || '|' || j.line || '|' || j.column_number || '|' || j.reason FROM reject j JOIN "
                    "source s ON s.id = j.source_id ORDER BY s.path, j.line");
  return out;
}

// Makes a file read-only for this process while it lives. As root, permission bits do not
// stop writes, so the file is made immutable (chattr +i) instead when that is allowed.
class ReadOnlyFile {
 public:
  explicit ReadOnlyFile(std::string path) : path_(std::move(path)) {
    ::chmod(path_.c_str(), 0400);
    if (::geteuid() != 0) {
      ok_ = true;
    } else {
      immutable_ = std::system(("chattr +i '" + path_ + "' 2>/dev/null").c_str()) == 0;
      ok_ = immutable_;
    }
  }
  ~ReadOnlyFile() {
    if (immutable_) (void)std::system(("chattr -i '" + path_ + "' 2>/dev/null").c_str());
    ::chmod(path_.c_str(), 0600);
  }
  ReadOnlyFile(const ReadOnlyFile&) = delete;
  ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
  bool ok() const { return ok_; }  // false: this machine cannot make it read-only for us

 private:
  std::string path_;
  bool ok_ = false;
  bool immutable_ = false;
};

}  // namespace canvass::testing
