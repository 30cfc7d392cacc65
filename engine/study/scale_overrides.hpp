// Checks a study's scale overrides against the vocabulary before a run and against the
// store after it, so a misspelt scale or question is said at its <override> element.
#pragma once

#include <vector>

#include "model/error.hpp"
#include "scales/forced_scales.hpp"
#include "scales/scale_vocabulary.hpp"
#include "store/sqlite.hpp"
#include "study/study_config.hpp"

namespace canvass {

// The overrides as the ingest step takes them.
std::vector<ForcedScale> forced_scales(const StudyConfig& study);

// One error per override naming a scale form the vocabulary does not have.
std::vector<Error> unknown_scales(const StudyConfig& study, const ScaleVocabulary& vocabulary);

// After ingest: one error per override that names no question in the store, or whose
// questions could not be read on its scale (multi-select ones).
Result<std::vector<Error>> unapplied_scale_overrides(Database& db, const StudyConfig& study);

}  // namespace canvass
