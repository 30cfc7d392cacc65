// The tone of a passage — positive, critical or neutral — from a sentiment lexicon with
// VADER-style rules: negation ("not helpful"), contrast ("useful but too long"),
// boosters ("very"), "too + word" and counterfactuals ("would have helped").
#pragma once

#include <string_view>

#include "text/tone_lexicon.hpp"

namespace canvass {

enum class Tone { positive, critical, neutral };

std::string_view to_string(Tone t);

struct ToneScore {
  double compound = 0;  // -1 .. +1 (VADER's normalisation, alpha 15)
  Tone tone = Tone::neutral;
};

// |compound| < 0.05 is neutral, as in VADER.
ToneScore score_tone(std::string_view text, const ToneLexicon& lexicon);

}  // namespace canvass
