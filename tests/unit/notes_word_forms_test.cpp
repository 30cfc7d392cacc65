// The same table notes written as plain text, as Markdown and as Word documents made the
// ways facilitators make them (heading styles, bold paragraphs, list styles with levels,
// bullets typed as characters, a table of points, tracked changes and comments) give the
// same note records, line numbers aside.
#include <gtest/gtest.h>

#include <sstream>

#include "notes/read_notes.hpp"
#include "notes_word_fixture.hpp"
#include "report/note_records.hpp"

namespace canvass {
namespace {

// One piece of the notes, written the way each form writes it.
struct Piece {
  enum Kind { title, section, question, label, bullet, separator, summary_heading, summary_text } kind;
  std::string text;
  int level = 0;  // bullets: nesting
};

// A workshop's notes with every kind of line: title, two tables (sections) with their
// questions, nested bullets, a round closed by a separator, labels, a summary block.
const std::vector<Piece> kNotes = {
    {Piece::title, "Community Learning Day \xE2\x80\x93 Table Notes"},
    {Piece::section, "Table 1 \xE2\x80\x93 Rural Services"},
    {Piece::question, "What makes it hard to reach families in rural areas?"},
    {Piece::bullet, "Transport \xE2\x80\x93 one bus a day in some villages"},
    {Piece::bullet, "Families cannot get to evening sessions", 1},
    {Piece::bullet, "Staff mileage not paid on time", 1},
    {Piece::bullet, "Broadband too patchy for video calls"},
    {Piece::separator, ""},
    {Piece::label, "What would help"},
    {Piece::bullet, "Outreach days in village halls"},
    {Piece::bullet, "Shared rota with health visitors"},
    {Piece::bullet, "One named contact per family", 1},
    {Piece::summary_heading, "Key points"},
    {Piece::summary_text, "Transport and time were raised by everyone at the table."},
    {Piece::section, "Table 2 \xE2\x80\x93 Schools"},
    {Piece::question, "How do schools and services work together?"},
    {Piece::bullet, "Joint training days once a term"},
    {Piece::bullet, "Information sharing still slow"},
    {Piece::bullet, "Different consent forms in each service", 1},
    {Piece::label, "Barriers"},
    {Piece::bullet, "Staff turnover"},
    {Piece::bullet, "Workload at the end of term"},
};

std::string as_text() {
  std::string out;
  for (const Piece& p : kNotes) {
    switch (p.kind) {
      case Piece::title: out += p.text + "\n\n"; break;
      case Piece::section: out += "\n" + p.text + "\n"; break;
      case Piece::question: out += "Question - " + p.text + "\n\n"; break;
      case Piece::label: out += "\n" + p.text + ":\n"; break;
      case Piece::bullet: out += std::string(2 * p.level, ' ') + "- " + p.text + "\n"; break;
      case Piece::separator: out += "-\n"; break;
      case Piece::summary_heading: out += "\n" + p.text + "\n"; break;
      case Piece::summary_text: out += p.text + "\n"; break;
    }
  }
  return out;
}

std::string as_markdown() {
  std::string out;
  for (const Piece& p : kNotes) {
    switch (p.kind) {
      case Piece::title: out += "# " + p.text + "\n\n"; break;
      case Piece::section: out += "\n## " + p.text + "\n\n"; break;
      case Piece::question: out += "**Question:** " + p.text + "\n\n"; break;
      case Piece::label: out += "\n**" + p.text + ":**\n"; break;
      case Piece::bullet: out += std::string(2 * p.level, ' ') + "* " + p.text + "\n"; break;
      case Piece::separator: out += "-\n"; break;
      case Piece::summary_heading: out += "\n### " + p.text + "\n\n"; break;
      case Piece::summary_text: out += p.text + "\n"; break;
    }
  }
  return out;
}

std::string paragraph(const std::string& style, const std::string& text, std::optional<int> level = std::nullopt) {
  return testing::word_paragraph_xml({style, level, testing::runs_of(text)});
}

// A paragraph with its own left indent (twips) and no style: how typed bullets nest.
std::string indented(const std::string& text, int twips) {
  return "<w:p><w:pPr><w:ind w:left=\"" + std::to_string(twips) + "\" w:hanging=\"360\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" +
         testing::xml_escape(text) + "</w:t></w:r></w:p>";
}

enum class WordForm { headings, bold, typed, table, tracked };

// Tracked changes and comments around a bullet's text: an insertion kept, a deletion (with
// a deleted line break) and a formatting change's old style dropped, a comment ignored.
std::string tracked_bullet(const Piece& p) {
  const std::size_t cut = p.text.rfind(' ');  // every bullet here has a space
  const std::string half = p.text.substr(0, cut), rest = p.text.substr(cut);
  auto run = [](const std::string& t) { return "<w:r><w:t xml:space=\"preserve\">" + testing::xml_escape(t) + "</w:t></w:r>"; };
  return "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"" + std::to_string(p.level) +
         "\"/><w:numId w:val=\"1\"/></w:numPr><w:pPrChange w:id=\"9\" w:author=\"A\"><w:pPr><w:pStyle w:val=\"Heading1\"/>"
         "</w:pPr></w:pPrChange></w:pPr>"
         "<w:commentRangeStart w:id=\"1\"/>" + run(half) +
         "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>not what was said </w:delText><w:br/></w:r></w:del>"
         "<w:ins w:id=\"3\" w:author=\"B\">" + run(rest) + "</w:ins><w:commentRangeEnd w:id=\"1\"/>"
         "<w:r><w:commentReference w:id=\"1\"/></w:r>"
         "<w:moveFrom w:id=\"4\" w:author=\"A\"><w:r><w:t>moved away</w:t></w:r></w:moveFrom></w:p>";
}

// A paragraph deleted outright, paragraph mark included: nothing of it remains.
std::string deleted_paragraph() {
  return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:rPr><w:del w:id=\"5\" w:author=\"A\"/></w:rPr></w:pPr>"
         "<w:del w:id=\"6\" w:author=\"A\"><w:r><w:delText>Table 9 \xE2\x80\x93 Cancelled</w:delText></w:r></w:del></w:p>";
}

std::string word_form(WordForm form) {
  std::string body;
  for (std::size_t i = 0; i < kNotes.size(); ++i) {
    const Piece& p = kNotes[i];
    const bool bold = form == WordForm::bold;
    switch (p.kind) {
      case Piece::title: body += paragraph("Title", p.text); break;
      case Piece::section:
        if (form == WordForm::tracked) body += deleted_paragraph();
        body += bold ? paragraph("", "**" + p.text + "**") : paragraph("Heading1", p.text);
        break;
      case Piece::question:
        body += bold ? paragraph("", "**Question - " + p.text + "**") : paragraph("Heading2", "Question - " + p.text);
        break;
      case Piece::label:
        if (form == WordForm::table) {  // the label heads a one-column table, a point a row
          body += "<w:tbl><w:tr><w:tc>" + paragraph("", "**" + p.text + ":**") + "</w:tc></w:tr>";
          bool row_open = false;
          for (; i + 1 < kNotes.size() && kNotes[i + 1].kind == Piece::bullet; ++i) {
            const Piece& b = kNotes[i + 1];
            if (b.level > 0) {
              body += paragraph("ListParagraph", b.text, b.level);
              continue;
            }
            body += std::string(row_open ? "</w:tc></w:tr>" : "") + "<w:tr><w:tc>" + paragraph("", b.text);
            row_open = true;
          }
          if (row_open) body += "</w:tc></w:tr>";
          body += "</w:tbl>";
          break;
        }
        body += bold ? paragraph("", "**" + p.text + ":**") : paragraph("Heading3", p.text + ":");
        break;
      case Piece::bullet:
        if (form == WordForm::bold) body += paragraph(p.level ? "ListBullet2" : "ListBullet", p.text);
        else if (form == WordForm::typed) body += indented((p.level ? "o\t" : "\xE2\x80\xA2\t") + p.text, 720 * (p.level + 1));
        else if (form == WordForm::tracked) body += tracked_bullet(p);
        else body += paragraph("ListParagraph", p.text, p.level);
        break;
      case Piece::separator:
        body += paragraph("", "-");  // a typed dash (an empty list paragraph is one too, but its text is "")
        break;
      case Piece::summary_heading: body += bold ? paragraph("", "**" + p.text + "**") : paragraph("Heading2", p.text); break;
      case Piece::summary_text: body += paragraph("", p.text); break;
    }
  }
  return testing::word_document(body);
}

// The records as JSON with every line number set to 0.
std::string records_of(const std::string& name, const std::string& bytes) {
  auto doc = read_notes(name, bytes);
  EXPECT_TRUE(doc) << name << ": " << doc.error().to_string();
  if (!doc) return {};
  for (auto& r : doc->records) r.line = 0;
  std::ostringstream out;
  write_note_records_json(out, doc->records);
  return out.str();
}

// Names the first record that differs, rather than printing both documents whole.
void expect_same_records(const std::string& got, const std::string& want, const std::string& form) {
  std::istringstream a(got), b(want);
  std::string la, lb;
  for (int n = 1; std::getline(b, lb); ++n) {
    if (!std::getline(a, la)) la = "(no more records)";
    ASSERT_EQ(la, lb) << "Word form " << form << ", line " << n << " of the JSON";
  }
  EXPECT_FALSE(std::getline(a, la)) << "Word form " << form << " has more records: " << la;
}

TEST(NotesWordForms, TextAndMarkdownGiveTheSameRecords) {
  const std::string text = records_of("notes.txt", as_text());
  EXPECT_NE(text.find("\"question\":\"What makes it hard to reach families in rural areas?\""), std::string::npos) << text;
  EXPECT_NE(text.find("\"kind\":\"summary\""), std::string::npos) << text;
  EXPECT_EQ(records_of("notes.md", as_markdown()), text);
}

TEST(NotesWordForms, EveryWordFormGivesTheTextRecords) {
  const std::string text = records_of("notes.txt", as_text());
  for (auto [form, name] : std::vector<std::pair<WordForm, const char*>>{{WordForm::headings, "headings"},
                                                                          {WordForm::bold, "bold"},
                                                                          {WordForm::typed, "typed"},
                                                                          {WordForm::table, "table"},
                                                                          {WordForm::tracked, "tracked"}})
    expect_same_records(records_of(std::string(name) + ".docx", word_form(form)), text, name);
}

TEST(NotesWordForms, AQuestionInAHeadingStyleIsTheSectionsQuestion) {
  const std::string docx = testing::word_document(paragraph("Heading1", "Northfield") +
                                                  paragraph("Heading2", "Question - How do you prioritise?") +
                                                  paragraph("ListParagraph", "Cases first", 0));
  auto doc = read_notes("q.docx", docx);
  ASSERT_TRUE(doc);
  ASSERT_EQ(doc->records.size(), 3u);
  EXPECT_EQ(doc->records[1].kind, NoteKind::question);
  EXPECT_EQ(doc->records[2].question, "How do you prioritise?");
  EXPECT_EQ(doc->records[2].section, "Northfield");
}

// A row whose first cell is empty still starts a round, and a cell's bullets never nest
// under the cell before them.
TEST(NotesWordForms, ARowStartsAtItsFirstTextEvenAfterAnEmptyCell) {
  auto cell = [](const std::string& xml) { return "<w:tc>" + xml + "</w:tc>"; };
  const std::string table = "<w:tbl><w:tr>" + cell(paragraph("", "Helps")) + cell(paragraph("", "Hinders")) + "</w:tr>"
                            "<w:tr>" + cell(paragraph("", "- Named workers")) + cell(paragraph("", "- Waiting")) + "</w:tr>"
                            "<w:tr>" + cell(paragraph("", "")) + cell(paragraph("", "- Forms")) + "</w:tr></w:tbl>";
  auto doc = read_notes("t.docx", testing::word_document(paragraph("Heading1", "North") + table));
  ASSERT_TRUE(doc);
  const auto& rs = doc->records;
  ASSERT_EQ(rs.size(), 6u);
  EXPECT_EQ(rs[4].text, "Waiting");
  EXPECT_EQ(rs[4].depth, 0u);  // not under "Named workers"
  EXPECT_EQ(rs[5].text, "Forms");
  EXPECT_EQ(*rs[5].group, *rs[4].group + 1);
}

// A text box (a facilitator's sticky note) is a paragraph inside a run of another: both are
// kept, the box first, and the paragraph around it loses nothing.
TEST(NotesWordForms, ATextBoxInsideAParagraphLosesNothing) {
  const std::string box = "<w:r><w:drawing><wp:inline xmlns:wp=\"urn:wp\"><w:txbxContent>"
                          "<w:p><w:r><w:t>- Bring the council in</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>";
  const std::string para = "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/>"
                           "</w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">Waiting lists </w:t></w:r>" + box +
                           "<w:r><w:t>too long</w:t></w:r></w:p>";
  auto doc = read_notes("box.docx", testing::word_document(paragraph("Heading1", "North") + para));
  ASSERT_TRUE(doc) << doc.error().to_string();
  ASSERT_EQ(doc->records.size(), 3u);
  EXPECT_EQ(doc->records[1].text, "Bring the council in");
  EXPECT_EQ(doc->records[2].text, "Waiting lists too long");
  EXPECT_EQ(doc->records[2].kind, NoteKind::note);
}

// A list style of the writer's own numbers its paragraphs through styles.xml (the
// paragraphs carry no numPr): they are bullets at the style's level; numId 0 turns it off.
TEST(NotesWordForms, ACustomListStyleNumbersItsParagraphs) {
  const std::string docx_body = paragraph("Heading1", "North") + paragraph("Heading2", "Question - Why?") +
                          paragraph("BulletPoints", "Waiting lists") +
                          "<w:p><w:pPr><w:pStyle w:val=\"BulletPoints\"/><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr>"
                          "<w:r><w:t>Rural areas wait longest</w:t></w:r></w:p>"
                          "<w:p><w:pPr><w:pStyle w:val=\"BulletPoints\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr>"
                          "<w:r><w:t>Not a bullet any more</w:t></w:r></w:p>";
  // The fixture's styles.xml knows no BulletPoints: this one numbers its paragraphs.
  testing::ZipBuilder zip;
  const std::string ns = testing::kWordNs;
  zip.add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
  zip.add("word/styles.xml", "<?xml version=\"1.0\"?><w:styles xmlns:w=\"" + ns + "\">"
          "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
          "<w:style w:type=\"paragraph\" w:styleId=\"BulletPoints\"><w:name w:val=\"Bullet points\"/>"
          "<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style></w:styles>");
  zip.add("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + ns + "\"><w:body>" + docx_body +
          "</w:body></w:document>");
  auto doc = read_notes("styled.docx", zip.finish());
  ASSERT_TRUE(doc) << doc.error().to_string();
  const auto& rs = doc->records;
  ASSERT_EQ(rs.size(), 4u);
  EXPECT_EQ(rs[2].kind, NoteKind::note);
  EXPECT_EQ(rs[2].text, "Waiting lists");
  EXPECT_EQ(rs[3].kind, NoteKind::note);
  EXPECT_EQ(rs[3].depth, 1u);
  EXPECT_EQ(rs[3].parent, rs[2].id);
  // numId 0 turns the style's numbering off: a line without a mark under a bullet continues it
  EXPECT_EQ(rs[3].text, "Rural areas wait longest\nNot a bullet any more");
}

// A one-column table without a header row is points from its first row on, under the label
// in force; the text version gives the same records.
TEST(NotesWordForms, AOneColumnTableWithoutAHeaderIsPointsFromItsFirstRow) {
  auto row = [](const std::string& text) { return "<w:tr><w:tc>" + paragraph("", text) + "</w:tc></w:tr>"; };
  const std::string body = paragraph("Heading1", "North") + paragraph("", "Question - Why?") + paragraph("", "Barriers:") +
                           "<w:tbl>" + row("Waiting lists") + row("Forms too long") + "</w:tbl>";
  const std::string word = records_of("t.docx", testing::word_document(body));
  EXPECT_EQ(word, records_of("t.txt", "North\nQuestion - Why?\nBarriers:\n- Waiting lists\n- Forms too long\n"));
  EXPECT_NE(word.find("\"heading\":\"Barriers\",\"group\":1,\"depth\":0,\"parent\":null,\"text\":\"Waiting lists\""),
            std::string::npos) << word;
}

TEST(NotesWordForms, ANumberedHeadingIsStillASection) {
  const std::string docx = testing::word_document(paragraph("Heading1", "1. North Locality") +
                                                  paragraph("ListParagraph", "Cases first", 0));
  auto doc = read_notes("n.docx", docx);
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->records[0].kind, NoteKind::heading);
  EXPECT_EQ(doc->records[1].section, "1. North Locality");
}

}  // namespace
}  // namespace canvass
