// The store's promises, checked one by one: WAL, foreign keys, a busy timeout, full sync,
// an integrity check on open, foreign and read-only files refused, private permissions,
// and the re-run semantics of survey_writer (response-ID matching, atomic replacement).
#include <gtest/gtest.h>

#include <sqlite3.h>
#include <sys/stat.h>

#include <fstream>
#include <thread>

#include "store/schema.hpp"
#include "store/survey_writer.hpp"
#include "store_dump.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::query_text;
using testing::TempDir;

TEST(StoreSafety, ConnectionPragmas) {
  TempDir t;
  auto db = open_store(t.file("s.db"));
  ASSERT_TRUE(db) << db.error().to_string();
  EXPECT_EQ(query_text(*db, "PRAGMA journal_mode"), "wal\n");
  EXPECT_EQ(query_text(*db, "PRAGMA foreign_keys"), "1\n");
  EXPECT_EQ(query_text(*db, "PRAGMA synchronous"), "2\n");  // FULL
  EXPECT_EQ(query_text(*db, "PRAGMA busy_timeout"), "10000\n");
  EXPECT_EQ(query_text(*db, "PRAGMA application_id"), std::to_string(kApplicationId) + "\n");
}

TEST(StoreSafety, ANewStoreIsPrivateToItsOwner) {
  TempDir t;
  ASSERT_TRUE(open_store(t.file("s.db")));
  struct stat st {};
  ASSERT_EQ(::stat(t.file("s.db").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(StoreSafety, AnotherSqliteDatabaseIsNeverWrittenTo) {
  TempDir t;
  {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(t.file("other.db").c_str(), &raw), SQLITE_OK);
    sqlite3_exec(raw, "CREATE TABLE accounts(id INTEGER); INSERT INTO accounts VALUES(1);", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
  }
  const std::string before = testing::read_text(t.file("other.db"));
  auto db = open_store(t.file("other.db"));
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("not a canvass store"), std::string::npos);
  EXPECT_EQ(testing::read_text(t.file("other.db")), before);
  EXPECT_FALSE(std::filesystem::exists(t.file("other.db-wal")));
}

TEST(StoreSafety, AReadOnlyStoreGetsAClearError) {
  TempDir t;
  { ASSERT_TRUE(open_store(t.file("s.db"))); }
  testing::ReadOnlyFile read_only(t.file("s.db"));
  if (!read_only.ok()) GTEST_SKIP() << "running as root without chattr: cannot make a file read-only";
  auto db = open_store(t.file("s.db"));
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("read-only"), std::string::npos) << db.error().to_string();
}

TEST(StoreSafety, ADamagedStoreIsRefusedNotRepaired) {
  TempDir t;
  {
    auto db = open_store(t.file("s.db"));
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("CREATE TABLE filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n "
                         "WHERE i < 2000) INSERT INTO filler SELECT randomblob(100) FROM n;"));
    ASSERT_TRUE(db->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
  }
  std::string bytes = testing::read_text(t.file("s.db"));
  ASSERT_GT(bytes.size(), 20000u);
  for (std::size_t i = 4096 + 8; i < 4096 * 4; ++i) bytes[i] = static_cast<char>(i * 7);  // pages 2-4
  { std::ofstream(t.file("s.db"), std::ios::binary | std::ios::trunc) << bytes; }
  auto db = open_store(t.file("s.db"));
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("damaged"), std::string::npos) << db.error().to_string();
  EXPECT_EQ(testing::read_text(t.file("s.db")), bytes);
  // Opened with the check left for later (a report that may only read), it is refused when
  // the check runs, before anything is written.
  auto later = open_store(t.file("s.db"), /*create=*/false, /*check_now=*/false);
  ASSERT_TRUE(later) << later.error().to_string();
  auto checked = check_store(*later);
  ASSERT_FALSE(checked);
  EXPECT_NE(checked.error().message.find("damaged"), std::string::npos) << checked.error().to_string();
  EXPECT_EQ(testing::read_text(t.file("s.db")), bytes);
}

TEST(StoreSafety, TwoWritersWaitForEachOtherRatherThanFail) {
  TempDir t;
  auto first = open_store(t.file("s.db"));
  ASSERT_TRUE(first);
  auto tx = Transaction::begin(*first);
  ASSERT_TRUE(tx);
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ASSERT_TRUE(tx->commit());
  });
  auto second = open_store(t.file("s.db"));
  ASSERT_TRUE(second) << second.error().to_string();
  auto tx2 = Transaction::begin(*second);  // waits for the first writer's commit
  EXPECT_TRUE(tx2) << tx2.error().to_string();
  release.join();
}

// Surveys built by hand, with platform response IDs (as Qualtrics-style layouts give).
Survey survey_with(const std::vector<std::pair<std::string, std::string>>& people) {
  Survey s;
  s.platform = "qualtrics";
  Question q;
  q.code = "Q1";
  q.text = "Agree?";
  q.kind = QuestionKind::single;
  q.items.push_back({"Q1", "", 2});
  s.questions.push_back(q);
  std::size_t line = 4;
  for (const auto& [id, answer] : people) {
    Respondent r;
    r.external_id = id;
    r.line = line++;
    r.answers.push_back({0, 0, std::nullopt, answer});
    s.respondents.push_back(r);
  }
  s.rows_read = people.size();
  return s;
}

TEST(StoreRerun, RespondentsMatchedByResponseIdKeepTheirRows) {
  TempDir t;
  auto db = open_store(t.file("s.db"));
  ASSERT_TRUE(db);
  const StoreOptions run{"w1", "", std::set<std::string>{"export.csv"}};
  auto first = store_survey(*db, run, {"export.csv", "sha-1", "csv", "utf-8"},
                            survey_with({{"R_1", "Agree"}, {"R_2", "Disagree"}, {"R_3", "Agree"}}));
  ASSERT_TRUE(first) << first.error().to_string();
  const std::string id_of_r2 = query_text(*db, "SELECT id FROM respondent WHERE external_id = 'R_2'");
  auto second = store_survey(*db, run, {"export.csv", "sha-2", "csv", "utf-8"},
                             survey_with({{"R_1", "Agree"}, {"R_2", "Agree"}, {"R_4", "Agree"}}));
  ASSERT_TRUE(second) << second.error().to_string();
  EXPECT_EQ(second->outcome, StoreOutcome::replaced);
  EXPECT_EQ(second->source_id, first->source_id);
  EXPECT_EQ(second->respondents_updated, 2u);
  EXPECT_EQ(second->respondents_added, 1u);
  EXPECT_EQ(second->respondents_removed, 1u);
  EXPECT_EQ(query_text(*db, "SELECT id FROM respondent WHERE external_id = 'R_2'"), id_of_r2);
  EXPECT_EQ(query_text(*db, "SELECT r.external_id || '=' || x.raw FROM response x JOIN respondent r ON r.id = "
                            "x.respondent_id ORDER BY r.external_id"),
            "R_1=Agree\nR_2=Agree\nR_4=Agree\n");
  EXPECT_EQ(testing::count_rows(t.file("s.db"), "question"), 1);
}

TEST(StoreRerun, AReDownloadedExportUnderANewNameReplacesItsSource) {
  TempDir t;
  auto db = open_store(t.file("s.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE(store_survey(*db, StoreOptions{"w1", "", std::set<std::string>{"export.csv"}},
                           {"export.csv", "sha-1", "csv", "utf-8"}, survey_with({{"R_1", "Agree"}, {"R_2", "Agree"}})));
  // export.csv has left the study; "export (1).csv" carries the same respondents and more.
  auto again = store_survey(*db, StoreOptions{"w2", "", std::set<std::string>{"export (1).csv"}},
                            {"export (1).csv", "sha-2", "csv", "utf-8"},
                            survey_with({{"R_1", "Agree"}, {"R_2", "Disagree"}, {"R_3", "Agree"}}));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->outcome, StoreOutcome::replaced);
  EXPECT_EQ(again->previous_path, "export.csv");
  EXPECT_EQ(query_text(*db, "SELECT count(*) FROM source"), "1\n");
  EXPECT_EQ(query_text(*db, "SELECT count(*) FROM respondent"), "3\n");
}

// The streamed writer (respondents one at a time, the file never held) in a study run on
// a store that holds other sources: a new export is written as it is read; one sharing most
// of its response IDs with a source that left the study is a new download of it, so
// nothing is kept and the whole-file path (above) replaces that source.
Result<std::optional<StoredSource>> store_streamed(Database& db, const StoreOptions& options, const SourceFile& file,
                                                   const Survey& survey) {
  std::size_t next = 0;
  return store_new_survey(db, options, file, survey, [&](Respondent& person) -> Result<bool> {
    if (next == survey.respondents.size()) return false;
    person = survey.respondents[next++];
    return true;
  });
}

TEST(StoreRerun, AStudyRunStreamsANewExportIntoAStoreHoldingOthers) {
  TempDir t;
  auto db = open_store(t.file("s.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE(store_survey(*db, StoreOptions{"w1", "", std::set<std::string>{"a.csv"}}, {"a.csv", "sha-a", "csv", "utf-8"},
                           survey_with({{"R_1", "Agree"}, {"R_2", "Agree"}})));
  auto b = store_streamed(*db, StoreOptions{"w2", "", std::set<std::string>{"a.csv", "b.csv"}},
                          {"b.csv", "sha-b", "csv", "utf-8"}, survey_with({{"R_7", "Agree"}, {"R_8", "Disagree"}}));
  ASSERT_TRUE(b) << b.error().to_string();
  ASSERT_TRUE(b->has_value()) << "a new export is streamed, not sent to the whole-file path";
  EXPECT_EQ((*b)->outcome, StoreOutcome::stored);
  EXPECT_EQ(query_text(*db, "SELECT count(*) FROM source"), "2\n");
  EXPECT_EQ(query_text(*db, "SELECT count(*) FROM respondent"), "4\n");
  // Two files both in the study are never one export, whatever IDs they share.
  auto c = store_streamed(*db, StoreOptions{"w2", "", std::set<std::string>{"a.csv", "b.csv", "c.csv"}},
                          {"c.csv", "sha-c", "csv", "utf-8"}, survey_with({{"R_1", "Agree"}, {"R_2", "Agree"}}));
  ASSERT_TRUE(c && c->has_value());
  EXPECT_EQ(query_text(*db, "SELECT count(*) FROM source"), "3\n");
}

TEST(StoreRerun, AStreamedReDownloadUnderANewNameIsLeftToTheWholeFilePath) {
  TempDir t;
  auto db = open_store(t.file("s.db"));
  ASSERT_TRUE(db);
  ASSERT_TRUE(store_survey(*db, StoreOptions{"w1", "", std::set<std::string>{"export.csv"}},
                           {"export.csv", "sha-1", "csv", "utf-8"},
                           survey_with({{"R_1", "Agree"}, {"R_2", "Agree"}, {"R_3", "Agree"}})));
  const std::string before = testing::dump(t.file("s.db"));
  // export.csv has left the study; two of its three respondents are in "export (1).csv".
  auto again = store_streamed(*db, StoreOptions{"w2", "", std::set<std::string>{"export (1).csv"}},
                              {"export (1).csv", "sha-2", "csv", "utf-8"},
                              survey_with({{"R_1", "Agree"}, {"R_3", "Disagree"}, {"R_4", "Agree"}}));
  ASSERT_TRUE(again) << again.error().to_string();
  EXPECT_FALSE(again->has_value());
  EXPECT_EQ(testing::dump(t.file("s.db")), before) << "nothing of the streamed write is kept";
  // Sharing only one of three is not a new download: streamed as a source of its own.
  auto other = store_streamed(*db, StoreOptions{"w2", "", std::set<std::string>{"other.csv"}},
                              {"other.csv", "sha-3", "csv", "utf-8"}, survey_with({{"R_1", "Agree"}, {"R_9", "Agree"}}));
  ASSERT_TRUE(other && other->has_value());
  EXPECT_EQ(query_text(*db, "SELECT count(*) FROM source"), "2\n");
}

TEST(StoreRerun, TwoFilesStillInTheStudyAreNeverMergedByResponseId) {
  TempDir t;
  auto db = open_store(t.file("s.db"));
  ASSERT_TRUE(db);
  const StoreOptions run{"w1", "", std::set<std::string>{"a.csv", "b.csv"}};
  ASSERT_TRUE(store_survey(*db, run, {"a.csv", "sha-a", "csv", "utf-8"}, survey_with({{"R_1", "Agree"}})));
  auto b = store_survey(*db, run, {"b.csv", "sha-b", "csv", "utf-8"}, survey_with({{"R_1", "Agree"}}));
  ASSERT_TRUE(b);
  EXPECT_EQ(b->outcome, StoreOutcome::stored);
  EXPECT_EQ(query_text(*db, "SELECT count(*) FROM source"), "2\n");
}

TEST(StoreRerun, AFailedWriteLeavesThePreviousVersionWhole) {
  TempDir t;
  auto db = open_store(t.file("s.db"));
  ASSERT_TRUE(db);
  const StoreOptions run{"w1", "", std::set<std::string>{"export.csv"}};
  ASSERT_TRUE(store_survey(*db, run, {"export.csv", "sha-1", "csv", "utf-8"}, survey_with({{"R_1", "Agree"}})));
  const std::string before = testing::dump(t.file("s.db"));
  // An answer pointing at an item that does not exist fails half-way through the write.
  Survey broken = survey_with({{"R_1", "Disagree"}, {"R_9", "Agree"}});
  broken.respondents[1].answers[0].item = 0;
  broken.respondents[1].answers.push_back(broken.respondents[1].answers[0]);  // duplicate key
  auto r = store_survey(*db, run, {"export.csv", "sha-2", "csv", "utf-8"}, broken);
  ASSERT_FALSE(r);
  EXPECT_EQ(testing::dump(t.file("s.db")), before);
}

}  // namespace
}  // namespace canvass
