// Notes in the store: ingest routes notes files by name and content, stores every record
// with its provenance in one transaction, and reads them back as they were parsed.
#include <gtest/gtest.h>

#include <sstream>

#include "ingest/ingest_file.hpp"
#include "notes/read_notes.hpp"
#include "notes_word_fixture.hpp"
#include "report/note_records.hpp"
#include "store/schema.hpp"
#include "store/stored_notes.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::TempDir;

const char* kNotes =
    "Workshop\n\nNorth\nQuestion - What helps?\n- Named workers\n  - Same one each visit\n- Named workers\n"
    "-\nHolding us back:\n- Waiting lists\n\nSummary\n- Relationships first\n";

long count(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  EXPECT_TRUE(st);
  EXPECT_TRUE(*st->step());
  return static_cast<long>(st->integer(0));
}

std::string as_json(const std::vector<NoteRecord>& records) {
  std::ostringstream out;
  write_note_records_json(out, records);
  return out.str();
}

TEST(NotesStore, IngestStoresEveryRecordAndReadsThemBackAsParsed) {
  TempDir tmp;
  const std::string path = tmp.write("table-notes.txt", kNotes);
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db) << db.error().to_string();
  const auto vocab = ScaleVocabulary::builtin();
  const IngestOutcome r = ingest_file(*db, path, {"w1", ""}, vocab);
  ASSERT_FALSE(r.error) << r.error->to_string();
  EXPECT_EQ(r.stored, StoreOutcome::stored);
  EXPECT_EQ(r.platform, "notes");
  auto parsed = read_notes_file(path);
  ASSERT_TRUE(parsed);
  EXPECT_EQ(r.notes, parsed->records.size());
  EXPECT_EQ(count(*db, "SELECT count(*) FROM note"), static_cast<long>(parsed->records.size()));
  EXPECT_EQ(count(*db, "SELECT count(*) FROM source WHERE kind='text' AND platform='notes' AND encoding='utf-8'"), 1);
  auto stored = read_stored_notes(*db);
  ASSERT_TRUE(stored) << stored.error().to_string();
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_EQ((*stored)[0].path, path);
  EXPECT_EQ(as_json((*stored)[0].records), as_json(parsed->records));
}

TEST(NotesStore, SameBytesAddNothingAndAChangedFileReplacesItsNotes) {
  TempDir tmp;
  const std::string path = tmp.write("n.txt", kNotes);
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  const auto vocab = ScaleVocabulary::builtin();
  ASSERT_FALSE(ingest_file(*db, path, {"w1", ""}, vocab).error);
  const long before = count(*db, "SELECT count(*) FROM note");
  EXPECT_EQ(ingest_file(*db, path, {"w1", ""}, vocab).stored, StoreOutcome::unchanged);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM note"), before);
  tmp.write("n.txt", "North\nQ: Why?\n- Only this now\n");
  const IngestOutcome again = ingest_file(*db, path, {"w1", ""}, vocab);
  EXPECT_EQ(again.stored, StoreOutcome::replaced);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM note"), 3);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM source"), 1);
}

TEST(NotesStore, RoutesWordAndZipWithAWordBodyToNotesAndCsvToSurveys) {
  TempDir tmp;
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  const auto vocab = ScaleVocabulary::builtin();
  const std::string docx = testing::word_version_of(kNotes);
  for (const std::string name : {"notes.docx", "notes-saved-without-extension"}) {
    const IngestOutcome r = ingest_file(*db, tmp.write(name, docx + std::string(name.size(), ' ')), {"w1", ""}, vocab);
    EXPECT_FALSE(r.error) << name << ": " << r.error->to_string();
    EXPECT_EQ(r.platform, "notes") << name;
  }
  EXPECT_EQ(count(*db, "SELECT count(*) FROM source WHERE kind='docx'"), 2);
  const std::string csv = tmp.write("s.csv", "Timestamp,Agree? [A]\nt1,Agree\nt2,Disagree\n");
  const IngestOutcome survey = ingest_file(*db, csv, {"w1", ""}, vocab);
  EXPECT_FALSE(survey.error) << survey.error->to_string();
  EXPECT_NE(survey.platform, "notes");
}

TEST(NotesStore, ABinaryNotesFileFailsAndWritesNothing) {
  TempDir tmp;
  auto db = open_store(tmp.file("s.db"));
  ASSERT_TRUE(db);
  const IngestOutcome r =
      ingest_file(*db, tmp.write("x.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0", 9)), {"w1", ""}, ScaleVocabulary::builtin());
  ASSERT_TRUE(r.error);
  EXPECT_NE(r.error->to_string().find("x.txt"), std::string::npos);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM source"), 0);
  EXPECT_EQ(count(*db, "SELECT count(*) FROM note"), 0);
}

}  // namespace
}  // namespace canvass
