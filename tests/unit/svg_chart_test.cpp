// The diverging bar chart's structure: a bar per statement, a segment per non-empty level,
// widths proportional to counts, bars centred on the middle of the neutral level.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

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
  EXPECT_NE(found[0].text.find("n=13<tspan class=\"aside\" x=\"628.00\" dy=\"13\">2 don&#39;t know/N/A</tspan>"), std::string::npos);
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
  ASSERT_TRUE(std::regex_search(svg, m, std::regex(R"re(<path class="centre" d="M([\d.]+) )re")));
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
  // One decimal, as the tables print them (79/100 = 79.0%, 20.0%); a 1% sliver holds no label.
  EXPECT_NE(svg.find(">79.0%</text>"), std::string::npos);
  EXPECT_NE(svg.find(">20.0%</text>"), std::string::npos);
  EXPECT_EQ(svg.find(">1.0%</text>"), std::string::npos);
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

// CIE L* of a "#rrggbb" colour: what a greyscale print keeps.
double lightness(const std::string& hex) {
  unsigned r = 0, g = 0, b = 0;
  std::sscanf(hex.c_str(), "#%02x%02x%02x", &r, &g, &b);
  auto lin = [](unsigned v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  const double y = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return y > 0.008856 ? 116 * std::cbrt(y) - 16 : 903.3 * y;
}

TEST(Palette, EveryLevelHasItsOwnLightnessSoGreyscaleKeepsThemApart) {
  for (Palette p : {Palette::standard, Palette::colourblind}) {
    for (int side = 1; side <= 3; ++side) {
      // The levels as drawn, most negative first: negatives outward-in, neutral, positives inward-out.
      std::vector<std::string> levels;
      for (int step = side - 1; step >= 0; --step) levels.push_back(level_colour(p, Polarity::negative, step, side));
      levels.push_back(level_colour(p, Polarity::neutral, 0, 1));
      for (int step = 0; step < side; ++step) levels.push_back(level_colour(p, Polarity::positive, step, side));
      for (std::size_t a = 0; a < levels.size(); ++a)
        for (std::size_t b = a + 1; b < levels.size(); ++b)
          EXPECT_GE(std::fabs(lightness(levels[a]) - lightness(levels[b])), 8.0) << levels[a] << " vs " << levels[b];
      // Disagreement darker than agreement, neutral lightest of all.
      EXPECT_LT(lightness(level_colour(p, Polarity::negative, 0, side)), lightness(level_colour(p, Polarity::positive, side - 1, side)));
      for (const auto& c : levels) EXPECT_LE(lightness(c), lightness(level_colour(p, Polarity::neutral, 0, 1)));
    }
  }
  // Hues: standard red to green, colourblind orange to blue.
  EXPECT_EQ(level_colour(Palette::standard, Polarity::positive, 1, 2), "#4daf4a");
  EXPECT_EQ(level_colour(Palette::standard, Polarity::negative, 1, 2), "#7b1010");
  EXPECT_EQ(level_colour(Palette::colourblind, Polarity::positive, 1, 2), "#5e9fd6");
  EXPECT_EQ(level_colour(Palette::colourblind, Polarity::negative, 1, 2), "#7f3b08");
}

TEST(SvgChart, NamedDescribedOutlinedAndLegibleWhenPrinted) {
  const std::vector<ItemDistribution> items{item("A", {1, 0, 2, 5, 7, 0})};
  const std::string svg = diverging_bar_chart(items, Palette::standard, {}, "Figure 1: Q (n=15)");
  EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
  EXPECT_NE(svg.find("<title>Figure 1: Q (n=15)</title>"), std::string::npos);
  // The text alternative: every drawn share, as the table gives it.
  EXPECT_NE(svg.find("<desc>A (n=15): "), std::string::npos);
  EXPECT_NE(svg.find("13.3%"), std::string::npos);  // 2 of 15 neutral
  // Every segment outlined (neutral stands off the page), no text under 8 pt on A4: the chart
  // prints at most 680 px wide, so its px sizes scale by 680/width.
  for (std::smatch m; std::regex_search(svg, m, std::regex("<rect class=\"segment\"[^>]*>"));) {
    EXPECT_NE(m.str().find("stroke=\"#1b1b1b\""), std::string::npos) << m.str();
    break;
  }
  const ChartGeometry g;
  std::string rest = svg;
  for (std::smatch m; std::regex_search(rest, m, std::regex("font-size:?=?\"?([0-9.]+)px"));) {
    EXPECT_GE(std::stod(m[1]) * 680 / g.width * 0.75, 8.0) << m.str();
    rest = m.suffix();
  }
}

}  // namespace
}  // namespace canvass
