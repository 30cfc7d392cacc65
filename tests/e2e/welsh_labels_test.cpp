// A survey answered in Welsh keeps its Welsh answer labels in every table, chart and CSV,
// on the canonical levels (the CSV's level column: 5 = most agreeing), marked as Welsh in HTML
// and Word.
#include <gtest/gtest.h>

#include "sources/zip_archive.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

TEST(WelshLabels, ShownAsTheSourceWroteThemOnTheCanonicalLevels) {
  TempDir dir;
  dir.write("cy.csv",
            "Timestamp,I ba raddau ydych chi'n cytuno? [Roedd yr hyfforddiant yn ddefnyddiol],"
            "I ba raddau ydych chi'n cytuno? [Cefais ddigon o amser]\n"
            "2025/01/01 10:00:00,Cytuno\xE2\x80\x99n gryf,Cytuno\n"
            "2025/01/01 10:01:00,Cytuno,Anghytuno\n"
            "2025/01/01 10:02:00,Anghytuno,Cytuno\xE2\x80\x99n gryf\n"
            "2025/01/01 10:03:00,Ddim yn gwybod,Cytuno\n");
  const auto csv = run_canvass("dist --format csv cy.csv", dir.path().string());
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_NE(csv.out.find("Roedd yr hyfforddiant yn ddefnyddiol,,5,Cytuno\xE2\x80\x99n gryf,1,33.3,3"), std::string::npos)
      << csv.out;
  EXPECT_NE(csv.out.find("Roedd yr hyfforddiant yn ddefnyddiol,,2,Anghytuno,1,33.3,3"), std::string::npos);
  EXPECT_EQ(csv.out.find("Strongly agree"), std::string::npos);
  ASSERT_EQ(run_canvass("ingest --db s.db cy.csv", dir.path().string()).exit_code, 0);
  ASSERT_EQ(run_canvass("report --db s.db --out rep", dir.path().string()).exit_code, 0);
  const std::string html = read_text(dir.file("rep/report.html"));
  // Welsh answer labels are marked as Welsh on the English page (WCAG 3.1.2, language of parts).
  EXPECT_NE(html.find("<th><span lang=\"cy\">Cytuno\xE2\x80\x99n gryf</span></th>"), std::string::npos);
  EXPECT_NE(html.find(" lang=\"cy\">Cytuno\xE2\x80\x99n gryf</text>"), std::string::npos);  // the chart's legend
  EXPECT_EQ(html.find("<span lang=\"cy\">Statement"), std::string::npos);
  EXPECT_EQ(html.find("<th>Strongly agree</th>"), std::string::npos);
  EXPECT_EQ(html.find(">Strongly agree</text>"), std::string::npos);
  EXPECT_EQ(html.find("<title>Strongly agree"), std::string::npos);
  // In Word too: the label's run carries the Welsh language, the statements' do not.
  auto docx = ZipArchive::open("report.docx", read_text(dir.file("rep/report.docx")));
  ASSERT_TRUE(docx) << docx.error().to_string();
  auto document = docx->read("word/document.xml");
  ASSERT_TRUE(document) << document.error().to_string();
  EXPECT_NE(document->find("<w:lang w:val=\"cy-GB\"/></w:rPr><w:t xml:space=\"preserve\">Cytuno\xE2\x80\x99n gryf</w:t>"),
            std::string::npos);
  EXPECT_EQ(document->find("<w:lang w:val=\"cy-GB\"/></w:rPr><w:t xml:space=\"preserve\">Statement"), std::string::npos);
}

}  // namespace
}  // namespace canvass
