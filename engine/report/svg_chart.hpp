// The diverging stacked bar chart as inline SVG: one bar per statement, centred on the
// middle of the neutral level, agreement to the right and disagreement to the left,
// segment widths proportional to counts, percentage labels where a segment can hold one,
// and n beside each bar. Non-substantive answers are not drawn (they are not in n).
#pragma once

#include <string>
#include <vector>

#include "analysis/distribution.hpp"
#include "report/palette.hpp"

namespace canvass {

// Sized so that, printed across an A4 page (about 680 px), no text is below 8 pt.
struct ChartGeometry {
  double width = 760;
  double label_width = 270;  // statements, wrapped
  double bar_left = 285;
  double bar_right = 620;    // n is written to the right of this
  double bar_height = 24;
  double line_height = 16;
  double label_char_width = 7.4;  // a segment narrower than its label ("53.8%") gets none
};

// The chart for `items` (normally the statements of one question), as an <svg> element
// named by `title` (its <title>) and described by a <desc> giving every drawn share, the
// table it draws. Suppressed items are left out.
std::string diverging_bar_chart(const std::vector<ItemDistribution>& items, Palette palette,
                                const ChartGeometry& geometry = {}, const std::string& title = "");

// `text` broken at spaces into lines of at most `max_chars` characters (UTF-8 aware).
std::vector<std::string> wrap_words(const std::string& text, std::size_t max_chars);

}  // namespace canvass
