// The report's quote section: grouped by theme, each quote once, rejected ones left out,
// written as Markdown and HTML with escaped text.
#include <gtest/gtest.h>

#include "quote_resources.hpp"

#include <sstream>

#include "report/quotes_section.hpp"
#include "text/word_list.hpp"

namespace canvass {
namespace {

const QuoteResources& resources() { return testing::shipped_quote_resources(); }

Passage passage(std::int64_t respondent, std::string text) {
  Passage p;
  p.origin = "comment";
  p.origin_id = respondent;
  p.respondent_id = respondent;
  p.respondent = std::to_string(respondent);
  p.respondent.insert(0, 1, 'R');  // not "R" + ...: GCC 12 gives a false -Wrestrict there
  p.voice = p.respondent;
  p.question = "Any comments?";
  p.source = "dir/survey.csv";
  p.line = 3;
  p.text = std::move(text);
  return p;
}

TEST(QuotesSection, GroupsByThemeUsesEachQuoteOnceAndDropsRejected) {
  QuoteOptions o;
  o.codebook = {{{"collaboration", {"colleagues"}}, {"time and workload", {"time"}}}};
  QuoteBank bank(resources(), o);
  bank.add(passage(1, "Colleagues & peers shared <ideas> with us, and it saved us so much time."));
  bank.add(passage(2, "There was no time at all to reflect on the visits, which was a real shame."));
  bank.add(passage(3, "Rejected colleagues quote that should never be shown to anyone at all."));
  bank.score();
  for (const auto& q : bank.quotes())
    if (q.text.rfind("Rejected", 0) == 0) bank.decide(q.id, "reject");
  auto themes = bank.select_by_theme(o, 3);
  ASSERT_EQ(themes.size(), 2u);
  EXPECT_EQ(themes[0].theme, "collaboration");
  ASSERT_EQ(themes[0].quotes.size(), 1u);
  EXPECT_EQ(themes[0].quotes[0].respondent, "R1");
  ASSERT_EQ(themes[1].quotes.size(), 1u) << "R1's quote is already used under collaboration";
  EXPECT_EQ(themes[1].quotes[0].respondent, "R2");

  std::ostringstream md, html;
  write_quotes_section_markdown(md, themes);
  write_quotes_section_html(html, themes);
  EXPECT_NE(md.str().find("### Collaboration"), std::string::npos);
  EXPECT_NE(md.str().find("\xE2\x80\x94 Survey respondent"), std::string::npos);
  EXPECT_EQ(md.str().find("Rejected"), std::string::npos);
  EXPECT_NE(html.str().find("&lt;ideas&gt;"), std::string::npos) << html.str();
  EXPECT_NE(html.str().find("survey.csv, line 3, critical"), std::string::npos) << html.str();
  EXPECT_EQ(md.str().find("No comment was confidently critical"), std::string::npos);
}

TEST(QuotesSection, SaysSoWhenNoCommentIsConfidentlyCritical) {
  QuoteOptions o;
  o.codebook = {{{"collaboration", {"colleagues"}}}};
  QuoteBank bank(resources(), o);
  bank.add(passage(1, "Working with colleagues from other schools was inspiring and really useful."));
  bank.score();
  std::ostringstream md, html;
  const auto themes = bank.select_by_theme(o, 3);
  write_quotes_section_markdown(md, themes);
  write_quotes_section_html(html, themes);
  EXPECT_NE(md.str().find("No comment was confidently critical"), std::string::npos);
  EXPECT_NE(html.str().find("No comment was confidently critical"), std::string::npos);
}

}  // namespace
}  // namespace canvass
