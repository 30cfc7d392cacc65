// A workbook the streamed pass cannot read for its own damage is refused there, once, with
// the error the whole-file path gives; an archive that is not a workbook by its content
// types (a Word document) is left to the general path. Streamed ingest reports the
// container it read.
#include <gtest/gtest.h>

#include "analysis/streamed_counts.hpp"
#include "ingest/ingest_file.hpp"
#include "ingest/load_survey.hpp"
#include "ingest/streamed_export.hpp"
#include "sources/zip_archive.hpp"
#include "store/schema.hpp"
#include "test_support.hpp"
#include "xlsx_builder.hpp"
#include "zip_builder.hpp"

using namespace canvass;
using canvass::testing::TempDir;
using canvass::testing::XlsxBuilder;
using canvass::testing::XlsxCell;
using canvass::testing::XlsxRow;

namespace {

std::string survey() {
  XlsxBuilder book;
  std::vector<XlsxRow> rows{XlsxRow{1, {{0, XlsxCell::str("Role")}, {1, XlsxCell::str("I enjoyed it")}}}};
  const char* answers[] = {"Agree", "Disagree", "Strongly agree", "Neither agree nor disagree"};
  for (std::size_t r = 2; r < 40; ++r)
    rows.push_back(XlsxRow{r, {{0, XlsxCell::str(r % 2 ? "Teacher" : "Leader")}, {1, XlsxCell::str(answers[r % 4])}}});
  book.add_sheet("Data", rows);
  return book.bytes();
}

// `bytes` with `part` changed by `edit`.
template <class Edit>
std::string with_part(const std::string& bytes, const std::string& part, Edit edit) {
  auto archive = ZipArchive::open("book.xlsx", bytes);
  if (!archive) return {};
  canvass::testing::ZipBuilder z;
  for (const auto& e : archive->entries()) {
    std::string content = archive->read(e.name).value();
    z.add(e.name, e.name == part ? edit(content) : content);
  }
  return z.finish();
}

// Damage found only after the first rows were counted: an index past the shared strings,
// a tag left open.
std::string bad_index() {
  return with_part(survey(), "xl/worksheets/sheet1.xml", [](std::string x) {
    return x.replace(x.find("</sheetData>"), 0, "<row r=\"99\"><c r=\"A99\" t=\"s\"><v>9999</v></c></row>");
  });
}
std::string unclosed() {
  return with_part(survey(), "xl/worksheets/sheet1.xml",
                   [](std::string x) { return x.replace(x.find("</sheetData>"), 0, "<row r=\"99\"><c r=\"A99\">"); });
}
std::string bomb() {
  return with_part(survey(), "xl/sharedStrings.xml",
                   [](std::string) { return "<sst>" + std::string(24u << 20, ' ') + "</sst>"; });
}

std::string whole_path_error(const std::string& path) {
  auto read = load_survey_file(path, ScaleVocabulary::builtin());
  return read ? "read" : read.error().to_string();
}

}  // namespace

TEST(WorkbookRefusals, DamageFoundWhileStreamingIsFinalAndSaysWhatTheWholeFilePathSays) {
  TempDir tmp;
  const std::string good = tmp.write("good.xlsx", survey());
  for (const auto& [name, bytes] :
       {std::pair{"index.xlsx", bad_index()}, std::pair{"unclosed.xlsx", unclosed()}, std::pair{"bomb.xlsx", bomb()}}) {
    const std::string bad = tmp.write(name, bytes);
    auto streamed = stream_tallies({good, bad}, ScaleVocabulary::builtin());
    ASSERT_TRUE(streamed.tallies) << name;  // the good file is counted all the same
    ASSERT_EQ(streamed.refused.size(), 1u) << name;
    EXPECT_EQ(streamed.refused[0].first, bad);
    EXPECT_EQ(streamed.refused[0].second.to_string(), whole_path_error(bad)) << name;
    EXPECT_NE(streamed.refused[0].second.to_string().find(bad), std::string::npos);

    auto db = open_store(tmp.file(std::string(name) + ".db"), true);
    ASSERT_TRUE(db);
    IngestOutcome ingested = ingest_file(*db, bad, IngestOptions("b"), ScaleVocabulary::builtin());
    ASSERT_TRUE(ingested.error) << name;
    EXPECT_EQ(ingested.error->to_string(), whole_path_error(bad)) << name;
  }
  EXPECT_NE(whole_path_error(tmp.file("index.xlsx")).find("[xl/worksheets/sheet1.xml]"), std::string::npos);
  EXPECT_NE(whole_path_error(tmp.file("unclosed.xlsx")).find("[xl/worksheets/sheet1.xml]:"), std::string::npos);
}

TEST(WorkbookRefusals, DistOfADamagedWorkbookBesideAGoodOneCountsTheGoodOne) {
  TempDir tmp;
  const std::string good = tmp.write("good.xlsx", survey());
  tmp.write("bad.xlsx", bad_index());
  auto alone = canvass::testing::run_canvass("dist --format counts good.xlsx", tmp.path().string());
  auto both = canvass::testing::run_canvass("dist --format counts good.xlsx bad.xlsx", tmp.path().string());
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  EXPECT_EQ(both.exit_code, 1) << both.err;  // some input rejected
  EXPECT_EQ(both.out, alone.out);
  EXPECT_EQ(both.err.find("bad.xlsx[xl/worksheets/sheet1.xml]:"), 0u) << both.err;
  auto only_bad = canvass::testing::run_canvass("dist bad.xlsx", tmp.path().string());
  EXPECT_EQ(only_bad.exit_code, 3);
  EXPECT_NE(only_bad.err.find("bad.xlsx: nothing could be read"), std::string::npos) << only_bad.err;
}

TEST(WorkbookRefusals, AWordDocumentIsLeftToTheGeneralPath) {
  TempDir tmp;
  const std::string docx = tmp.write("notes.zip", with_part(survey(), "[Content_Types].xml", [](std::string x) {
                                       const auto at = x.find("spreadsheetml.sheet.main+xml");
                                       return x.replace(at, std::string("spreadsheetml.sheet.main+xml").size(),
                                                        "wordprocessingml.document.main+xml");
                                     }));
  auto streamed = stream_tallies({docx}, ScaleVocabulary::builtin());
  EXPECT_FALSE(streamed.tallies);
  EXPECT_TRUE(streamed.refused.empty());
}

TEST(WorkbookRefusals, StreamedIngestSaysItReadAWorkbook) {
  TempDir tmp;
  const std::string good = tmp.write("good.xlsx", survey());
  ASSERT_TRUE(StreamedExport::open(good, *file_state(good), ScaleVocabulary::builtin()).value());  // it streams
  auto db = open_store(tmp.file("s.db"), true);
  ASSERT_TRUE(db);
  IngestOutcome ingested = ingest_file(*db, good, IngestOptions("b"), ScaleVocabulary::builtin());
  ASSERT_FALSE(ingested.error) << ingested.error->to_string();
  EXPECT_EQ(ingested.container, "xlsx");
  EXPECT_EQ(ingested.respondents, 38u);
}
