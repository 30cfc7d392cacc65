// What the streamed ingest of a delimited export checks before it trusts its stand-in
// table: that a column not counted is free text whatever its other answers. Internal to
// ingest/streamed_export.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/streamed_counts.hpp"
#include "sources/table.hpp"

namespace canvass {

// True when answers including `seen` are free text whatever else the column holds: not
// numbers (one answer is not a number), not a closed question (an answer longer than any
// closed question allows, or too many distinct ones: layouts/column_classifier.cpp), not
// multi-select choices joined by `separator` (too many parts, or a part too long:
// layouts/multi_select.cpp). Each holds for every superset of `seen`.
bool certainly_free_text(const std::vector<std::string>& seen, const std::string& separator, bool one_item);

}  // namespace canvass
