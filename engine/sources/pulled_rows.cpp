#include "sources/pulled_rows.hpp"

namespace canvass {

PulledRows::PulledRows(std::function<Status(const RowSink&)> read) {
  thread_ = std::thread([this, read = std::move(read)] {
    auto status = read([this](const RowView& row) { return push(row); });
    if (!filling_.rows.empty()) deliver(std::move(filling_));
    std::lock_guard lock(mutex_);
    if (!status && !cancelled_) error_ = status.error();
    finished_ = true;
    changed_.notify_all();
  });
}

PulledRows::~PulledRows() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    changed_.notify_all();
  }
  if (thread_.joinable()) thread_.join();
}

Status PulledRows::push(const RowView& row) {
  for (std::string_view cell : row.cells) {
    filling_.bytes.append(cell);
    filling_.cell_ends.push_back(filling_.bytes.size());
  }
  filling_.rows.emplace_back(row.line, filling_.cell_ends.size());
  if (filling_.rows.size() >= kRowsPerBatch) {
    deliver(std::move(filling_));
    filling_ = Batch{};
  }
  std::lock_guard lock(mutex_);
  if (cancelled_) return Error{{}, "reading stopped"};
  return Ok{};
}

void PulledRows::deliver(Batch&& batch) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return cancelled_ || queue_.size() < kBatchesAhead; });
  if (cancelled_) return;
  queue_.push_back(std::move(batch));
  changed_.notify_all();
}

Result<bool> PulledRows::next(RowView& row) {
  if (next_row_ == taking_.rows.size()) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !queue_.empty() || finished_; });
    if (queue_.empty()) {
      if (error_) return *error_;
      return false;
    }
    taking_ = std::move(queue_.front());
    queue_.pop_front();
    changed_.notify_all();
    next_row_ = next_cell_ = 0;
  }
  const auto [line, cells_end] = taking_.rows[next_row_++];
  views_.clear();
  std::size_t begin = next_cell_ == 0 ? 0 : taking_.cell_ends[next_cell_ - 1];
  for (; next_cell_ < cells_end; ++next_cell_) {
    const std::size_t end = taking_.cell_ends[next_cell_];
    views_.emplace_back(taking_.bytes.data() + begin, end - begin);
    begin = end;
  }
  row = RowView{line, std::span<const std::string_view>(views_.data(), views_.size())};
  return true;
}

}  // namespace canvass
