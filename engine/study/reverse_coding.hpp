// Marks a study's reverse-coded statements on the items in the store, so every analysis
// of the store knows which statements are worded so that agreeing is unfavourable.
#pragma once

#include <vector>

#include "model/error.hpp"
#include "store/sqlite.hpp"
#include "study/study_config.hpp"

namespace canvass {

// Sets the flag on every Likert item whose statement (or, for a one-statement question,
// whose question wording) folds to one of `items`, and clears it everywhere else, in one
// transaction; so a statement dropped from the study stops being reversed on the next run.
// Returns one error (at the <reverse> element) per entry that matches no Likert statement.
Result<std::vector<Error>> mark_reverse_coded(Database& db, const std::vector<ReverseItem>& items);

}  // namespace canvass
