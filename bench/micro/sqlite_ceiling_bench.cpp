// What SQLite itself allows on this machine, without canvass: N respondents x 40 answers
// inserted in key order in one transaction with one reused prepared statement, either
// one row per answer (index built after the load, as the old store had it) or one row
// per respondent holding the 40 answers as text (what response_set does). The figure
// store_insert_bench is read against; answers per second of CPU time.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace {

sqlite3* fresh_db(const std::string& path) {
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
  return db;
}

void BM_SqliteOneRowPerAnswer(benchmark::State& state) {
  const std::string path = (std::filesystem::temp_directory_path() / "canvass-bench-ceiling.db").string();
  const char* labels[] = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};
  for (auto _ : state) {
    state.PauseTiming();
    sqlite3* db = fresh_db(path);
    sqlite3_exec(db,
                 "CREATE TABLE response(respondent_id INTEGER NOT NULL, item_id INTEGER NOT NULL, level INTEGER, "
                 "raw TEXT NOT NULL, PRIMARY KEY(respondent_id, item_id)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    state.ResumeTiming();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO response VALUES(?,?,?,?)", -1, &st, nullptr);
    for (std::int64_t r = 1; r <= state.range(0); ++r)
      for (int i = 1; i <= 40; ++i) {
        const int level = static_cast<int>((r * 7 + i * 3) % 5);
        sqlite3_bind_int64(st, 1, r);
        sqlite3_bind_int64(st, 2, i);
        sqlite3_bind_int(st, 3, level + 1);
        sqlite3_bind_text(st, 4, labels[level], -1, SQLITE_STATIC);
        if (sqlite3_step(st) != SQLITE_DONE) state.SkipWithError(sqlite3_errmsg(db));
        sqlite3_reset(st);
      }
    sqlite3_finalize(st);
    sqlite3_exec(db, "CREATE INDEX response_item ON response(item_id, level); COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  state.SetItemsProcessed(state.iterations() * state.range(0) * 40);
}
BENCHMARK(BM_SqliteOneRowPerAnswer)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_SqliteOneRowPerRespondent(benchmark::State& state) {
  const std::string path = (std::filesystem::temp_directory_path() / "canvass-bench-ceiling.db").string();
  for (auto _ : state) {
    state.PauseTiming();
    sqlite3* db = fresh_db(path);
    sqlite3_exec(db,
                 "CREATE TABLE response_set(respondent_id INTEGER NOT NULL, question_id INTEGER NOT NULL, "
                 "levels TEXT NOT NULL, PRIMARY KEY(respondent_id, question_id)) WITHOUT ROWID",
                 nullptr, nullptr, nullptr);
    state.ResumeTiming();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO response_set VALUES(?,?,?)", -1, &st, nullptr);
    std::string levels(40, '0');
    for (std::int64_t r = 1; r <= state.range(0); ++r) {
      for (int i = 0; i < 40; ++i) levels[static_cast<std::size_t>(i)] = static_cast<char>('1' + (r * 7 + i * 3) % 5);
      sqlite3_bind_int64(st, 1, r);
      sqlite3_bind_int64(st, 2, 1);
      sqlite3_bind_text(st, 3, levels.data(), static_cast<int>(levels.size()), SQLITE_STATIC);
      if (sqlite3_step(st) != SQLITE_DONE) state.SkipWithError(sqlite3_errmsg(db));
      sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  state.SetItemsProcessed(state.iterations() * state.range(0) * 40);
}
BENCHMARK(BM_SqliteOneRowPerRespondent)->Arg(20000)->Unit(benchmark::kMillisecond);

}  // namespace
