#include "report/palette.hpp"

#include <cmath>
#include <cstdio>

namespace canvass {

namespace {

struct Rgb {
  double r, g, b;
};

Rgb parse(const std::string& hex) {
  unsigned r = 0, g = 0, b = 0;
  std::sscanf(hex.c_str(), "#%02x%02x%02x", &r, &g, &b);
  return {static_cast<double>(r), static_cast<double>(g), static_cast<double>(b)};
}

std::string hex(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", static_cast<unsigned>(std::lround(c.r)),
                static_cast<unsigned>(std::lround(c.g)), static_cast<unsigned>(std::lround(c.b)));
  return buf;
}

std::string mix(const std::string& from, const std::string& to, double t) {
  const Rgb a = parse(from), b = parse(to);
  return hex({a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t});
}

struct Ends {
  const char* light;
  const char* dark;
};

// Every level has its own lightness, so the chart reads in greyscale too: the disagreeing
// side dark (CIE L* about 26-52), the agreeing side lighter (63-83), neutral lightest (93),
// each side darker outwards. Standard: red to green; colourblind: brown-orange to blue.
Ends side(Palette p, Polarity polarity) {
  const bool positive = polarity == Polarity::positive;
  if (p == Palette::colourblind) return positive ? Ends{"#b3d1ee", "#5e9fd6"} : Ends{"#c2630e", "#7f3b08"};
  return positive ? Ends{"#a6d96a", "#4daf4a"} : Ends{"#c0392b", "#7b1010"};
}

}  // namespace

std::optional<Palette> palette_from_string(std::string_view s) {
  if (s == "standard") return Palette::standard;
  if (s == "colourblind" || s == "colorblind") return Palette::colourblind;
  return std::nullopt;
}

std::string_view to_string(Palette p) { return p == Palette::colourblind ? "colourblind" : "standard"; }

std::string level_colour(Palette p, Polarity polarity, int step, int side_levels) {
  // Neutral: a light grey, told from the page by the outline every segment has.
  if (polarity == Polarity::neutral) return p == Palette::colourblind ? "#ebebeb" : "#ebebeb";
  if (polarity == Polarity::nonsubstantive) return "#bdbdbd";
  const Ends e = side(p, polarity);
  if (side_levels <= 1) return mix(e.light, e.dark, 0.5);
  return mix(e.light, e.dark, static_cast<double>(step) / (side_levels - 1));
}

std::string text_colour_on(const std::string& fill) {
  const Rgb c = parse(fill);
  // Relative luminance (sRGB, WCAG); white text below the point where black stops reading well.
  auto lin = [](double v) {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  const double l = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  return l < 0.18 ? "#ffffff" : "#000000";
}

}  // namespace canvass
