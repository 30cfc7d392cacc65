// Colours for agreement levels: the green / light green / yellow / amber / red that printed
// evaluation reports use, or a colour-blind-safe blue-to-orange alternative. Any number
// of levels per side is coloured by stepping from the light colour next to the centre
// out to the dark colour at the end of the scale.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/scale.hpp"

namespace canvass {

enum class Palette { standard, colourblind };

std::optional<Palette> palette_from_string(std::string_view s);  // "standard", "colourblind"
std::string_view to_string(Palette p);

// The fill of a level: `step` counts from the level next to the centre (0) out to the
// most extreme level of its side (`side_levels` - 1). "#rrggbb".
std::string level_colour(Palette p, Polarity polarity, int step, int side_levels);

// Black or white, whichever reads better on `fill` ("#rrggbb").
std::string text_colour_on(const std::string& fill);

}  // namespace canvass
