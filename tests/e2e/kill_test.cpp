// Kills `canvass ingest` with SIGKILL at several points while it replaces a large source,
// then opens the store: it must pass its integrity check and hold either the old version
// or the complete new one, never a mixture; and a re-run must then complete.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <random>
#include <thread>

#include "store_dump.hpp"
#include "test_support.hpp"

extern char** environ;

namespace canvass {
namespace {

using testing::TempDir;

std::string big_survey(std::size_t rows, unsigned seed, std::size_t first_row = 0) {
  static const char* kLevels[] = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
                                  "Strongly agree"};
  std::mt19937 gen(seed);
  std::string csv = "Timestamp,Role";
  for (int i = 1; i <= 10; ++i) csv += ",How far do you agree? [Statement " + std::to_string(i) + "]";
  csv += ",Comments\n";
  for (std::size_t r = first_row; r < first_row + rows; ++r) {
    csv += "2025/11/01 10:";
    csv += std::to_string(r % 60);
    csv += gen() % 2 ? ":00,Staff" : ":00,Pupil";
    for (int i = 0; i < 10; ++i) csv += std::string(",") + kLevels[gen() % 5];
    csv += ",comment " + std::to_string(r) + " about the day\n";
  }
  return csv;
}

// Counts and sums that differ for any partial write, cheap on a big store.
std::string fingerprint(const std::string& store) {
  auto db = open_store(store, false);
  if (!db) return db.error().to_string();
  return testing::query_text(
      *db,
      "SELECT (SELECT count(*) FROM source) || '|' || (SELECT group_concat(sha256 || ':' || rows_read) FROM source) || "
      "'|' || (SELECT count(*) FROM respondent) || '|' || (SELECT count(*) FROM question) || '|' || (SELECT count(*) "
      "FROM scale) || '|' || (SELECT count(*) FROM response) || '|' || (SELECT total(level) FROM response) || '|' || "
      "(SELECT count(*) FROM comment) || '|' || (SELECT count(*) FROM respondent_attribute) || '|' || (SELECT "
      "count(*) FROM reject)");
}

pid_t start_ingest(const std::string& store, const std::string& file) {
  const std::string bin = canvass::testing::canvass_bin();
  std::vector<std::string> args = {bin, "ingest", "--db", store, "--batch", "k", file};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, bin.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

int wait_for(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

TEST(KillDuringIngest, StoreHoldsTheOldOrTheCompleteNewVersionNeverAMixture) {
  TempDir t;
  const std::string csv = t.file("export.csv");
  const std::string v1 = big_survey(3000, 1), v2 = big_survey(4500, 2);

  // Reference stores: the old version alone, then the old replaced by the new.
  const std::string ref = t.file("ref.db");
  t.write("export.csv", v1);
  ASSERT_EQ(WEXITSTATUS(wait_for(start_ingest(ref, csv))), 0);
  const std::string old_state = fingerprint(ref);
  t.write("export.csv", v2);
  const auto began = std::chrono::steady_clock::now();
  ASSERT_EQ(WEXITSTATUS(wait_for(start_ingest(ref, csv))), 0);
  const auto full = std::chrono::steady_clock::now() - began;
  const std::string new_state = fingerprint(ref);
  ASSERT_NE(old_state, new_state);

  std::size_t killed = 0, old_seen = 0, round = 0;
  for (const double fraction : {0.1, 0.3, 0.5, 0.7, 0.85, 0.95}) {
    std::string name = "store-";
    name += std::to_string(++round);
    name += ".db";
    const std::string store = t.file(name);
    t.write("export.csv", v1);
    ASSERT_EQ(WEXITSTATUS(wait_for(start_ingest(store, csv))), 0);
    t.write("export.csv", v2);
    const pid_t pid = start_ingest(store, csv);
    ASSERT_GT(pid, 0);
    std::this_thread::sleep_for(std::chrono::duration_cast<std::chrono::microseconds>(full * fraction));
    ::kill(pid, SIGKILL);
    const int status = wait_for(pid);
    if (WIFSIGNALED(status)) ++killed;

    EXPECT_EQ(testing::integrity(store), "ok") << "killed at " << fraction;
    const std::string state = fingerprint(store);
    EXPECT_TRUE(state == old_state || state == new_state)
        << "killed at " << fraction << " of a run: a partial write is visible\n" << state;
    if (state == old_state) ++old_seen;

    // The re-run completes and gives exactly the clean result.
    ASSERT_EQ(WEXITSTATUS(wait_for(start_ingest(store, csv))), 0) << "re-run after the kill at " << fraction;
    EXPECT_EQ(fingerprint(store), new_state) << "re-run after the kill at " << fraction;
    EXPECT_EQ(testing::integrity(store), "ok");
    auto db = open_store(store, false);
    ASSERT_TRUE(db);
    EXPECT_EQ(testing::query_text(*db, "SELECT status FROM batch"), "complete\n") << "the re-run finished the batch";
  }
  EXPECT_GT(killed, 0u) << "no run was killed while working: the kill points missed";
  RecordProperty("killed", static_cast<int>(killed));
  RecordProperty("old_version_seen", static_cast<int>(old_seen));
}

}  // namespace
}  // namespace canvass
