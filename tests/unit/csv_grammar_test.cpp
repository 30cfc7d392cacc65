#include <gtest/gtest.h>

#include "sources/csv_reader.hpp"

namespace canvass {
namespace {

std::vector<std::vector<std::string>> cells(const Table& t) {
  std::vector<std::vector<std::string>> out;
  for (const auto& r : t.rows) out.push_back(r.cells);
  return out;
}

TEST(CsvGrammar, PlainFieldsAndLfLineEnds) {
  Table t = parse_csv_text("a,b,c\n1,2,3\n", "f.csv");
  EXPECT_EQ(cells(t), (std::vector<std::vector<std::string>>{{"a", "b", "c"}, {"1", "2", "3"}}));
  EXPECT_TRUE(t.rejects.empty());
}

TEST(CsvGrammar, CrlfAndMissingFinalNewline) {
  Table t = parse_csv_text("a,b\r\n1,2", "f.csv");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].cells, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(t.rows[1].line, 2u);
}

TEST(CsvGrammar, QuotedFieldsWithDoubledQuotesCommasAndLineBreaks) {
  Table t = parse_csv_text("\"a \"\"quoted\"\" word\",\"x, y\",\"line1\nline2\"\r\nnext,row,here\r\n", "f.csv");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].cells[0], "a \"quoted\" word");
  EXPECT_EQ(t.rows[0].cells[1], "x, y");
  EXPECT_EQ(t.rows[0].cells[2], "line1\nline2");
  EXPECT_EQ(t.rows[1].line, 3u) << "the second record starts on line 3 after an embedded line break";
}

TEST(CsvGrammar, EmptyFieldsQuotedAndUnquoted) {
  Table t = parse_csv_text("a,,\"\",d\n", "f.csv");
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].cells, (std::vector<std::string>{"a", "", "", "d"}));
}

TEST(CsvGrammar, UnquotedEmptyFieldsAreNullsOnlyWhereEveryValueIsQuoted) {
  // LimeSurvey quotes every value and leaves NULL unquoted: ;; is NULL, ;""; is empty.
  Table lime = parse_csv_text("\"a\";\"b\";\"c\"\r\n\"1\";;\"\"\r\n;\"2\";\r\n", "l.csv");
  EXPECT_TRUE(lime.quotes_every_value);
  ASSERT_EQ(lime.rows.size(), 3u);
  EXPECT_TRUE(lime.rows[0].nulls.empty());
  EXPECT_EQ(lime.rows[1].nulls, (std::vector<std::size_t>{1}));
  EXPECT_EQ(lime.rows[2].nulls, (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(lime.rows[2].cells, (std::vector<std::string>{"", "2", ""}));

  // One unquoted value anywhere, even after the empties, and an empty field is just empty.
  Table resaved = parse_csv_text("\"a\";\"b\"\n\"1\";\n2;\"\"\n", "r.csv");
  EXPECT_FALSE(resaved.quotes_every_value);
  for (const Row& r : resaved.rows) EXPECT_TRUE(r.nulls.empty());

  Table plain = parse_csv_text("a,,\"\",d\n", "p.csv");
  EXPECT_FALSE(plain.quotes_every_value);
  EXPECT_TRUE(plain.rows[0].nulls.empty());
}

TEST(CsvGrammar, UnterminatedQuoteIsRejectedAtItsLineAndColumn) {
  Table t = parse_csv_text("a,b\n1,2\n3,\"never closes\n4,5\n", "bad.csv");
  ASSERT_EQ(t.rows.size(), 2u);
  ASSERT_EQ(t.rejects.size(), 1u);
  EXPECT_EQ(t.rejects[0].where.file, "bad.csv");
  EXPECT_EQ(t.rejects[0].where.line, 3u);
  EXPECT_EQ(t.rejects[0].where.column, 3u);
  EXPECT_NE(t.rejects[0].reason.find("unterminated"), std::string::npos);
}

TEST(CsvGrammar, TextAfterClosingQuoteRejectsThatRecordOnly) {
  Table t = parse_csv_text("a,b\n\"x\"y,2\nok,3\n", "bad.csv");
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[1].cells, (std::vector<std::string>{"ok", "3"}));
  ASSERT_EQ(t.rejects.size(), 1u);
  EXPECT_EQ(t.rejects[0].where.line, 2u);
  EXPECT_EQ(t.rejects[0].where.column, 4u);
}

TEST(CsvGrammar, ColumnsCountCharactersNotBytes) {
  Table t = parse_csv_text("café,\"x\"z\n", "f.csv");
  ASSERT_EQ(t.rejects.size(), 1u);
  EXPECT_EQ(t.rejects[0].where.column, 9u);
}

TEST(CsvGrammar, SniffsSemicolonTabAndPipe) {
  EXPECT_EQ(sniff_delimiter("a;b;c\n1;2;3"), ';');
  EXPECT_EQ(sniff_delimiter("a\tb\tc\n"), '\t');
  EXPECT_EQ(sniff_delimiter("a|b\n"), '|');
  EXPECT_EQ(sniff_delimiter("\"a;b\",c,d\n"), ',') << "delimiters inside quotes do not count";
  Table t = parse_csv_text("a;b\n1;2\n", "f.csv");
  EXPECT_EQ(t.rows[1].cells, (std::vector<std::string>{"1", "2"}));
}

}  // namespace
}  // namespace canvass
