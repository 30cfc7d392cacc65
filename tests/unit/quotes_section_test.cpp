// The report's quote section: grouped by theme, each quote once, rejected ones left out,
// written as Markdown and HTML with escaped text.
#include <gtest/gtest.h>

#include <sstream>

#include "report/quotes_section.hpp"

namespace canvass {
namespace {

Quote quote(std::string id, std::string text, std::vector<std::string> themes, Tone tone, double score,
            std::string voice) {
  Quote q;
  q.id = std::move(id);
  q.origin = "comment";
  q.text = std::move(text);
  q.themes = std::move(themes);
  q.theme = q.themes.empty() ? "" : q.themes.front();
  q.tone.tone = tone;
  q.score = score;
  q.voice = q.respondent = std::move(voice);
  q.source = "dir/survey.csv";
  q.line = 3;
  return q;
}

TEST(QuotesSection, GroupsByThemeUsesEachQuoteOnceAndDropsRejected) {
  QuoteOptions o;
  o.codebook = {{{"collaboration", {"colleagues"}}, {"time and workload", {"time"}}}};
  std::vector<Quote> c = {
      quote("a1", "Colleagues & peers shared <ideas> with us all week.", {"collaboration", "time and workload"},
            Tone::positive, 0.9, "R1"),
      quote("b2", "There was no time at all to reflect on the visits.", {"time and workload"}, Tone::critical, 0.8, "R2"),
      quote("c3", "Rejected colleagues quote that should never be shown.", {"collaboration"}, Tone::neutral, 0.95, "R3")};
  c[2].decision = "reject";
  auto themes = select_by_theme(c, o, 3);
  ASSERT_EQ(themes.size(), 2u);
  EXPECT_EQ(themes[0].theme, "collaboration");
  ASSERT_EQ(themes[0].quotes.size(), 1u);
  EXPECT_EQ(themes[0].quotes[0].id, "a1");
  ASSERT_EQ(themes[1].quotes.size(), 1u) << "a1 is already used under collaboration";
  EXPECT_EQ(themes[1].quotes[0].id, "b2");

  std::ostringstream md, html;
  write_quotes_section_markdown(md, themes);
  write_quotes_section_html(html, themes);
  EXPECT_NE(md.str().find("### Collaboration"), std::string::npos);
  EXPECT_NE(md.str().find("\xE2\x80\x94 Survey respondent"), std::string::npos);
  EXPECT_EQ(md.str().find("Rejected"), std::string::npos);
  EXPECT_NE(html.str().find("&lt;ideas&gt;"), std::string::npos) << html.str();
  EXPECT_NE(html.str().find("survey.csv, line 3"), std::string::npos);
}

}  // namespace
}  // namespace canvass
