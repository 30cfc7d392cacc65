// The DOCX reader and Word notes: styles through styles.xml, list levels, bold runs, line
// breaks, tables; and the Word version of each notes sample gives the text version's records.
#include <gtest/gtest.h>

#include "notes/docx_notes.hpp"
#include "notes/read_notes.hpp"
#include "notes/text_notes.hpp"
#include "notes_word_fixture.hpp"
#include "report/note_records.hpp"
#include "test_support.hpp"
#include "text/decode.hpp"

#include <sstream>

namespace canvass {
namespace {

using testing::WordParagraph;

std::string as_json(const std::vector<NoteRecord>& records) {
  std::ostringstream out;
  write_note_records_json(out, records);
  return out.str();
}

std::vector<NoteRecord> word_records(const std::string& docx) {
  auto doc = read_notes("notes.docx", docx);
  EXPECT_TRUE(doc) << doc.error().to_string();
  if (!doc) return {};
  EXPECT_EQ(doc->container, "docx");
  return doc->records;
}

WordParagraph para(std::string style, std::string text, std::optional<int> level = std::nullopt) {
  return WordParagraph{std::move(style), level, testing::runs_of(text)};
}

TEST(DocxReader, ParagraphsCarryStyleNamesListLevelsAndBold) {
  const std::string docx = testing::word_document(std::vector<WordParagraph>{
      para("Title", "Workshop"), para("Heading2", "North"), para("", ""), para("ListParagraph", "**Bold** start", 0),
      para("ListParagraph", "deeper", 2), para("ListBullet2", "styled list")});
  auto ps = read_docx_paragraphs("n.docx", docx);
  ASSERT_TRUE(ps) << ps.error().to_string();
  ASSERT_EQ(ps->size(), 6u);
  EXPECT_EQ((*ps)[0].role, DocxParagraph::Role::title);
  EXPECT_EQ((*ps)[1].style, "heading 2");
  EXPECT_EQ((*ps)[1].role, DocxParagraph::Role::heading);
  EXPECT_EQ((*ps)[1].heading_level, 2u);
  EXPECT_EQ((*ps)[2].text, "");
  EXPECT_EQ((*ps)[2].number, 3u);
  EXPECT_EQ((*ps)[3].text, "**Bold** start");  // the paragraph mark's bold is not the text's
  EXPECT_EQ((*ps)[3].list_level, 0u);
  EXPECT_EQ((*ps)[4].list_level, 2u);
  EXPECT_EQ((*ps)[5].role, DocxParagraph::Role::list);
  EXPECT_EQ((*ps)[5].list_level, 1u);
}

TEST(DocxReader, AdjacentBoldRunsAreOneStretchWithSpacesOutside) {
  WordParagraph p;
  p.runs = {{"Bar", true}, {"riers: ", true}, {"money", false}};
  auto ps = read_docx_paragraphs("n.docx", testing::word_document(std::vector<WordParagraph>{p}));
  ASSERT_TRUE(ps) << ps.error().to_string();
  EXPECT_EQ((*ps)[0].text, "**Barriers:** money");
}

TEST(DocxReader, RefusesADoctypeAndNonWordArchives) {
  const std::string evil = testing::word_document(std::string("<w:p><w:r><w:t>x</w:t></w:r></w:p>"));
  testing::ZipBuilder zip;
  zip.add("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x \"y\">]><d/>");
  auto doctype = read_docx_paragraphs("evil.docx", zip.finish());
  ASSERT_FALSE(doctype);
  EXPECT_NE(doctype.error().to_string().find("evil.docx"), std::string::npos);
  testing::ZipBuilder other;
  other.add("xl/workbook.xml", "<workbook/>");
  auto not_word = read_notes("book.docx", other.finish());
  ASSERT_FALSE(not_word);
  EXPECT_NE(not_word.error().message.find("not a Word document"), std::string::npos);
  EXPECT_TRUE(read_docx_paragraphs("ok.docx", evil));
}

TEST(DocxNotes, WordHeadingsAreSectionsListLevelsAreDepth) {
  const auto rs = word_records(testing::word_document(std::vector<WordParagraph>{
      para("Title", "Workshop"), para("Heading1", "North table"), para("ListParagraph", "a", 0),
      para("ListParagraph", "a1", 1), para("ListParagraph", "b", 0), para("Heading1", "South table"),
      para("ListParagraph", "c", 0)}));
  ASSERT_EQ(rs.size(), 7u);
  EXPECT_EQ(rs[0].kind, NoteKind::title);
  EXPECT_EQ(rs[1].kind, NoteKind::heading);
  EXPECT_EQ(rs[2].section, "North table");  // a Word heading needs no question line under it
  EXPECT_EQ(rs[3].parent, rs[2].id);
  EXPECT_EQ(rs[3].depth, 1u);
  EXPECT_EQ(rs[4].depth, 0u);
  EXPECT_EQ(rs[6].section, "South table");
  EXPECT_EQ(rs[6].line, 7u);  // paragraph number
}

TEST(DocxNotes, HeadingFollowedByAHeadingBeforeAnySectionIsATitle) {
  const auto rs = word_records(testing::word_document(std::vector<WordParagraph>{
      para("Heading1", "Quads Learning Event"), para("Heading2", "North"), para("ListParagraph", "a", 0)}));
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(rs[0].kind, NoteKind::title);
  EXPECT_EQ(rs[2].section, "North");
}

TEST(DocxNotes, AnEmptyListParagraphIsASeparator) {
  const auto rs = word_records(testing::word_document(std::vector<WordParagraph>{
      para("Heading1", "North"), para("ListParagraph", "a", 0), para("ListParagraph", "", 0),
      para("ListParagraph", "b", 0)}));
  ASSERT_EQ(rs.size(), 4u);
  EXPECT_EQ(rs[1].group, 1u);
  EXPECT_EQ(rs[2].kind, NoteKind::text);
  EXPECT_EQ(rs[3].group, 2u);
}

TEST(DocxNotes, ALineBreakInsideABulletIsAContinuation) {
  const auto rs = word_records(testing::word_document(std::vector<WordParagraph>{
      para("Heading1", "North"), para("ListParagraph", "Monthly story circle:\nTen minutes, one story.", 0)}));
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[1].text, "Monthly story circle:\nTen minutes, one story.");
  EXPECT_EQ(rs[1].line, 2u);
}

TEST(DocxNotes, TableRowsBecomeNotesUnderTheirColumnHeaders) {
  auto cell = [](const std::string& xml) { return "<w:tc>" + xml + "</w:tc>"; };
  auto p = [](const std::string& text) { return testing::word_paragraph_xml(para("", text)); };
  const std::string table = "<w:tbl>"
                            "<w:tr>" + cell(p("What helps")) + cell(p("What gets in the way")) + "</w:tr>"
                            "<w:tr>" + cell(p("Named workers")) + cell(p("- Waiting lists") + p("- Forms")) + "</w:tr>"
                            "<w:tr>" + cell(p("Peer support")) + cell(p("")) + "</w:tr>"
                            "</w:tbl>";
  const auto rs = word_records(testing::word_document(testing::word_paragraph_xml(para("Heading1", "North")) + table));
  ASSERT_EQ(rs.size(), 7u);
  EXPECT_EQ(rs[1].kind, NoteKind::heading);
  EXPECT_EQ(rs[1].text, "What helps");
  EXPECT_EQ(rs[3].text, "Named workers");
  EXPECT_EQ(rs[3].heading, "What helps");
  EXPECT_EQ(rs[3].kind, NoteKind::note);
  EXPECT_EQ(rs[4].text, "Waiting lists");
  EXPECT_EQ(rs[4].heading, "What gets in the way");
  EXPECT_EQ(rs[5].text, "Forms");
  EXPECT_EQ(rs[3].group, rs[5].group);  // one row, one round
  EXPECT_EQ(rs[6].text, "Peer support");
  EXPECT_EQ(*rs[6].group, *rs[3].group + 1);
  EXPECT_EQ(rs[6].section, "North");
}

// The Word version of a notes file gives exactly the text version's records.
void expect_word_version_matches(const std::string& path) {
  const std::string bytes = testing::read_text(path);
  auto text_doc = read_text_notes(path, bytes);
  ASSERT_TRUE(text_doc) << text_doc.error().to_string();
  auto decoded = decode_text(bytes, Location{path});
  ASSERT_TRUE(decoded);
  auto word_doc = read_notes(path + ".docx", testing::word_version_of(decoded->text));
  ASSERT_TRUE(word_doc) << word_doc.error().to_string();
  EXPECT_EQ(word_doc->container, "docx");
  EXPECT_EQ(as_json(word_doc->records), as_json(text_doc->records));
}

TEST(DocxNotes, WordVersionOfTheSharedSampleGivesTheSameRecords) {
  const std::string path = testing::source_dir() + "/tests/data/notes/workshop-table-notes.txt";
  ASSERT_TRUE(std::ifstream(path)) << path;
  expect_word_version_matches(path);
}

TEST(DocxNotes, WordVersionsOfTheProjectSamplesGiveTheSameRecords) {
  expect_word_version_matches(testing::sample("notes/carers-forum-notes.txt"));
  expect_word_version_matches(testing::sample("notes/school-leaders-workshop.md"));
}

}  // namespace
}  // namespace canvass
