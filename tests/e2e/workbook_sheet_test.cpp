// `--sheet NAME` (ingest, dist, inspect) and a study source's `sheet`: the worksheet of an
// Excel workbook to read when the responses are not on the first sheet with data.
#include <gtest/gtest.h>

#include "test_support.hpp"
#include "xlsx_builder.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;
using testing::XlsxCell;
using testing::XlsxRow;

XlsxRow row(std::size_t number, const std::vector<std::string>& texts) {
  XlsxRow r{number, {}};
  for (std::size_t c = 0; c < texts.size(); ++c) r.cells[c] = XlsxCell::str(texts[c]);
  return r;
}

// A "Summary" sheet first (as exports with a cover sheet have), the responses second:
// 3 Agree and 1 Disagree to A, 2 Strongly agree and 2 Neither to B.
std::string workbook() {
  testing::XlsxBuilder b;
  b.add_sheet("Summary", {row(1, {"Survey", "Responses"}), row(2, {"Staff survey", "4"})});
  const std::string q = "To what extent do you agree with the following statements? ";
  b.add_sheet("Responses", {row(1, {"Timestamp", q + "[A]", q + "[B]"}),
                            row(2, {"2025-02-01 09:00", "Agree", "Strongly agree"}),
                            row(3, {"2025-02-01 09:05", "Agree", "Neither agree nor disagree"}),
                            row(4, {"2025-02-01 09:10", "Disagree", "Strongly agree"}),
                            row(5, {"2025-02-01 09:15", "Agree", "Neither agree nor disagree"})});
  return b.bytes();
}

TEST(WorkbookSheet, DistReadsTheNamedSheet) {
  TempDir tmp;
  const std::string book = tmp.write("book.xlsx", workbook());
  auto r = run_canvass("dist --sheet Responses --format csv '" + book + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(",A,,4,Agree,3,75.0,4"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(",A,,2,Disagree,1,25.0,4"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(",B,,5,Strongly agree,2,50.0,4"), std::string::npos) << r.out;
  auto first = run_canvass("dist --format csv '" + book + "'");
  EXPECT_EQ(first.out.find("Strongly agree"), std::string::npos) << "without --sheet the cover sheet is read";
}

TEST(WorkbookSheet, AnUnknownSheetIsAUsageErrorListingTheSheets) {
  TempDir tmp;
  const std::string book = tmp.write("book.xlsx", workbook());
  auto r = run_canvass("inspect --sheet Nope '" + book + "'");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("book.xlsx: the workbook has no sheet named \"Nope\" (its sheets: \"Summary\", \"Responses\")"),
            std::string::npos)
      << r.err;
  auto ok = run_canvass("inspect --sheet Responses '" + book + "'");
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_NE(ok.out.find("container: xlsx"), std::string::npos) << ok.out;
}

TEST(WorkbookSheet, TwoSheetsOfOneWorkbookAreTwoSources) {
  TempDir tmp;
  const std::string book = tmp.write("book.xlsx", workbook());
  auto a = run_canvass("ingest --db s.db --sheet Responses '" + book + "'", tmp.path());
  ASSERT_EQ(a.exit_code, 0) << a.err;
  auto again = run_canvass("ingest --db s.db --sheet Responses '" + book + "'", tmp.path());
  EXPECT_NE(again.err.find("unchanged"), std::string::npos) << again.err;
  auto respondents = run_canvass("export --db s.db --table respondents", tmp.path()).out;
  EXPECT_NE(respondents.find("book.xlsx#Responses"), std::string::npos) << respondents;
}

TEST(WorkbookSheet, AStudySourceNamesItsSheet) {
  TempDir tmp;
  tmp.write("book.xlsx", workbook());
  const std::string study = tmp.write(
      "study.xml", "<study title=\"Sheets\"><sources><source files=\"book.xlsx\" sheet=\"Responses\"/></sources></study>");
  auto r = run_canvass("run '" + study + "'", tmp.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("book.xlsx#Responses: stored, rows read 4 = stored 4 + rejected 0"), std::string::npos) << r.err;
  auto twice = run_canvass("run '" + study + "'", tmp.path());
  EXPECT_NE(twice.err.find("book.xlsx#Responses: unchanged"), std::string::npos) << twice.err;
}

}  // namespace
}  // namespace canvass
