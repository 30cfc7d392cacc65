// The one streamed interface of sources/: every container hands over its rows one at a
// time, as views valid only during the call, so nothing downstream needs the whole file.
// Layouts decide what the columns are; counting (analysis/streamed_counts) and ingest
// (ingest/streamed_export) consume the same rows; read_table collects them into a Table
// only where a layout needs the whole file.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string_view>

#include "model/error.hpp"

namespace canvass {

// One row as the container holds it: its line (or worksheet row number) and its cells,
// trailing empty cells possibly left out.
struct RowView {
  std::size_t line = 0;
  std::span<const std::string_view> cells;
};

// Receives each row in order; an error ends the reading and is returned by the reader.
using RowSink = std::function<Status(const RowView&)>;

}  // namespace canvass
