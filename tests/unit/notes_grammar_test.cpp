// The notes grammar, one rule at a time: each line kind with its attributes.
#include <gtest/gtest.h>

#include "notes/notes.hpp"

namespace canvass::grammar {
namespace {

NoteLine c(const std::string& line) { return classify_note_line(line); }

TEST(NotesGrammar, BlankLines) {
  EXPECT_EQ(c("").kind, NoteLineKind::blank);
  EXPECT_EQ(c(" \t ").kind, NoteLineKind::blank);
  EXPECT_EQ(c("\xC2\xA0").kind, NoteLineKind::blank);  // a no-break space alone
}

TEST(NotesGrammar, QuestionLinesInEveryWrittenForm) {
  for (const char* line : {"Question - What helps?", "Question: What helps?", "question \xE2\x80\x93 What helps?",
                           "Q: What helps?", "Q1. What helps?", "Q 2: What helps?", "Question 3 - What helps?",
                           "QUESTION:What helps?"}) {
    const NoteLine l = c(line);
    EXPECT_EQ(l.kind, NoteLineKind::question) << line;
    EXPECT_EQ(l.text, "What helps?") << line;
  }
}

TEST(NotesGrammar, WordsThatStartLikeAQuestionAreNotOne) {
  EXPECT_EQ(c("Quads Learning Event- March 2026").kind, NoteLineKind::plain);
  EXPECT_EQ(c("Questions to consider:").kind, NoteLineKind::label);
  EXPECT_EQ(c("Question").kind, NoteLineKind::plain);
  EXPECT_EQ(c("Question -").kind, NoteLineKind::plain);  // no question after the dash
}

TEST(NotesGrammar, BulletMarksAndTheirText) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"- Funding", "-"},          {"\xE2\x80\x93 Funding", "\xE2\x80\x93"}, {"\xE2\x80\xA2 Funding", "\xE2\x80\xA2"},
      {"\xE2\x80\xA2" "Funding", "\xE2\x80\xA2"}, {"\xC2\xB7 Funding", "\xC2\xB7"}, {"* Funding", "*"},
      {"o Funding", "o"},          {"\xE2\x96\xAA Funding", "\xE2\x96\xAA"}, {"\xE2\x86\x92 Funding", "\xE2\x86\x92"},
      {"1. Funding", "1."},        {"12) Funding", "12)"},                   {"a) Funding", "a)"},
      {"(b) Funding", "(b)"},      {"-Funding", "-"}};
  for (const auto& [line, mark] : cases) {
    const NoteLine l = c(line);
    EXPECT_EQ(l.kind, NoteLineKind::bullet) << line;
    EXPECT_EQ(l.mark, mark) << line;
    EXPECT_EQ(l.text, "Funding") << line;
  }
}

TEST(NotesGrammar, LinesThatOnlyLookLikeBullets) {
  EXPECT_EQ(c("older people").kind, NoteLineKind::plain);    // "o" needs a space after it
  EXPECT_EQ(c("-5 degrees outside").kind, NoteLineKind::plain);
  EXPECT_EQ(c("2026 budget").kind, NoteLineKind::plain);
  EXPECT_EQ(c("(Optional) Wednesdays").kind, NoteLineKind::plain);
  EXPECT_EQ(c("**Availability**").kind, NoteLineKind::label);  // bold, not a "*" bullet
}

TEST(NotesGrammar, IndentCountsColumnsWithTabsAsFour) {
  EXPECT_EQ(c("- a").indent, 0u);
  EXPECT_EQ(c(" - a").indent, 1u);
  EXPECT_EQ(c("    - a").indent, 4u);
  EXPECT_EQ(c("\t- a").indent, 4u);
  EXPECT_EQ(c("  \t- a").indent, 4u);  // a tab moves to the next tab stop
  EXPECT_EQ(c("\t\t\xE2\x80\xA2 a").indent, 8u);
}

TEST(NotesGrammar, SeparatorIsALineHoldingOnlyAMark) {
  for (const char* line : {"-", " - ", "\xE2\x80\x93", "\xE2\x80\xA2", "---", "***", "o"}) {
    const NoteLine l = c(line);
    EXPECT_EQ(l.kind, NoteLineKind::separator) << line;
  }
  EXPECT_EQ(c("-").text, "-");
}

TEST(NotesGrammar, LabelsEndInAColonOrAreWhollyBold) {
  const NoteLine a = c("Holding us back:");
  EXPECT_EQ(a.kind, NoteLineKind::label);
  EXPECT_EQ(a.label, "Holding us back");
  EXPECT_EQ(a.text, "Holding us back:");
  const NoteLine b = c("**Barriers:**");
  EXPECT_EQ(b.kind, NoteLineKind::label);
  EXPECT_EQ(b.label, "Barriers");
  EXPECT_EQ(b.text, "Barriers:");
  EXPECT_EQ(c("**Barriers**:").label, "Barriers");
  EXPECT_EQ(c("**Relationships first**").label, "Relationships first");
  EXPECT_EQ(c("What **really** gets in the way:").label, "What really gets in the way");
}

TEST(NotesGrammar, ASentenceEndingInAColonIsNotALabel) {
  EXPECT_EQ(c("The table agreed. Key points include:").kind, NoteLineKind::plain);
  EXPECT_EQ(c("Holding us back: money and time").kind, NoteLineKind::plain);
}

TEST(NotesGrammar, SummaryHeadings) {
  for (const char* line : {"Summary", "Summary of Key Insights", "summary of key insights:", "Key points",
                           "Key themes:", "**Key themes**", "**Summary:**", "KEY INSIGHTS"}) {
    EXPECT_EQ(c(line).kind, NoteLineKind::summary_heading) << line;
    EXPECT_TRUE(is_summary_heading(line)) << line;
  }
  EXPECT_EQ(c("Summary of Key Insights").label, "Summary of Key Insights");
  EXPECT_EQ(c("**Key themes:**").label, "Key themes");
  EXPECT_EQ(c("Key points include:").kind, NoteLineKind::label);
  EXPECT_EQ(c("Summary judgement was harsh").kind, NoteLineKind::plain);
  EXPECT_FALSE(is_summary_heading("Summary judgement"));
}

TEST(NotesGrammar, MarkdownHeadings) {
  const NoteLine h = c("## Table 1 \xE2\x80\x93 North");
  EXPECT_EQ(h.kind, NoteLineKind::markdown_heading);
  EXPECT_EQ(h.mark, "##");
  EXPECT_EQ(h.text, "Table 1 \xE2\x80\x93 North");
  EXPECT_EQ(c("#hashtag").kind, NoteLineKind::plain);
}

TEST(NotesGrammar, BoldMarkupIsRemovedAndUnclosedBoldKept) {
  EXPECT_EQ(c("- **Availability**").text, "Availability");
  EXPECT_EQ(c("- We **must** fund it").text, "We must fund it");
  EXPECT_EQ(c("- **unclosed bold").text, "**unclosed bold");
  EXPECT_EQ(clean_note_text("a **b** c **d**"), "a b c d");
}

TEST(NotesGrammar, TrailingStrayHashIsRemovedOtherHashesKept) {
  EXPECT_EQ(c("- then the conversation#").text, "then the conversation");
  EXPECT_EQ(c("- then the conversation #  ").text, "then the conversation");
  EXPECT_EQ(c("- Room #4 was cold").text, "Room #4 was cold");
  EXPECT_EQ(c("#").text, "#");  // nothing else on the line: kept as written
}

TEST(NotesGrammar, TextIsOtherwiseKeptExactly) {
  const std::string curly = "\xE2\x80\x98 We only phone when we trust them\xE2\x80\x99";
  EXPECT_EQ(c(" - " + curly).text, curly);
  EXPECT_EQ(c("Check in \xE2\x86\x92 story \xE2\x86\x92 check out").text, "Check in \xE2\x86\x92 story \xE2\x86\x92 check out");
  EXPECT_EQ(c("- Joined up with schools- head teachers").text, "Joined up with schools- head teachers");
  EXPECT_EQ(c("- trailing spaces   \r").text, "trailing spaces");
}

}  // namespace
}  // namespace canvass::grammar
