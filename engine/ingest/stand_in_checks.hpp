// The table that stands in for a plain export in streamed ingest (the header rows, the first
// records as they are, each distinct answer) and what is checked before it is trusted: that
// a column not counted is free text whatever its other answers. Internal to
// ingest/streamed_export.cpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/streamed_counts.hpp"
#include "layouts/survey_plan.hpp"
#include "sources/table.hpp"

namespace canvass {

// True when answers including `seen` are free text whatever else the column holds: not
// numbers (one answer is not a number), not a closed question (an answer longer than any
// closed question allows, or too many distinct ones: layouts/column_classifier.cpp), not
// multi-select choices joined by `separator` (too many parts, or a part too long:
// layouts/multi_select.cpp). Each holds for every superset of `seen`.
bool certainly_free_text(const std::vector<std::string>& seen, const std::string& separator, bool one_item);

// A table standing in for the file: its header rows (the header first), its first records
// as they are (a layout may look at the first data row, as Google Forms' does at its
// timestamp), then each column's distinct answers, each often enough that every comparison
// of counts in the layout comes out as it would on the whole file. Nothing when it would be
// too deep, or a first record holds an answer the scan did not count.
std::optional<Table> stand_in_table(const ColumnScan& scan, const std::vector<std::vector<std::string>>& header_rows,
                                    std::vector<Row> leading);

// True when every answer column the scan stopped counting (`settled`) belongs to a free-text
// question however its uncounted answers read.
bool settled_columns_are_free_text(const ColumnScan& scan, const SurveyPlan& plan,
                                   const std::vector<Question>& questions);

}  // namespace canvass
