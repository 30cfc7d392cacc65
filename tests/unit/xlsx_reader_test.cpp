#include <gtest/gtest.h>

#include "sources/read_table.hpp"
#include "sources/xlsx_reader.hpp"
#include "test_support.hpp"
#include "tools/platform_fixtures.hpp"
#include "xlsx_builder.hpp"

using namespace canvass;
using canvass::testing::XlsxBuilder;
using canvass::testing::XlsxCell;
using canvass::testing::XlsxRow;
namespace platforms = canvass::testing::platforms;

TEST(Xlsx, CellReferences) {
  EXPECT_EQ(parse_cell_ref("A1")->column, 0u);
  EXPECT_EQ(parse_cell_ref("C7")->column, 2u);
  EXPECT_EQ(parse_cell_ref("C7")->row, 7u);
  EXPECT_EQ(parse_cell_ref("Z1")->column, 25u);
  EXPECT_EQ(parse_cell_ref("AA10")->column, 26u);
  EXPECT_EQ(parse_cell_ref("XFD1048576")->column, 16383u);
  EXPECT_FALSE(parse_cell_ref("7"));
  EXPECT_FALSE(parse_cell_ref("A0"));
  EXPECT_FALSE(parse_cell_ref("ABCD1"));
  EXPECT_FALSE(parse_cell_ref("A1x"));
}

TEST(Xlsx, SerialDatesInBothDateSystems) {
  EXPECT_EQ(excel_serial_to_iso(1, false), "1900-01-01");
  EXPECT_EQ(excel_serial_to_iso(59, false), "1900-02-28");
  EXPECT_EQ(excel_serial_to_iso(60, false), "1900-02-29");  // Excel's phantom leap day
  EXPECT_EQ(excel_serial_to_iso(61, false), "1900-03-01");
  // The builder computes serials with its own calendar arithmetic.
  EXPECT_EQ(excel_serial_to_iso(canvass::testing::excel_serial(2025, 5, 6, 9, 0), false), "2025-05-06T09:00:00");
  EXPECT_EQ(excel_serial_to_iso(canvass::testing::excel_serial(2024, 2, 29, 23, 59, 59), false), "2024-02-29T23:59:59");
  EXPECT_EQ(excel_serial_to_iso(canvass::testing::excel_serial(2000, 1, 1) - 0.1 / 86400, false), "2000-01-01");
  EXPECT_EQ(excel_serial_to_iso(0, true), "1904-01-01");
  EXPECT_EQ(excel_serial_to_iso(1462.5, true), "1908-01-02T12:00:00");
  EXPECT_EQ(excel_serial_to_iso(0.75, false, true), "18:00:00");
}

TEST(Xlsx, DateFormats) {
  for (int id : {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}) EXPECT_TRUE(is_date_format(id, "")) << id;
  for (int id : {0, 1, 2, 9, 10, 11, 49}) EXPECT_FALSE(is_date_format(id, "")) << id;
  EXPECT_TRUE(is_date_format(164, "dd/mm/yyyy"));
  EXPECT_TRUE(is_date_format(164, "[$-809]dd mmmm yyyy;@"));
  EXPECT_TRUE(is_date_format(164, "[h]:mm"));
  EXPECT_TRUE(is_date_format(164, "m/d/yy h:mm:ss"));
  EXPECT_FALSE(is_date_format(164, "0.00"));
  EXPECT_FALSE(is_date_format(164, "\"days\" 0"));       // letters only inside quotes
  EXPECT_FALSE(is_date_format(164, "[Red]0.00;[Blue]-0.00"));  // colours are not dates
  EXPECT_FALSE(is_date_format(164, "0\\d"));           // an escaped letter
  EXPECT_FALSE(is_date_format(164, "General"));
  EXPECT_FALSE(is_date_format(164, "0.00E+00"));
}

TEST(Xlsx, CellTypesMissingCellsAndSkippedRows) {
  XlsxBuilder book;
  const int date = book.date_style(14);
  const int custom = book.date_style(165, "yyyy-mm-dd hh:mm");
  const int time = book.date_style(20);
  book.add_sheet("Data", {
      XlsxRow{1, {{0, XlsxCell::str("a")}, {1, XlsxCell::inline_str("b & c")}, {3, XlsxCell::str("d")}}},
      XlsxRow{3, {{0, XlsxCell::num(3)}, {1, XlsxCell::num(2.5)}, {2, XlsxCell::num(-1e-3)}, {3, XlsxCell::boolean(true)}}},
      XlsxRow{4, {{0, XlsxCell::date(45000, date)}, {1, XlsxCell::date(45000.25, custom)}, {2, XlsxCell::date(0.5, time)},
                  {3, XlsxCell::num(0.1 + 0.2)}}},
  });
  const std::string bytes = book.bytes();
  auto table = read_xlsx("t.xlsx", bytes);
  ASSERT_TRUE(table) << table.error().to_string();
  EXPECT_EQ(table->container, "xlsx");
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->rows[0].cells, (std::vector<std::string>{"a", "b & c", "", "d"}));
  EXPECT_EQ(table->rows[1].line, 3u);  // row 2 is absent from the sheet
  EXPECT_EQ(table->rows[1].cells, (std::vector<std::string>{"3", "2.5", "-0.001", "TRUE"}));
  EXPECT_EQ(table->rows[2].cells, (std::vector<std::string>{"2023-03-15", "2023-03-15T06:00:00", "12:00:00", "0.3"}));
}

TEST(Xlsx, Date1904Workbooks) {
  XlsxBuilder book;
  book.set_date1904(true);
  const int date = book.date_style(14);
  book.add_sheet("S", {XlsxRow{1, {{0, XlsxCell::date(0, date)}, {1, XlsxCell::date(366, date)}}}});
  const std::string bytes = book.bytes();
  auto table = read_xlsx("t.xlsx", bytes);
  ASSERT_TRUE(table) << table.error().to_string();
  EXPECT_EQ(table->rows[0].cells, (std::vector<std::string>{"1904-01-01", "1905-01-01"}));
}

TEST(Xlsx, FirstSheetWithDataUnlessNamed) {
  XlsxBuilder book;
  book.add_sheet("Cover", {});
  book.add_sheet("Responses", {XlsxRow{1, {{0, XlsxCell::str("first")}}}});
  book.add_sheet("Other", {XlsxRow{1, {{0, XlsxCell::str("second")}}}});
  const std::string bytes = book.bytes();
  auto first = read_xlsx("t.xlsx", bytes);
  ASSERT_TRUE(first);
  EXPECT_EQ(first->rows[0].cells[0], "first");
  XlsxOptions named;
  named.sheet = "Other";
  auto other = read_xlsx("t.xlsx", bytes, named);
  ASSERT_TRUE(other);
  EXPECT_EQ(other->rows[0].cells[0], "second");
  named.sheet = "Nope";
  auto nope = read_xlsx("t.xlsx", bytes, named);
  ASSERT_FALSE(nope);
  EXPECT_NE(nope.error().message.find("no sheet named \"Nope\""), std::string::npos);
}

TEST(Xlsx, MicrosoftFormsFixture) {
  const std::string path = canvass::testing::sample("platforms/microsoft-forms.xlsx");
  const std::string bytes = canvass::testing::read_text(path);
  EXPECT_EQ(bytes, platforms::microsoft_forms_xlsx()) << "run scripts/make-fixtures.sh";
  auto table = read_table(path, bytes);
  ASSERT_TRUE(table) << table.error().to_string();
  EXPECT_EQ(table->container, "xlsx");
  ASSERT_EQ(table->rows.size(), 1 + platforms::respondents().size());
  const auto& header = table->rows[0].cells;
  ASSERT_EQ(header.size(), 11u);
  EXPECT_EQ(header[0], "ID");
  EXPECT_EQ(header[2], "Completion time");
  EXPECT_EQ(header[7], platforms::kStatements[0]);
  for (std::size_t i = 0; i < platforms::respondents().size(); ++i) {
    const auto& expected = platforms::respondents()[i];
    const Row& row = table->rows[i + 1];
    EXPECT_EQ(row.line, i + 2);
    ASSERT_EQ(row.cells.size(), 11u);
    EXPECT_EQ(row.cells[0], expected.id);
    char when[32];
    std::snprintf(when, sizeof when, "2025-05-06T%02zu:00:00", 9 + i);
    EXPECT_EQ(row.cells[2], when);
    EXPECT_EQ(row.cells[3], "anonymous");
    EXPECT_EQ(row.cells[4], "");
    EXPECT_EQ(row.cells[6], expected.role);
    for (std::size_t s = 0; s < 3; ++s) EXPECT_EQ(row.cells[7 + s], expected.statements[s]);
    EXPECT_EQ(row.cells[10], expected.comment);
  }
}

TEST(Xlsx, SurveyMonkeyFixture) {
  const std::string path = canvass::testing::sample("platforms/surveymonkey.xlsx");
  const std::string bytes = canvass::testing::read_text(path);
  EXPECT_EQ(bytes, platforms::surveymonkey_xlsx()) << "run scripts/make-fixtures.sh";
  auto table = read_table(path, bytes);
  ASSERT_TRUE(table) << table.error().to_string();
  ASSERT_EQ(table->rows.size(), 2 + platforms::respondents().size());
  EXPECT_EQ(table->rows[0].cells[13], "What could be improved?");  // rich-text runs joined, phonetics left out
  EXPECT_EQ(table->rows[0].cells[11], "");
  EXPECT_EQ(table->rows[1].cells[9], "Response");
  EXPECT_EQ(table->rows[1].cells[0], "");
  EXPECT_EQ(table->rows[2].cells[1], "431234567");
  EXPECT_EQ(table->rows[2].cells[3], "2025-05-06T09:00:00");
  EXPECT_EQ(table->rows[8].cells[11], "");  // R7 left S2 unanswered
  EXPECT_EQ(table->rows[8].cells[10], "Neither agree nor disagree");
}

TEST(Xlsx, DamagedWorkbooksFailWithOneLineNamingThePart) {
  XlsxBuilder book;
  book.add_sheet("S", {XlsxRow{1, {{0, XlsxCell::str("x")}}}});
  const std::string good = book.bytes();
  auto cut = read_table("cut.xlsx", std::string_view(good).substr(0, good.size() / 2));
  ASSERT_FALSE(cut);
  EXPECT_EQ(cut.error().to_string().rfind("cut.xlsx: a damaged or truncated ZIP archive", 0), 0u) << cut.error().to_string();

  XlsxBuilder missing;
  missing.add_sheet("S", {XlsxRow{1, {{0, XlsxCell::str("x")}}}});
  missing.omit_part("xl/worksheets/sheet1.xml");
  auto no_sheet = read_table("nosheet.xlsx", missing.bytes());
  ASSERT_FALSE(no_sheet);
  EXPECT_EQ(no_sheet.error().to_string(),
            "nosheet.xlsx[xl/worksheets/sheet1.xml]: the part of sheet \"S\" is missing from the archive");

  XlsxBuilder no_strings;
  no_strings.add_sheet("S", {XlsxRow{1, {{0, XlsxCell::str("x")}}}});
  no_strings.omit_part("xl/sharedStrings.xml");
  auto bad_index = read_table("idx.xlsx", no_strings.bytes());
  ASSERT_FALSE(bad_index);
  EXPECT_EQ(bad_index.error().where.part, "xl/worksheets/sheet1.xml");
  EXPECT_GT(bad_index.error().where.line, 0u);
  EXPECT_NE(bad_index.error().message.find("shared-string index 0"), std::string::npos);
}

TEST(Xlsx, BadXmlInAPartHasLineAndColumn) {
  canvass::testing::ZipBuilder z;
  z.add("[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
  z.add("xl/workbook.xml", "<workbook>\n<sheets><sheet name=\"S\"</sheets></workbook>");
  auto t = read_table("bad.xlsx", z.finish());
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().where.part, "xl/workbook.xml");
  EXPECT_EQ(t.error().where.line, 2u);
}

TEST(Xlsx, DoctypeInAPartIsRefused) {
  canvass::testing::ZipBuilder z;
  z.add("[Content_Types].xml", "<!DOCTYPE Types [<!ENTITY a \"b\">]><Types/>");
  auto t = read_table("dtd.xlsx", z.finish());
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().message.find("DOCTYPE"), std::string::npos);
}

TEST(Xlsx, WordDocumentIsNotASurvey) {
  canvass::testing::ZipBuilder z;
  z.add("[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
  z.add("word/document.xml", "<document/>");
  auto t = read_table("notes.docx", z.finish());
  ASSERT_FALSE(t);
  EXPECT_NE(t.error().to_string().find("notes.docx: a Word document, not a survey export"), std::string::npos);
  canvass::testing::ZipBuilder other;
  other.add("readme.txt", "hello");
  auto o = read_table("things.zip", other.finish());
  ASSERT_FALSE(o);
  EXPECT_NE(o.error().message.find("not an Office document"), std::string::npos);
}
