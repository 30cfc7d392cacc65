#include <gtest/gtest.h>

#include "analysis/distribution.hpp"
#include "ingest/ingest_file.hpp"
#include "store/schema.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::TempDir;

long count_rows(Database& db, const std::string& table) {
  auto st = db.prepare("SELECT count(*) FROM " + table);
  EXPECT_TRUE(st);
  EXPECT_TRUE(st->step());
  return static_cast<long>(st->integer(0));
}

const char* kSurvey =
    "Timestamp,Role,Agree? [A],Agree? [B],Comments\n"
    "t1,Staff,Agree,Strongly agree,Lovely day\n"
    "t2,Staff,Disagree,Agree,\n"
    "t3,Pupil,Agree,,Too long\n";

TEST(Store, NewStoreHasTheCurrentSchemaVersion) {
  TempDir tmp;
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db) << db.error().to_string();
  auto v = db->prepare("PRAGMA user_version");
  ASSERT_TRUE(v);
  ASSERT_TRUE(v->step());
  EXPECT_EQ(v->integer(0), kSchemaVersion);
}

TEST(Store, ForeignFileIsRefusedAndLeftUntouched) {
  TempDir tmp;
  const std::string path = tmp.write("notes.txt", "this is not a database at all, just text\n");
  auto db = open_store(path);
  ASSERT_FALSE(db);
  EXPECT_NE(db.error().message.find("not a canvass store"), std::string::npos);
  EXPECT_EQ(testing::read_text(path), "this is not a database at all, just text\n");
}

TEST(Store, IngestingTheSameBytesTwiceAddsNothing) {
  TempDir tmp;
  const std::string csv = tmp.write("s.csv", kSurvey);
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  const auto vocab = ScaleVocabulary::builtin();
  auto first = ingest_file(*db, csv, {"pilot", ""}, vocab);
  ASSERT_FALSE(first.error) << first.error->to_string();
  EXPECT_EQ(first.stored, StoreOutcome::stored);
  const long responses = count_rows(*db, "response"), respondents = count_rows(*db, "respondent");
  EXPECT_EQ(respondents, 3);
  EXPECT_EQ(responses, 9);  // 3 people x (2 statements + role)
  auto second = ingest_file(*db, csv, {"pilot", ""}, vocab);
  EXPECT_EQ(second.stored, StoreOutcome::unchanged);
  EXPECT_EQ(count_rows(*db, "response"), responses);
  EXPECT_EQ(count_rows(*db, "respondent"), respondents);
  EXPECT_EQ(count_rows(*db, "source"), 1);
}

TEST(Store, AChangedFileAtTheSamePathReplacesItsRecords) {
  TempDir tmp;
  const std::string csv = tmp.write("s.csv", kSurvey);
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  const auto vocab = ScaleVocabulary::builtin();
  ASSERT_FALSE(ingest_file(*db, csv, {"pilot", ""}, vocab).error);
  tmp.write("s.csv", std::string(kSurvey) + "t4,Pupil,Strongly agree,Agree,\n");
  auto again = ingest_file(*db, csv, {"pilot", ""}, vocab);
  ASSERT_FALSE(again.error);
  EXPECT_EQ(again.stored, StoreOutcome::replaced);
  EXPECT_EQ(count_rows(*db, "source"), 1);
  EXPECT_EQ(count_rows(*db, "respondent"), 4);
}

TEST(Store, CommentsAttributesAndRejectsAreStored) {
  TempDir tmp;
  const std::string csv = tmp.write("s.csv", std::string(kSurvey) + "t9,Pupil,Agree,Agree,Agree,Agree,Agree,Agree,Agree,Agree,x\n");
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  auto r = ingest_file(*db, csv, {"pilot", ""}, ScaleVocabulary::builtin());
  ASSERT_FALSE(r.error);
  EXPECT_EQ(count_rows(*db, "comment"), 2);
  EXPECT_EQ(count_rows(*db, "respondent_attribute"), 3);
  EXPECT_EQ(count_rows(*db, "reject"), 1);
  auto st = db->prepare("SELECT rows_read, rows_rejected FROM source");
  ASSERT_TRUE(st);
  ASSERT_TRUE(st->step());
  EXPECT_EQ(st->integer(0), 4);
  EXPECT_EQ(st->integer(1), 1);
}

TEST(Store, TallyFromTheStoreMatchesTheAnswers) {
  TempDir tmp;
  const std::string csv = tmp.write("s.csv", kSurvey);
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  ASSERT_FALSE(ingest_file(*db, csv, {"pilot", ""}, ScaleVocabulary::builtin()).error);
  auto tallies = tally_store(*db);
  ASSERT_TRUE(tallies);
  ASSERT_EQ(tallies->size(), 2u);
  const ItemDistribution a = distribute((*tallies)[0]);
  EXPECT_EQ(a.item, "A");
  EXPECT_EQ(a.n, 3);
  const ItemDistribution b = distribute((*tallies)[1]);
  EXPECT_EQ(b.item, "B");
  EXPECT_EQ(b.n, 2);
  EXPECT_EQ(b.missing, 1);
  EXPECT_EQ(b.levels[0].label, "Strongly agree");
  EXPECT_EQ(b.levels[0].count, 1);
  EXPECT_DOUBLE_EQ(*b.levels[0].percent, 50.0);
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

// Every row of the response view (or table), in one order.
std::vector<std::string> response_rows(Database& db) {
  auto st = db.prepare(
      "SELECT respondent_id || '|' || item_id || '|' || coalesce(level, 'NULL') || '|' || raw FROM response "
      "ORDER BY respondent_id, item_id");
  EXPECT_TRUE(st);
  std::vector<std::string> rows;
  while (true) {
    auto row = st->step();
    EXPECT_TRUE(row);
    if (!row || !*row) break;
    rows.push_back(st->text(0));
  }
  return rows;
}

TEST(StoreMigration, AVersionOneStoreIsConvertedInPlaceWithEveryAnswerKept) {
  TempDir tmp;
  const std::string csv = tmp.write("s.csv",
                                    "Timestamp,Role,Agree? [A],Agree? [B],Agree? [C],Comments\n"
                                    "t1,Staff,Agree,STRONGLY  agree,Don't know,Lovely day\n"
                                    "t2,Staff,Disagree,,Agree,\n"
                                    "t3,Pupil,agree,Neither agree nor disagree,,Too long\n");
  std::vector<std::string> before;
  {
    auto db = open_store(tmp.file("s.db"));
    ASSERT_TRUE(db);
    auto in = ingest_file(*db, csv, {"pilot", ""}, ScaleVocabulary::builtin());
    ASSERT_FALSE(in.error) << in.error->to_string();
    before = response_rows(*db);
    ASSERT_GE(before.size(), 10u);
    // Back to the schema version 1 shipped with (one response row per answer), holding the same rows.
    ASSERT_TRUE(db->exec(
        "CREATE TABLE old_rows AS SELECT * FROM response;"
        "DROP VIEW response; DROP TABLE response_set; DROP TABLE response_extra; DROP TABLE passage_result;"
        "DROP INDEX quote_decided;"
        "ALTER TABLE item DROP COLUMN reverse_coded;"
        "CREATE TABLE response(respondent_id INTEGER NOT NULL REFERENCES respondent(id) ON DELETE CASCADE,"
        " item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE, level INTEGER, raw TEXT NOT NULL,"
        " PRIMARY KEY(respondent_id, item_id)) WITHOUT ROWID;"
        "CREATE INDEX response_item ON response(item_id, level);"
        "INSERT INTO response SELECT * FROM old_rows; DROP TABLE old_rows; PRAGMA user_version=1;"));
    ASSERT_EQ(response_rows(*db), before);
  }
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db) << db.error().to_string();
  auto v = db->prepare("PRAGMA user_version");
  ASSERT_TRUE(v && v->step());
  EXPECT_EQ(v->integer(0), kSchemaVersion);
  EXPECT_EQ(response_rows(*db), before);
  EXPECT_GE(count_rows(*db, "response_extra"), 1) << "the variant spellings keep their raw text";
  auto more = ingest_file(*db, tmp.write("t.csv", "Timestamp,Agree? [A]\nt9,Agree\n"), {"later", ""},
                          ScaleVocabulary::builtin());
  EXPECT_FALSE(more.error) << "the converted store takes new sources";
}

// Version 4 indexes the quotes someone decided about, so that reading the decisions (each
// report's fingerprint) does not read the whole quote bank; a version-3 store gets the
// index and keeps every decision.
TEST(StoreMigration, AVersionThreeStoreGetsTheDecisionIndexWithItsDecisionsKept) {
  TempDir tmp;
  {
    auto db = open_store(tmp.file("s.db"));
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(
        "INSERT INTO quote(key, origin, origin_id, text, decision) VALUES('aaaa000001', 'comment', 1, 'kept', 'keep'),"
        " ('aaaa000002', 'comment', 2, 'left', NULL), ('aaaa000003', 'comment', 3, 'dropped', 'reject');"
        "DROP INDEX quote_decided; PRAGMA user_version=3;"));
  }
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db) << db.error().to_string();
  auto plan = db->prepare("EXPLAIN QUERY PLAN SELECT key, decision FROM quote WHERE decision IS NOT NULL ORDER BY key");
  ASSERT_TRUE(plan);
  auto row = plan->step();
  ASSERT_TRUE(row && *row);
  EXPECT_NE(plan->text(3).find("quote_decided"), std::string::npos) << plan->text(3);
  auto decided = db->prepare("SELECT group_concat(key || ':' || decision, ' ') FROM quote WHERE decision IS NOT NULL");
  ASSERT_TRUE(decided);
  row = decided->step();
  ASSERT_TRUE(row && *row);
  EXPECT_EQ(decided->text(0), "aaaa000001:keep aaaa000003:reject");
}

}  // namespace
}  // namespace canvass
