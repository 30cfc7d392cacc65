// Renders an SVG figure to PNG with librsvg (for Word versions that cannot show SVG, and
// for the LibreOffice check), at `scale` times its own pixel size.
#pragma once

#include <string>

#include "model/error.hpp"

namespace canvass {

struct PngImage {
  std::string bytes;
  int width = 0;   // pixels
  int height = 0;
};

// `name` names the figure in an error.
Result<PngImage> svg_to_png(const std::string& name, const std::string& svg, double scale = 2.0);

}  // namespace canvass
