// Outputs that are safe to open: CSV cells no spreadsheet runs as a formula (OWASP),
// Markdown that shows text as written, and no control character anywhere.
#include <gtest/gtest.h>

#include "report/csv_writer.hpp"
#include "report/markdown_writer.hpp"
#include "report/spreadsheet_safe.hpp"
#include "text/printable.hpp"

namespace canvass {
namespace {

TEST(SpreadsheetSafe, FormulasGetALeadingApostrophe) {
  EXPECT_EQ(spreadsheet_safe("=HYPERLINK(\"http://x\",\"click\")"), "'=HYPERLINK(\"http://x\",\"click\")");
  EXPECT_EQ(spreadsheet_safe("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
  EXPECT_EQ(spreadsheet_safe("@SUM(A1:A2)"), "'@SUM(A1:A2)");
  EXPECT_EQ(spreadsheet_safe("-2+3"), "'-2+3");
  EXPECT_EQ(spreadsheet_safe("\t=1"), "'\t=1");
  EXPECT_EQ(spreadsheet_safe("\r=1"), "'\r=1");
  EXPECT_EQ(spreadsheet_safe("-inf"), "'-inf");
}

TEST(SpreadsheetSafe, NumbersAndTextStayAsTheyAre) {
  for (const char* v : {"-2", "+3", "-0.5", "-.5", "1e-3", "-1.5E+10", "53.8", "Agree", "", "-", "=", "a=b", "x@y.z"})
    EXPECT_EQ(spreadsheet_safe(v), v) << v;
}

TEST(SpreadsheetSafe, EveryCsvFieldIsSafe) {
  EXPECT_EQ(csv_field("=1+1"), "'=1+1");
  EXPECT_EQ(csv_field("=SUM(1,2)"), "\"'=SUM(1,2)\"");
  EXPECT_EQ(csv_field("-0.5"), "-0.5");
  EXPECT_EQ(csv_field("bell\x07 and \x1B[31mred"), "bell\xEF\xBF\xBD and \xEF\xBF\xBD[31mred");
}

TEST(MarkdownText, RawHtmlAndLinksAreShownNotRun) {
  EXPECT_EQ(md_text("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
  EXPECT_EQ(md_text("[click](javascript:alert(1))"), "[click]\\(javascript:alert(1))");
  EXPECT_EQ(md_text("![x](javascript:alert(1))"), "![x]\\(javascript:alert(1))");
  EXPECT_EQ(md_text("<javascript:alert(1)>"), "\\<javascript:alert(1)\\>");
  EXPECT_EQ(md_text("[x]: javascript:alert(1)"), "[x]\\: javascript:alert(1)");
  EXPECT_EQ(md_text("Thanks to [name] for the help"), "Thanks to [name] for the help");
  EXPECT_EQ(md_text("a\\b"), "a\\\\b");
  EXPECT_EQ(md_cell("a | b\nc"), "a \\| b c");
}

TEST(Printable, ControlCharactersAreReplaced) {
  EXPECT_EQ(printable("a\x1B[2Jb"), "a\xEF\xBF\xBD[2Jb");
  EXPECT_EQ(printable(std::string("a\0b", 3)), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(printable("c1 \xC2\x9B here"), "c1 \xEF\xBF\xBD here");  // U+009B CSI
  EXPECT_EQ(printable("del\x7F"), "del\xEF\xBF\xBD");
  EXPECT_EQ(printable("tab\tline\nend\r"), "tab\tline\nend\r");
  EXPECT_EQ(printable("tab\tline\nend", false), "tab line end");
  EXPECT_EQ(printable("caf\xC3\xA9 \xC2\xA0ok"), "caf\xC3\xA9 \xC2\xA0ok");  // é and a no-break space are text
}

}  // namespace
}  // namespace canvass
