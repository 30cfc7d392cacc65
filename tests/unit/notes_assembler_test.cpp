// The notes assembler, one rule at a time, on small texts written for each rule; and the
// text reader's decoding, line numbering and refusal of what is not text.
#include <gtest/gtest.h>

#include <set>

#include "notes/note_assembler.hpp"
#include "notes/text_notes.hpp"

namespace canvass {
namespace {

std::vector<NoteRecord> records(const std::string& text) {
  auto doc = read_text_notes("t.txt", text);
  EXPECT_TRUE(doc) << doc.error().to_string();
  return doc ? doc->records : std::vector<NoteRecord>{};
}

const NoteRecord* find(const std::vector<NoteRecord>& rs, const std::string& text) {
  for (const auto& r : rs)
    if (r.text == text) return &r;
  ADD_FAILURE() << "no record with text " << text;
  static NoteRecord none;
  return &none;
}

TEST(NotesAssembler, TitleLinesComeBeforeTheFirstSection) {
  const auto rs = records("Workshop 2026\nTable notes\n\nNorth Table\nQuestion - Why?\n- Because\n");
  ASSERT_EQ(rs.size(), 5u);
  EXPECT_EQ(rs[0].kind, NoteKind::title);
  EXPECT_EQ(rs[1].kind, NoteKind::title);
  EXPECT_FALSE(rs[0].section);
  EXPECT_EQ(rs[2].kind, NoteKind::heading);
  EXPECT_EQ(rs[2].section, "North Table");
}

TEST(NotesAssembler, ASectionHeadingIsALineFollowedByAQuestionLine) {
  const auto rs = records("Title\n\nNorth Table\n\nQ1. Why?\n- a\nSouth Table\nQuestion: How?\n- b\n");
  const NoteRecord* south = find(rs, "South Table");
  EXPECT_EQ(south->kind, NoteKind::heading);  // not a continuation of "- a": a question follows
  EXPECT_EQ(south->section, "South Table");
  EXPECT_FALSE(south->question);
  const NoteRecord* b = find(rs, "b");
  EXPECT_EQ(b->section, "South Table");
  EXPECT_EQ(b->question, "How?");
  EXPECT_EQ(find(rs, "a")->question, "Why?");
}

TEST(NotesAssembler, AMarkdownHeadingIsASectionHeadingAndTheFirstOfSeveralATitle) {
  const auto rs = records("# Workshop\n\n## North\n- a\n## South\n- b\n");
  EXPECT_EQ(find(rs, "Workshop")->kind, NoteKind::title);
  EXPECT_EQ(find(rs, "North")->kind, NoteKind::heading);
  EXPECT_EQ(find(rs, "a")->section, "North");
  EXPECT_EQ(find(rs, "b")->section, "South");
}

TEST(NotesAssembler, QuestionRecordsCarryTheQuestion) {
  const auto rs = records("North\nQuestion - What helps?\n- a\n");
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(rs[1].kind, NoteKind::question);
  EXPECT_EQ(rs[1].text, "What helps?");
  EXPECT_EQ(rs[1].question, "What helps?");
  EXPECT_EQ(rs[2].question, "What helps?");
}

TEST(NotesAssembler, DepthAndParentFollowIndentation) {
  const auto rs = records("S\nQ: q\n- a\n  - b\n    - c\n  - d\n- e\n\t- f\n");
  const auto& a = *find(rs, "a"); const auto& b = *find(rs, "b"); const auto& c = *find(rs, "c");
  const auto& d = *find(rs, "d"); const auto& e = *find(rs, "e"); const auto& f = *find(rs, "f");
  EXPECT_EQ(a.depth, 0u); EXPECT_FALSE(a.parent);
  EXPECT_EQ(b.depth, 1u); EXPECT_EQ(b.parent, a.id);
  EXPECT_EQ(c.depth, 2u); EXPECT_EQ(c.parent, b.id);
  EXPECT_EQ(d.depth, 1u); EXPECT_EQ(d.parent, a.id);
  EXPECT_EQ(e.depth, 0u); EXPECT_FALSE(e.parent);
  EXPECT_EQ(f.depth, 1u); EXPECT_EQ(f.parent, e.id);
}

TEST(NotesAssembler, NumberedAndLetteredItemsNest) {
  const auto rs = records("S\nQ1. q\n1. One\n\ta) Sub a\n\tb) Sub b\n2. Two\n");
  EXPECT_EQ(find(rs, "Sub a")->parent, find(rs, "One")->id);
  EXPECT_EQ(find(rs, "Sub b")->depth, 1u);
  EXPECT_EQ(find(rs, "Two")->depth, 0u);
}

TEST(NotesAssembler, SeparatorsCloseARoundAndAreKeptAsText) {
  const auto rs = records("S\nQ: q\n- a\n-\n- b\n\xE2\x80\x93\n- c\n");
  EXPECT_EQ(find(rs, "a")->group, 1u);
  EXPECT_EQ(find(rs, "b")->group, 2u);
  EXPECT_EQ(find(rs, "c")->group, 3u);
  const auto& sep = *find(rs, "-");
  EXPECT_EQ(sep.kind, NoteKind::text);
  EXPECT_EQ(sep.group, 1u);
  EXPECT_FALSE(sep.duplicate_of);
  EXPECT_FALSE(find(rs, "\xE2\x80\x93")->duplicate_of);  // separators are never duplicates
}

TEST(NotesAssembler, BlankLinesDoNotCloseARound) {
  const auto rs = records("S\nQ: q\n- a\n\n- b\n");
  EXPECT_EQ(find(rs, "b")->group, 1u);
}

TEST(NotesAssembler, ALabelHeadsTheBulletsUnderItUntilTheRoundEnds) {
  const auto rs = records("S\nQ: q\n- before\nHolding us back:\n\n- a\n  - a1\nWhat helps:\n- b\n-\n- after\n");
  EXPECT_FALSE(find(rs, "before")->heading);
  const auto& label = *find(rs, "Holding us back:");
  EXPECT_EQ(label.kind, NoteKind::heading);
  EXPECT_EQ(label.heading, "Holding us back");
  EXPECT_EQ(find(rs, "a")->heading, "Holding us back");
  EXPECT_EQ(find(rs, "a1")->heading, "Holding us back");
  EXPECT_EQ(find(rs, "b")->heading, "What helps");
  EXPECT_FALSE(find(rs, "after")->heading);
  EXPECT_EQ(find(rs, "after")->group, 2u);
}

TEST(NotesAssembler, BoldLabels) {
  const auto rs = records("S\nQ: q\n**Barriers:**\n- a\n");
  EXPECT_EQ(find(rs, "Barriers:")->kind, NoteKind::heading);
  EXPECT_EQ(find(rs, "a")->heading, "Barriers");
}

TEST(NotesAssembler, SummaryBlocksHoldSummaryRecords) {
  const auto rs = records(
      "S\nQ: q\n- a\n\nSummary of Key Insights\n\n- First insight.\nA paragraph.\n  - detail\n"
      "**Funding**\nPilots end too soon.\n\nT\nQ: r\n- b\n");
  const auto& head = *find(rs, "Summary of Key Insights");
  EXPECT_EQ(head.kind, NoteKind::heading);
  EXPECT_FALSE(head.group);
  const auto& first = *find(rs, "First insight.\nA paragraph.");  // a continuation line
  EXPECT_EQ(first.kind, NoteKind::summary);
  EXPECT_EQ(first.heading, "Summary of Key Insights");
  EXPECT_FALSE(first.group);
  EXPECT_EQ(find(rs, "detail")->kind, NoteKind::summary);
  EXPECT_EQ(find(rs, "detail")->parent, first.id);
  EXPECT_EQ(find(rs, "Funding")->kind, NoteKind::heading);
  EXPECT_EQ(find(rs, "Pilots end too soon.")->kind, NoteKind::summary);
  EXPECT_EQ(find(rs, "Pilots end too soon.")->heading, "Funding");
  EXPECT_EQ(find(rs, "b")->kind, NoteKind::note);  // the next section ends the summary
}

TEST(NotesAssembler, KeyThemesAndKeyPointsStartSummaries) {
  for (const char* heading : {"Key themes", "Key points:", "**Summary**"}) {
    const auto rs = records(std::string("S\nQ: q\n- a\n") + heading + "\n- theme\n");
    EXPECT_EQ(find(rs, "theme")->kind, NoteKind::summary) << heading;
  }
}

TEST(NotesAssembler, ContinuationLinesJoinTheBulletAbove) {
  const auto rs = records("S\nQ: q\n- Monthly circle:\nTen minutes, one story.\n  and one question\n\nLater remark\n");
  ASSERT_EQ(rs.size(), 4u);
  EXPECT_EQ(rs[2].text, "Monthly circle:\nTen minutes, one story.\nand one question");
  EXPECT_EQ(rs[2].line, 3u);
  EXPECT_EQ(rs[3].kind, NoteKind::text);  // after a blank line: a paragraph of its own
  EXPECT_EQ(rs[3].text, "Later remark");
}

TEST(NotesAssembler, ArrowsAreBulletsWithinTextTheyStay) {
  const auto rs = records("S\nQ: q\n- a\n  - b\n\xE2\x86\x92 Turning stories into action\n- Check in \xE2\x86\x92 out\n");
  const auto& arrow = *find(rs, "Turning stories into action");
  EXPECT_EQ(arrow.kind, NoteKind::note);
  EXPECT_EQ(arrow.depth, 0u);
  EXPECT_EQ(find(rs, "Check in \xE2\x86\x92 out")->kind, NoteKind::note);
}

TEST(NotesAssembler, DuplicatesFoldCaseSpacesQuotesAndDashesWithinASection) {
  const auto rs = records(
      "S\nQ: q\n- Share frameworks \xE2\x80\x93 buy-in\n- share  FRAMEWORKS - buy-in\n"
      "- \xE2\x80\x9CThey don\xE2\x80\x99t call\xE2\x80\x9D\n- \"They don't call\"\n"
      "T\nQ: q\n- Share frameworks - buy-in\n");
  ASSERT_EQ(rs.size(), 9u);
  EXPECT_EQ(rs[3].duplicate_of, rs[2].id);
  EXPECT_EQ(rs[5].duplicate_of, rs[4].id);
  EXPECT_EQ(rs[8].text, "Share frameworks - buy-in");
  EXPECT_FALSE(rs[8].duplicate_of);  // another section
  EXPECT_EQ(rs[3].text, "share  FRAMEWORKS - buy-in");  // flagged, never changed or dropped
}

TEST(NotesAssembler, ASectionPastedTwiceIsFlagged) {
  const auto rs = records("North\nQ: q\n- a\nNorth\nQ: q\n- a\n");
  ASSERT_EQ(rs.size(), 6u);
  EXPECT_EQ(rs[3].duplicate_of, 1u);
  EXPECT_EQ(rs[5].duplicate_of, 3u);
}

TEST(NotesAssembler, EveryNonBlankLineIsInSomeRecord) {
  const std::string text =
      "T\n\nS\nQ: q\n- a\ncontinued\n-\nLabel:\n  \xE2\x80\xA2 b#\n**Bold**\nSummary\nx\n\n  stray\n#\n";
  const auto rs = records(text);
  std::set<std::size_t> lines;
  std::size_t n = 0;
  for (const auto& r : rs) {
    std::size_t pieces = 1;
    for (char ch : r.text) pieces += ch == '\n';
    for (std::size_t k = 0; k < pieces; ++k) lines.insert(r.line + k);  // continuation lines follow their bullet
  }
  for (const auto& l : split_note_lines(text)) {
    ++n;
    if (l.text.find_first_not_of(" \t") != std::string::npos) {
      EXPECT_TRUE(lines.count(l.number)) << "line " << l.number;
    }
  }
  EXPECT_EQ(n, 15u);
}

TEST(NotesAssembler, IdsRunFromOneInOrder) {
  const auto rs = records("S\nQ: q\n- a\n- b\n");
  for (std::size_t i = 0; i < rs.size(); ++i) EXPECT_EQ(rs[i].id, i + 1);
}

TEST(NotesTextReader, LinesEndInCrlfLfOrCr) {
  const auto lines = split_note_lines("a\r\nb\nc\rd");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1].text, "b");
  EXPECT_EQ(lines[3].number, 4u);
  const auto rs = records("S\r\nQ: q\r\n- a\r\n\r\n- b\r\n");
  EXPECT_EQ(find(rs, "b")->line, 5u);
}

TEST(NotesTextReader, Windows1252CurlyQuotesAreDecoded) {
  auto doc = read_text_notes("w.txt", "S\r\nQ: q\r\n\x95 \x93We\x92re heard\x94 \x96 at last\r\n");
  ASSERT_TRUE(doc) << doc.error().to_string();
  EXPECT_EQ(doc->encoding, "windows-1252");
  ASSERT_EQ(doc->records.size(), 3u);
  EXPECT_EQ(doc->records[2].text, "\xE2\x80\x9CWe\xE2\x80\x99re heard\xE2\x80\x9D \xE2\x80\x93 at last");
}

TEST(NotesTextReader, BinaryFilesFailWithOneLineNamingThem) {
  for (const std::string& bytes : {std::string("PK\x03\x04\x00\x00garbage", 14), std::string("abc\x01\x02" "def"),
                                   std::string("\xFF\xFE\x00\xD8", 4)}) {
    auto doc = read_text_notes("odd.bin", bytes);
    ASSERT_FALSE(doc);
    const std::string line = doc.error().to_string();
    EXPECT_EQ(line.rfind("odd.bin", 0), 0u) << line;
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    EXPECT_NE(line.find("not a text file"), std::string::npos) << line;
  }
}

}  // namespace
}  // namespace canvass
