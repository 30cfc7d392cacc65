// `canvass dist --format html`: one self-contained page with the agreement tables, the
// diverging bar chart per question and, with --by, the breakdown tables.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "analysis/breakdown.hpp"
#include "report/palette.hpp"

namespace canvass {

struct HtmlDistPage {
  std::string title;
  Palette palette = Palette::standard;
  long min_cell = kDefaultMinCell;
  bool summary = false;  // the summary tables only, without the per-level ones
};

void write_dist_html(std::ostream& out, const HtmlDistPage& page, const std::vector<ItemDistribution>& overall,
                     const Breakdown* breakdown);

}  // namespace canvass
