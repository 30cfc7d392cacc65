// The report's notes section: per section its question, notes grouped by heading, and its
// summary; duplicates once, separators never; HTML escaped and nested by depth.
#include <gtest/gtest.h>

#include <sstream>

#include "notes/text_notes.hpp"
#include "report/notes_section.hpp"

namespace canvass {
namespace {

NoteDocument doc_of(const std::string& text) {
  auto doc = read_text_notes("/tmp/table-notes.txt", text);
  EXPECT_TRUE(doc) << doc.error().to_string();
  return doc ? *doc : NoteDocument{};
}

const char* kNotes =
    "Workshop\n\nNorth\nQuestion - What helps?\n- Named workers\n  - Same one <each> visit\n- Named workers\n-\n"
    "Holding us back:\n- Waiting lists\n\nSummary of Key Insights\n- Relationships first\n";

std::string markdown(const std::string& text) {
  std::ostringstream out;
  write_notes_markdown(out, {doc_of(text)});
  return out.str();
}

std::string html(const std::string& text) {
  std::ostringstream out;
  write_notes_html(out, {doc_of(text)});
  return out.str();
}

std::size_t occurrences(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

TEST(NotesSection, MarkdownShowsQuestionNotesByHeadingAndSummary) {
  const std::string md = markdown(kNotes);
  EXPECT_EQ(md,
            "## Focus-group notes\n\n"
            "11 note records from 1 file; 1 copy-paste duplicates shown once.\n\n"
            "*From table-notes.txt (Workshop)*\n\n"
            "### North\n\n"
            "**Question:** What helps?\n\n"
            "- Named workers\n"
            "  - Same one \\<each\\> visit\n\n"  // raw HTML is shown as text, never run
            "**Holding us back**\n\n"
            "- Waiting lists\n\n"
            "**Summary of Key Insights**\n\n"
            "- Relationships first\n\n");
}

TEST(NotesSection, HtmlEscapesNestsAndLeavesOutDuplicatesAndSeparators) {
  const std::string h = html(kNotes);
  EXPECT_NE(h.find("<h3>North</h3>"), std::string::npos);
  EXPECT_NE(h.find("<strong>Question:</strong> What helps?"), std::string::npos);
  EXPECT_NE(h.find("<ul><li>Named workers<ul><li>Same one &lt;each&gt; visit</li></ul></li></ul>"), std::string::npos) << h;
  EXPECT_EQ(occurrences(h, "Named workers"), 1u);
  EXPECT_NE(h.find("<h4>Holding us back</h4>"), std::string::npos);
  EXPECT_NE(h.find("<div class=\"summary\">\n<h4>Summary of Key Insights</h4>"), std::string::npos);
  EXPECT_EQ(h.find("<li>-</li>"), std::string::npos);
}

TEST(NotesSection, EachQuestionOfASectionHasItsOwnBlock) {
  const std::string md = markdown("North\nQ1. First?\n- a\nQ2. Second?\n- b\n");
  const auto first = md.find("**Question:** First?"), a = md.find("- a"), second = md.find("**Question:** Second?"),
             b = md.find("- b");
  ASSERT_NE(second, std::string::npos);
  EXPECT_LT(first, a);
  EXPECT_LT(a, second);
  EXPECT_LT(second, b);
}

TEST(NotesSection, ContinuationLinesStayInTheirItem) {
  const std::string md = markdown("North\nQ: q\n- Monthly circle:\nTen minutes.\n  - Rotate\n");
  EXPECT_NE(md.find("- Monthly circle:\n  Ten minutes.\n  - Rotate\n"), std::string::npos) << md;
  const std::string h = html("North\nQ: q\n- Monthly circle:\nTen minutes.\n");
  EXPECT_NE(h.find("<li>Monthly circle:<br>Ten minutes.</li>"), std::string::npos) << h;
}

}  // namespace
}  // namespace canvass
