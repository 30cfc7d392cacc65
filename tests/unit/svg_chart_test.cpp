// The diverging bar chart's structure: a bar per statement, a segment per non-empty level,
// widths proportional to counts, bars centred on the middle of the neutral level.
#include <gtest/gtest.h>

#include <regex>

#include "report/palette.hpp"
#include "report/svg_chart.hpp"

namespace canvass {
namespace {

Scale five_point() {
  return {"agreement-5", "agreement",
          {{1, "Strongly disagree", "", Polarity::negative}, {2, "Disagree", "", Polarity::negative},
           {3, "Neither", "", Polarity::neutral}, {4, "Agree", "", Polarity::positive},
           {5, "Strongly agree", "", Polarity::positive}, {6, "Don't know", "", Polarity::nonsubstantive}}};
}

ItemDistribution item(const std::string& text, std::vector<long> counts, long missing = 0) {
  return distribute(ItemTally{"Q", text, "", five_point(), std::move(counts), missing});
}

struct Segment {
  int level;
  long count;
  double x, width;
};

struct Bar {
  long n;
  std::vector<Segment> segments;
  std::string text;
};

std::vector<Bar> bars(const std::string& svg) {
  std::vector<Bar> out;
  const std::regex bar(R"re(<g class="bar" data-n="(\d+)">([\s\S]*?)</g>)re");
  const std::regex seg(R"re(<rect class="segment" data-level="(\d+)" data-count="(\d+)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)")re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator(); ++it) {
    Bar b{std::stol((*it)[1]), {}, (*it)[2]};
    const std::string body = (*it)[2];
    for (auto s = std::sregex_iterator(body.begin(), body.end(), seg); s != std::sregex_iterator(); ++s)
      b.segments.push_back({std::stoi((*s)[1]), std::stol((*s)[2]), std::stod((*s)[3]), std::stod((*s)[4])});
    out.push_back(std::move(b));
  }
  return out;
}

TEST(SvgChart, OneBarPerStatementAndASegmentPerNonEmptyLevel) {
  const std::vector<ItemDistribution> items{item("A", {1, 0, 0, 5, 7, 2}), item("B", {0, 2, 1, 4, 6, 0}),
                                            item("C", {3, 3, 3, 3, 0, 0}, 1)};
  const auto found = bars(diverging_bar_chart(items, Palette::standard));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].segments.size(), 3u);  // SD, A, SA; Don't know is not drawn
  EXPECT_EQ(found[1].segments.size(), 4u);
  EXPECT_EQ(found[2].segments.size(), 4u);
  EXPECT_EQ(found[0].n, 13);
  EXPECT_NE(found[0].text.find("n=13<tspan class=\"aside\" x=\"808.00\" dy=\"13\">2 don&#39;t know/N/A</tspan>"), std::string::npos);
  EXPECT_NE(found[2].text.find("1 no answer"), std::string::npos);
  for (const auto& b : found)
    for (std::size_t i = 1; i < b.segments.size(); ++i) EXPECT_GT(b.segments[i].level, b.segments[i - 1].level);
}

TEST(SvgChart, WidthsAreProportionalToCountsOnOneScale) {
  const std::vector<ItemDistribution> items{item("A", {1, 0, 0, 5, 7, 0}), item("B", {0, 2, 1, 4, 6, 0}),
                                            item("C", {3, 3, 2, 3, 1, 0})};
  const auto found = bars(diverging_bar_chart(items, Palette::standard));
  // width = count / n * (pixels per 100%): the same constant for every segment of every bar.
  const double unit = found[0].segments[0].width * found[0].n / found[0].segments[0].count;
  for (const auto& b : found) {
    double x = b.segments.front().x;
    for (const auto& s : b.segments) {
      EXPECT_NEAR(s.width * b.n / s.count, unit, 0.05 * b.n / s.count);
      EXPECT_NEAR(s.x, x, 0.02);  // contiguous
      x = s.x + s.width;
    }
  }
}

TEST(SvgChart, BarsAreCentredOnTheMiddleOfNeutral) {
  const std::vector<ItemDistribution> items{item("A", {1, 0, 0, 5, 7, 0}), item("B", {0, 2, 1, 4, 6, 0}),
                                            item("C", {3, 3, 2, 3, 1, 0})};
  const std::string svg = diverging_bar_chart(items, Palette::standard);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(svg, m, std::regex(R"re(<line x1="([\d.]+)"[^>]*stroke-dasharray)re")));
  const double centre = std::stod(m[1]);
  for (const auto& b : bars(svg)) {
    double x = b.segments.front().x;
    for (const auto& s : b.segments) {
      if (s.level < 3) x += s.width;
      if (s.level == 3) x += s.width / 2;
    }
    EXPECT_NEAR(x, centre, 0.05);
  }
}

TEST(SvgChart, PercentLabelsOnlyWhereTheyFit) {
  const std::vector<ItemDistribution> items{item("A", {1, 0, 0, 20, 79, 0})};
  const std::string svg = diverging_bar_chart(items, Palette::standard);
  EXPECT_NE(svg.find(">79%</text>"), std::string::npos);
  EXPECT_NE(svg.find(">20%</text>"), std::string::npos);
  EXPECT_EQ(svg.find(">1%</text>"), std::string::npos);  // a 1% sliver holds no label
}

TEST(SvgChart, StatementsAreEscapedAndWrapped) {
  const std::string long_text = "A <long> statement & one that needs wrapping across more than one line of the chart";
  const std::string svg = diverging_bar_chart({item(long_text, {0, 0, 0, 1, 1, 0})}, Palette::standard);
  EXPECT_NE(svg.find("&lt;long&gt;"), std::string::npos);
  EXPECT_NE(svg.find("&amp;"), std::string::npos);
  EXPECT_GE(wrap_words(long_text, 40).size(), 3u);
  for (const auto& line : wrap_words(long_text, 40)) EXPECT_LE(line.size(), 40u);
}

TEST(SvgChart, SuppressedItemsAreNotDrawn) {
  const std::string svg = diverging_bar_chart({withhold(item("A", {1, 2, 3, 4, 5, 0})), item("B", {1, 0, 0, 0, 1, 0})},
                                              Palette::colourblind);
  EXPECT_EQ(bars(svg).size(), 1u);
}

TEST(Palette, StandardIsGreenToRedAndColourblindIsBlueToOrange) {
  EXPECT_EQ(level_colour(Palette::standard, Polarity::positive, 1, 2), "#1a9641");
  EXPECT_EQ(level_colour(Palette::standard, Polarity::positive, 0, 2), "#a6d96a");
  EXPECT_EQ(level_colour(Palette::standard, Polarity::neutral, 0, 1), "#ffffbf");
  EXPECT_EQ(level_colour(Palette::standard, Polarity::negative, 0, 2), "#fdae61");
  EXPECT_EQ(level_colour(Palette::standard, Polarity::negative, 1, 2), "#d7191c");
  EXPECT_EQ(level_colour(Palette::colourblind, Polarity::positive, 1, 2), "#0571b0");
  EXPECT_EQ(level_colour(Palette::colourblind, Polarity::negative, 1, 2), "#e66101");
  EXPECT_EQ(text_colour_on("#d7191c"), "#ffffff");
  EXPECT_EQ(text_colour_on("#ffffbf"), "#000000");
  EXPECT_EQ(palette_from_string("colorblind"), Palette::colourblind);
  EXPECT_FALSE(palette_from_string("rainbow"));
}

}  // namespace
}  // namespace canvass
