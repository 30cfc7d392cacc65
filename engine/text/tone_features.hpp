// The features the tone model weighs, read off a passage clause by clause: words and word
// pairs (negated ones marked as such up to the clause's end), rule features for how
// feedback voices criticism (counterfactuals "would have liked", "not yet", "no longer",
// requests "More time with…", "It would help if…", "too long"), and the lexicon's praise
// and criticism scores. Clauses end at . ! ? ; : and at contrast words ("but",
// "although"); what follows "but" weighs more than what it concedes. Shared by canvass and
// the trainer in bench/tone, so the model sees the same features it was trained on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/stemmer.hpp"
#include "text/tone_lexicon.hpp"
#include "text/words.hpp"

namespace canvass {

struct ToneFeature {
  std::uint64_t key = 0;  // tone_feature_key(name)
  float value = 1;        // 1 for a word, scaled by its clause's weight
  int clause = 0;         // which clause it came from (0-based)
};

struct ToneFeatures {
  std::vector<ToneFeature> features;
  int clauses = 0;
  std::vector<std::string> names;  // filled only when asked (the trainer), one per feature
};

// The features of `text` (words by their Snowball stems); `with_names` also keeps each
// feature's readable name.
ToneFeatures tone_features(std::string_view text, const ToneLexicon& lexicon, Stemmer& stemmer, bool with_names = false);
// The same for text already folded (text/fold), split by words() and stemmed (`stems`:
// one per letters piece, in order): callers that need the words for other things too
// split and stem the text once.
ToneFeatures tone_features(const std::vector<Word>& folded_pieces, const std::vector<std::string>& stems,
                           const ToneLexicon& lexicon, bool with_names = false);

// The key a feature name is stored under (64-bit FNV-1a): model files hold names, canvass
// looks keys up.
std::uint64_t tone_feature_key(std::string_view name);

}  // namespace canvass
