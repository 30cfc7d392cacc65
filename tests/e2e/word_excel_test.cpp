// report.docx and report.xlsx from the bundled survey: the packages opened as Word and
// Excel open them (ZIP parts, content types, relationships, well-formed XML), every table
// of report.md present as a native table / its own sheet, figures as PNG with the SVG kept.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "sources/xml_reader.hpp"
#include "sources/zip_archive.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using namespace canvass::testing;

// Every element (local name) and every value of a few attributes in one XML part.
struct Collect : XmlVisitor {
  std::multiset<std::string> elements;
  std::map<std::string, std::vector<std::string>> values;  // "pStyle@val", "Relationship@Target"
  std::string text;
  void start_element(const XmlElement& e) override {
    elements.insert(std::string(e.name));
    for (const auto& a : e.attributes) values[std::string(e.name) + "@" + std::string(a.name)].push_back(std::string(a.value));
  }
  void characters(std::string_view s) override { text += s; }
};

Collect parse_part(ZipArchive& zip, const std::string& part) {
  Collect c;
  auto bytes = zip.read(part);
  EXPECT_TRUE(bytes) << part << ": " << (bytes ? "" : bytes.error().to_string());
  if (!bytes) return c;
  auto s = parse_xml(*bytes, Location{zip.path(), 0, 0, part}, c, XmlOptions::ooxml());
  EXPECT_TRUE(s) << part << ": " << (s ? "" : s.error().to_string());
  return c;
}

std::vector<std::string> captions(const std::string& markdown, const std::string& kind) {
  std::vector<std::string> out;
  const std::regex line("\\*\\*(" + kind + " [0-9]+: [^\n]*)\\*\\*\n");
  for (std::sregex_iterator it(markdown.begin(), markdown.end(), line), end; it != end; ++it) out.push_back((*it)[1]);
  return out;
}

class WordAndExcel : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string survey = sample("ci-survey/ci-final-survey.csv");
    ASSERT_EQ(run_canvass("ingest --db s.db --batch final '" + survey + "'", dir.path().string()).exit_code, 0);
    // --min-cell 3: the role groups (5 and 8) are shown, so the breakdown tables are there too.
    auto r = run_canvass("report --db s.db --out rep --min-cell 3", dir.path().string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    markdown = read_text(dir.file("rep/report.md"));
    docx_bytes = read_text(dir.file("rep/report.docx"));
    xlsx_bytes = read_text(dir.file("rep/report.xlsx"));
  }
  TempDir dir;
  std::string markdown, docx_bytes, xlsx_bytes;
};

TEST_F(WordAndExcel, DocxIsACompletePackage) {
  auto zip = ZipArchive::open("report.docx", docx_bytes);
  ASSERT_TRUE(zip) << zip.error().to_string();
  const Collect types = parse_part(*zip, "[Content_Types].xml");
  const auto& overrides = types.values.at("Override@PartName");
  for (const char* part : {"/word/document.xml", "/word/styles.xml", "/word/numbering.xml", "/docProps/core.xml"})
    EXPECT_NE(std::find(overrides.begin(), overrides.end(), part), overrides.end()) << part;
  const auto& defaults = types.values.at("Default@Extension");
  for (const char* ext : {"rels", "xml", "png", "svg"})
    EXPECT_NE(std::find(defaults.begin(), defaults.end(), ext), defaults.end()) << ext;
  // Every relationship points at a part that is there.
  const Collect root = parse_part(*zip, "_rels/.rels");
  for (const auto& target : root.values.at("Relationship@Target")) EXPECT_TRUE(zip->contains(target)) << target;
  const Collect rels = parse_part(*zip, "word/_rels/document.xml.rels");
  std::set<std::string> ids;
  for (std::size_t i = 0; i < rels.values.at("Relationship@Target").size(); ++i) {
    EXPECT_TRUE(zip->contains("word/" + rels.values.at("Relationship@Target")[i])) << rels.values.at("Relationship@Target")[i];
    ids.insert(rels.values.at("Relationship@Id")[i]);
  }
  const Collect doc = parse_part(*zip, "word/document.xml");
  for (const char* attr : {"blip@embed", "svgBlip@embed"})
    for (const auto& id : doc.values.at(attr)) EXPECT_TRUE(ids.count(id)) << attr << " " << id;
  // Every style the document uses is defined, under Word's built-in ids.
  const Collect styles = parse_part(*zip, "word/styles.xml");
  const auto& defined = styles.values.at("style@styleId");
  std::set<std::string> used(doc.values.at("pStyle@val").begin(), doc.values.at("pStyle@val").end());
  used.insert(doc.values.at("tblStyle@val").begin(), doc.values.at("tblStyle@val").end());
  for (const auto& s : used) EXPECT_NE(std::find(defined.begin(), defined.end(), s), defined.end()) << s;
  for (const char* builtin : {"Title", "Heading1", "Heading2", "Caption", "ListBullet", "TableGrid", "Quote"})
    EXPECT_TRUE(used.count(builtin)) << builtin;
}

TEST_F(WordAndExcel, DocxHasEveryTableWithItsCaptionAndEveryFigure) {
  auto zip = ZipArchive::open("report.docx", docx_bytes);
  ASSERT_TRUE(zip);
  const Collect doc = parse_part(*zip, "word/document.xml");
  const auto tables = captions(markdown, "Table");
  const auto figures = captions(markdown, "Figure");
  ASSERT_GE(tables.size(), 3u);
  ASSERT_GE(figures.size(), 1u);
  EXPECT_EQ(doc.elements.count("tbl"), tables.size());
  EXPECT_EQ(doc.elements.count("tblHeader"), tables.size());  // the header row repeats on each page
  // The caption text reads as in report.md, its number a SEQ field (Word's list of tables works).
  for (const auto& t : tables) EXPECT_NE(doc.text.find(t), std::string::npos) << t;
  EXPECT_NE(doc.text.find("Table 1: To what extent do you agree with the following statements? (n=13)"), std::string::npos);
  EXPECT_EQ(doc.values.at("fldSimple@instr").size(), tables.size() + figures.size());
  // Table notes (footnotes) are there, as the list they are in report.md.
  EXPECT_NE(doc.text.find("Percentages are of valid answers (n)"), std::string::npos);
  // Figures: a PNG (really a PNG) and the SVG, with the caption as alternative text.
  EXPECT_EQ(doc.elements.count("drawing"), figures.size());
  EXPECT_EQ(doc.values.at("svgBlip@embed").size(), figures.size());
  for (std::size_t i = 1; i <= figures.size(); ++i) {
    auto png = zip->read("word/media/figure" + std::to_string(i) + ".png");
    ASSERT_TRUE(png);
    EXPECT_EQ(png->substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    auto svg = zip->read("word/media/figure" + std::to_string(i) + ".svg");
    ASSERT_TRUE(svg);
    EXPECT_NE(svg->find("<svg"), std::string::npos);
  }
  const auto& descr = doc.values.at("docPr@descr");
  for (const auto& f : figures) EXPECT_NE(std::find(descr.begin(), descr.end(), f), descr.end()) << f;
  // The quote bank comes through, its quotes as Word quotes.
  EXPECT_NE(doc.text.find("Quote bank"), std::string::npos);
  // Every statement of the survey is a cell of the tables.
  EXPECT_NE(doc.text.find("I received enough information before the visit"), std::string::npos);
}

TEST_F(WordAndExcel, XlsxHasOneSheetPerTableWithNumbersAsNumbers) {
  auto zip = ZipArchive::open("report.xlsx", xlsx_bytes);
  ASSERT_TRUE(zip) << zip.error().to_string();
  const Collect book = parse_part(*zip, "xl/workbook.xml");
  const auto& names = book.values.at("sheet@name");
  const auto tables = captions(markdown, "Table");
  ASSERT_EQ(names.size(), tables.size() + 1);  // and the Contents sheet
  EXPECT_EQ(names[0], "Contents");
  EXPECT_EQ(names[1], "Table 1");
  // Table 1's first statement: "7 (53.8%)" strongly agree is the number 7 and the share 7/13.
  const Collect sheet = parse_part(*zip, "xl/worksheets/sheet2.xml");
  struct Cell {
    std::string type, value;
  };
  std::map<std::string, Cell> cells;
  {
    struct Cells : XmlVisitor {
      std::map<std::string, Cell>& out;
      std::string ref, in;
      explicit Cells(std::map<std::string, Cell>& o) : out(o) {}
      void start_element(const XmlElement& e) override {
        if (e.name == "c") ref = std::string(e.attribute("r").value_or("")), out[ref].type = std::string(e.attribute("t").value_or(""));
        in = std::string(e.name);
      }
      void characters(std::string_view s) override {
        if (in == "v") out[ref].value += s;
      }
      void end_element(std::string_view, std::string_view) override { in.clear(); }
    } v{cells};
    auto bytes = zip->read("xl/worksheets/sheet2.xml");
    ASSERT_TRUE(bytes);
    ASSERT_TRUE(parse_xml(*bytes, Location{"report.xlsx"}, v, XmlOptions::ooxml()));
  }
  // Row 3 is the header; row 4 the first statement. B: strongly agree count, C: its share.
  ASSERT_TRUE(cells.count("B4"));
  EXPECT_EQ(cells["B4"].type, "");  // a number, not a string
  EXPECT_EQ(cells["B4"].value, "7");
  ASSERT_TRUE(cells.count("C4"));
  EXPECT_EQ(cells["C4"].type, "");
  EXPECT_NEAR(std::stod(cells["C4"].value), 0.538, 1e-9);
  EXPECT_EQ(cells["A4"].type, "s");  // the statement, text
  (void)sheet;
}

}  // namespace
}  // namespace canvass
