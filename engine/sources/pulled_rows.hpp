// A container's rows read ahead on a second thread and taken one at a time, for a reader
// that pulls (ingest's second pass) from a reader that pushes (a workbook's SAX parse).
// Rows travel in small batches through a bounded queue, so memory stays flat.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "model/error.hpp"
#include "sources/row_stream.hpp"

namespace canvass {

class PulledRows {
 public:
  // Starts `read` on a thread: it hands every row to the sink it is given and returns
  // the reading's status.
  explicit PulledRows(std::function<Status(const RowSink&)> read);
  ~PulledRows();  // stops the reading (if not finished) and waits for the thread
  PulledRows(const PulledRows&) = delete;
  PulledRows& operator=(const PulledRows&) = delete;

  // The next row into `row` (valid until the next call): true, false after the last, or
  // the reading's error.
  Result<bool> next(RowView& row);

 private:
  struct Batch {
    std::string bytes;
    std::vector<std::size_t> cell_ends;                        // into bytes
    std::vector<std::pair<std::size_t, std::size_t>> rows;    // line, end in cell_ends
  };
  static constexpr std::size_t kRowsPerBatch = 256, kBatchesAhead = 8;

  Status push(const RowView& row);
  void deliver(Batch&& batch);

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> queue_;
  bool finished_ = false, cancelled_ = false;
  std::optional<Error> error_;
  Batch filling_;  // the reading thread's own

  Batch taking_;  // the puller's own
  std::size_t next_row_ = 0, next_cell_ = 0;
  std::vector<std::string_view> views_;
  std::thread thread_;
};

}  // namespace canvass
