// The Markdown the report sections write, read back as blocks for report.docx/.xlsx, and
// the cells of a table as Excel holds them.
#include <gtest/gtest.h>

#include "report/report_document.hpp"
#include "report/xlsx_tables.hpp"

namespace canvass {
namespace {

using Kind = ReportBlock::Kind;

TEST(ReportDocument, ReadsEveryKindOfBlockTheSectionsWrite) {
  const std::string md =
      "# Title\n\nn=13 respondents\n\n- Source: a.csv\n\n## Agreement\n\n"
      "**Table 1: To what extent? (n=13)**\n\n"
      "| Statement | Agree | n |\n|---|---:|---:|\n| A \\| B | 7 (53.8%) | 13† |\n| **Group** | | |\n\n"
      "**Figure 1: To what extent? (n=13)**\n\n![Figure 1: To what extent? (n=13)](figure-1.svg)\n\n"
      "> \xE2\x80\x9CWords * as written\xE2\x80\x9D \xE2\x80\x94 Survey respondent\n\n"
      "- Outer\n  - Inner\n  continued: more\n\n<sub>Sources: x</sub>\n\n**Question:** What helps?\n";
  const auto b = read_report_markdown(md);
  ASSERT_EQ(b.size(), 13u);
  EXPECT_EQ(b[0].kind, Kind::heading);
  EXPECT_EQ(b[0].level, 1);
  EXPECT_EQ(b[1].kind, Kind::paragraph);
  EXPECT_EQ(b[2].kind, Kind::bullet);
  EXPECT_EQ(b[3].kind, Kind::heading);
  EXPECT_EQ(b[3].level, 2);
  EXPECT_EQ(b[4].kind, Kind::caption);
  EXPECT_EQ(b[4].plain(), "Table 1: To what extent? (n=13)");
  ASSERT_EQ(b[5].kind, Kind::table);
  EXPECT_EQ(b[5].table.header, (std::vector<std::string>{"Statement", "Agree", "n"}));
  EXPECT_EQ(b[5].table.numeric, (std::vector<bool>{false, true, true}));
  ASSERT_EQ(b[5].table.rows.size(), 2u);
  EXPECT_EQ(b[5].table.rows[0][0], "A | B");
  EXPECT_FALSE(ReportTable::is_group_row(b[5].table.rows[0]));
  EXPECT_TRUE(ReportTable::is_group_row(b[5].table.rows[1]));
  EXPECT_EQ(b[6].kind, Kind::caption);
  ASSERT_EQ(b[7].kind, Kind::figure);
  EXPECT_EQ(b[7].file, "figure-1.svg");
  EXPECT_EQ(b[8].kind, Kind::quote);
  EXPECT_NE(b[8].plain().find("Words * as written"), std::string::npos);  // quotes are not markup
  EXPECT_EQ(b[9].kind, Kind::bullet);
  EXPECT_EQ(b[10].kind, Kind::bullet);
  EXPECT_EQ(b[10].level, 1);
  EXPECT_EQ(b[10].plain(), "Inner\ncontinued: more");
  ASSERT_EQ(b[11].runs.size(), 1u);
  EXPECT_TRUE(b[11].runs[0].small);
  ASSERT_EQ(b[12].runs.size(), 2u);
  EXPECT_TRUE(b[12].runs[0].bold);
  EXPECT_EQ(b[12].runs[0].text, "Question:");
  EXPECT_FALSE(b[12].runs[1].bold);
}

TEST(ReportDocument, ALoneAsteriskIsText) {
  const auto runs = inline_runs("5 * 3 and **bold**");
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].text, "5 * 3 and ");
  EXPECT_TRUE(runs[1].bold);
}

TEST(XlsxCells, NumbersAreNumbersWithTheirShownForm) {
  auto c = read_cell("12.5%");
  EXPECT_TRUE(c.number);
  EXPECT_DOUBLE_EQ(c.value, 0.125);
  EXPECT_EQ(c.format, "0.0%");
  c = read_cell("13\xE2\x80\xA0");
  EXPECT_TRUE(c.number);
  EXPECT_DOUBLE_EQ(c.value, 13);
  EXPECT_EQ(c.format, "0\"\xE2\x80\xA0\"");
  c = read_cell("+84.6");
  EXPECT_DOUBLE_EQ(c.value, 84.6);
  EXPECT_EQ(c.format, "+0.0;-0.0;0.0");
  c = read_cell("-7.7");
  EXPECT_DOUBLE_EQ(c.value, -7.7);
  c = read_cell("4.31");
  EXPECT_EQ(c.format, "0.00");
  EXPECT_FALSE(read_cell("Agree").number);
  EXPECT_FALSE(read_cell("1-2").number);
  EXPECT_TRUE(read_cell("").blank);
}

TEST(XlsxCells, CountsWithSharesAndIntervalsBecomeTwoColumns) {
  ReportTable t;
  t.header = {"Statement", "Agree", "Agree 95% CI", "n"};
  t.numeric = {false, true, true, true};
  t.rows = {{"**S**", "", "", ""}, {"All", "7 (53.8%)", "66.7\xE2\x80\x93" "98.6%", "13"}, {"g", "0", "", "0\xE2\x80\xA0"}};
  const SheetTable s = sheet_table(t);
  EXPECT_EQ(s.header, (std::vector<std::string>{"Statement", "Agree", "Agree %", "Agree 95% CI (low)",
                                                "Agree 95% CI (high)", "n"}));
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_TRUE(s.group_row[0]);
  EXPECT_EQ(s.rows[0][0].text, "S");
  EXPECT_DOUBLE_EQ(s.rows[1][1].value, 7);
  EXPECT_DOUBLE_EQ(s.rows[1][2].value, 0.538);
  EXPECT_DOUBLE_EQ(s.rows[1][3].value, 0.667);
  EXPECT_DOUBLE_EQ(s.rows[1][4].value, 0.986);
  EXPECT_DOUBLE_EQ(s.rows[1][5].value, 13);
  EXPECT_DOUBLE_EQ(s.rows[2][1].value, 0);
  EXPECT_TRUE(s.rows[2][2].blank);
}

}  // namespace
}  // namespace canvass
