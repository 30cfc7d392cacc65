// The scanner that reads a workbook's worksheets and shared strings: what Excel and other
// producers write is read as Xerces reads it, and what is not well-formed XML is refused
// with the part, line and column, never read half.
#include <gtest/gtest.h>

#include <chrono>

#include "sources/xlsx_reader.hpp"
#include "sources/zip_archive.hpp"
#include "xlsx_builder.hpp"
#include "zip_builder.hpp"

using namespace canvass;
namespace t = canvass::testing;

namespace {

const std::string kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// A workbook of one sheet whose part is `sheet_xml` (and shared strings `shared_xml`);
// cell style 1 shows dates.
std::string book(const std::string& sheet_xml, const std::string& shared_xml = "") {
  t::XlsxBuilder b;
  EXPECT_EQ(b.date_style(14), 1);
  b.add_sheet("Sheet1", {t::XlsxRow{1, {{0, t::XlsxCell::str("x")}}}});
  const std::string bytes = b.bytes();
  auto archive = ZipArchive::open("book.xlsx", bytes);
  t::ZipBuilder z;
  const auto entries = archive->entries();
  for (const auto& e : entries) {
    if (e.name == "xl/worksheets/sheet1.xml") z.add(e.name, sheet_xml);
    else if (e.name == "xl/sharedStrings.xml" && !shared_xml.empty()) z.add(e.name, shared_xml);
    else z.add(e.name, archive->read(e.name).value());
  }
  return z.finish();
}

std::string sheet(const std::string& rows, const std::string& prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") {
  return prolog + "<worksheet xmlns=\"" + kMain + "\"><sheetData>" + rows + "</sheetData></worksheet>";
}

Result<Table> read(const std::string& bytes) { return read_xlsx("b.xlsx", bytes); }

}  // namespace

TEST(OoxmlScanner, ReadsWhatProducersWrite) {
  // Prefixed names, comments, a processing instruction, CDATA, character and entity
  // references, CRLF line ends, single-quoted attributes, a BOM.
  const std::string rows =
      "<!-- written by hand --><?producer x?>"
      "<x:row r='1' xmlns:x='" + kMain + "'><x:c r='A1' t='inlineStr'><x:is><x:t>a &amp; b &lt;c&gt; &#233;&#x263A;</x:t></x:is></x:c>"
      "<x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t><![CDATA[<raw> & text]]></x:t></x:is></x:c></x:row>\r\n"
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>line\r\nend</t></is></c><c r=\"B2\"><v>2.50</v></c></row>";
  auto table = read(book(sheet(rows, "\xEF\xBB\xBF<?xml version='1.0' encoding='utf-8' standalone='yes'?>\r\n")));
  ASSERT_TRUE(table) << table.error().to_string();
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0].cells, (std::vector<std::string>{"a & b <c> \xC3\xA9\xE2\x98\xBA", "<raw> & text"}));
  EXPECT_EQ(table->rows[1].cells, (std::vector<std::string>{"line\nend", "2.5"}));
}

TEST(OoxmlScanner, ASheetInAnotherEncodingIsReadByXerces) {
  std::string utf16 = "\xFF\xFE";
  for (char c : sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>hi</t></is></c></row>",
                      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>")) {
    utf16 += c;
    utf16 += '\0';
  }
  auto table = read(book(utf16));
  ASSERT_TRUE(table) << table.error().to_string();
  EXPECT_EQ(table->rows[0].cells[0], "hi");
  auto latin = read(book(sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>caf\xE9</t></is></c></row>",
                               "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>")));
  ASSERT_TRUE(latin) << latin.error().to_string();
  EXPECT_EQ(latin->rows[0].cells[0], "caf\xC3\xA9");
}

TEST(OoxmlScanner, RefusesWhatIsNotWellFormed) {
  const std::string ok_row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>";
  struct Case {
    std::string name, part, expect;
  };
  const std::vector<Case> cases = {
      {"mismatched end tag", sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"), "does not match"},
      {"unclosed document", "<worksheet xmlns=\"" + kMain + "\"><sheetData>" + ok_row, "ends inside"},
      {"DOCTYPE", "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY e \"x\">]>" + sheet(ok_row, ""), "DOCTYPE"},
      {"undeclared entity", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"), "not declared"},
      {"bare ampersand", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a & b</t></is></c></row>"), "&"},
      {"invalid UTF-8", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>caf\xE9</t></is></c></row>"), "UTF-8"},
      {"control character", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a\x01</t></is></c></row>"), "control"},
      {"reference to no character", sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&#0;</t></is></c></row>"), "no XML character"},
      {"unquoted attribute", sheet("<row r=1></row>"), "quotes"},
      {"two roots", sheet(ok_row) + "<worksheet/>", "second root"},
      {"text after the root", sheet(ok_row) + "tail", "outside"},
      {"not XML at all", std::string("\x01\x02garbage"), ""},
  };
  for (const auto& c : cases) {
    auto table = read(book(c.part));
    ASSERT_FALSE(table) << c.name;
    const Error& e = table.error();
    EXPECT_EQ(e.where.part, "xl/worksheets/sheet1.xml") << c.name << ": " << e.to_string();
    EXPECT_NE(e.message.find(c.expect), std::string::npos) << c.name << ": " << e.to_string();
    EXPECT_GE(e.where.line, 1u) << c.name;
  }
  // The position is where the problem is.
  auto late = read(book("<?xml version=\"1.0\"?>\n<worksheet xmlns=\"" + kMain + "\">\n<sheetData>\n  <row r=\"1\">&bad;</row>"));
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().where.line, 4u);
  EXPECT_EQ(late.error().where.column, 14u);
}

TEST(OoxmlScanner, SharedStringsAreScannedToo) {
  const std::string shared = "<?xml version=\"1.0\"?><sst xmlns=\"" + kMain +
                             "\"><si><t>plain</t></si><si><r><t>rich </t></r><r><t>run</t></r><rPh><t>ignored</t></rPh></si>"
                             "<si><t/></si></sst>";
  auto table = read(book(sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                               "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>0</v></c></row>"),
                         shared));
  ASSERT_TRUE(table) << table.error().to_string();
  EXPECT_EQ(table->rows[0].cells, (std::vector<std::string>{"plain", "rich run", "", "plain"}));
  auto bad = read(book(sheet("<row r=\"1\"/>"), "<sst><si><t>unclosed</si></sst>"));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().where.part, "xl/sharedStrings.xml");
}

TEST(Xlsx, OutOfRangeSerialsInDateStyledCellsAreNotDates) {
  t::XlsxBuilder b;
  const int date = b.date_style(14);
  b.add_sheet("S", {t::XlsxRow{1, {{0, t::XlsxCell::date(1e308, date)}, {1, t::XlsxCell::date(-1, date)},
                                   {2, t::XlsxCell::date(3e6, date)}, {3, t::XlsxCell::date(45000, date)}}}});
  auto table = read(b.bytes());
  ASSERT_TRUE(table) << table.error().to_string();
  EXPECT_EQ(table->rows[0].cells, (std::vector<std::string>{"1e+308", "-1", "3000000", "2023-03-15"}));
  // NaN and infinity as Excel cannot write them but a producer might: numbers, not dates.
  for (const std::string v : {"NaN", "inf", "-INF"}) {
    auto odd = read(book(sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>" + v + "</v></c></row>")));
    ASSERT_TRUE(odd) << odd.error().to_string();
    const std::string& text = odd->rows[0].cells[0];
    EXPECT_TRUE(text == "nan" || text == "inf" || text == "-inf") << v << " read as " << text;
  }
}

TEST(XlsxBounds, ASheetThatIsABombIsRefusedBeforeAnythingIsInflated) {
  const std::string bomb = sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>" +
                                 std::string(24u << 20, ' '));
  const auto started = std::chrono::steady_clock::now();
  auto table = read(book(bomb));
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().where.part, "xl/worksheets/sheet1.xml");
  EXPECT_NE(table.error().message.find("nothing was inflated"), std::string::npos) << table.error().to_string();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
}

TEST(XlsxBounds, StreamedPartsAreNotBoundByTheSizeOfAPartHeldWhole) {
  std::string rows;
  for (int r = 1; r <= 3000; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) + "\"><v>" + std::to_string(r * 7) + "</v></c></row>";
  XlsxOptions options;
  options.limits.max_part_bytes = 4096;  // far below the sheet's size
  auto table = read_xlsx("b.xlsx", book(sheet(rows)), options);
  ASSERT_TRUE(table) << table.error().to_string();
  EXPECT_EQ(table->rows.size(), 3000u);
  EXPECT_EQ(table->rows.back().cells[0], "21000");
}
