// Per-item work spread over worker threads while results come back in the order the
// items went in: comments scored for the quote bank, notes records redacted. The caller's
// thread feeds items and receives results (so the receiver needs no locking); batches in
// flight are bounded, so memory stays flat however many items pass.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <algorithm>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace canvass {

// How many workers to use: the machine's cores (at least 1).
inline unsigned worker_count() { return std::max(1u, std::thread::hardware_concurrency()); }

template <class In, class Out>
class OrderedWork {
 public:
  // What one worker does to one item; made once per worker by the factory, so a worker can
  // keep its own state (a stemmer, a redactor's buffers) without sharing it.
  using Work = std::function<Out(In&)>;
  using Receive = std::function<void(Out&&)>;

  OrderedWork(unsigned workers, std::function<Work()> make_work, Receive receive, std::size_t batch_size = 64)
      : receive_(std::move(receive)), batch_size_(batch_size), max_in_flight_(2 * std::max(1u, workers)) {
    for (unsigned i = 0; i < std::max(1u, workers); ++i)
      threads_.emplace_back([this, work = make_work()]() mutable { serve(work); });
  }
  ~OrderedWork() {
    {
      std::lock_guard lock(mutex_);
      closing_ = true;
    }
    changed_.notify_all();
    for (auto& t : threads_) t.join();
  }
  OrderedWork(const OrderedWork&) = delete;
  OrderedWork& operator=(const OrderedWork&) = delete;

  // Queues one item; may hand earlier results to the receiver first, and waits while
  // too many batches are in flight. Rethrows a worker's exception.
  void add(In item) {
    filling_.push_back(std::move(item));
    if (filling_.size() >= batch_size_) submit();
  }

  // Waits for every item added so far and hands over the remaining results in order.
  void finish() {
    if (!filling_.empty()) submit();
    std::unique_lock lock(mutex_);
    while (next_to_receive_ < next_to_submit_) {
      changed_.wait(lock, [&] { return failure_ || done_.count(next_to_receive_); });
      deliver_ready(lock);
    }
  }

 private:
  void submit() {
    std::unique_lock lock(mutex_);
    while (next_to_submit_ - next_to_receive_ >= max_in_flight_) {
      changed_.wait(lock, [&] { return failure_ || done_.count(next_to_receive_); });
      deliver_ready(lock);
    }
    waiting_.emplace(next_to_submit_++, std::move(filling_));
    filling_.clear();
    changed_.notify_all();
    deliver_ready(lock);
  }

  // Hands over, in order, the results that are ready; unlocks while the receiver runs.
  void deliver_ready(std::unique_lock<std::mutex>& lock) {
    if (failure_) std::rethrow_exception(failure_);
    for (auto it = done_.find(next_to_receive_); it != done_.end(); it = done_.find(next_to_receive_)) {
      std::vector<Out> results = std::move(it->second);
      done_.erase(it);
      ++next_to_receive_;
      changed_.notify_all();
      lock.unlock();
      for (auto& r : results) receive_(std::move(r));
      lock.lock();
    }
  }

  void serve(Work& work) {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return closing_ || !waiting_.empty(); });
      if (closing_) return;  // finish() took every result, or the caller gave up
      auto node = waiting_.extract(waiting_.begin());
      lock.unlock();
      std::vector<Out> results;
      std::exception_ptr failed;
      try {
        results.reserve(node.mapped().size());
        for (In& item : node.mapped()) results.push_back(work(item));
      } catch (...) {
        failed = std::current_exception();
      }
      lock.lock();
      if (failed && !failure_) failure_ = failed;
      done_.emplace(node.key(), std::move(results));
      changed_.notify_all();
    }
  }

  Receive receive_;
  const std::size_t batch_size_, max_in_flight_;
  std::vector<In> filling_;  // the caller's own

  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::size_t, std::vector<In>> waiting_;
  std::map<std::size_t, std::vector<Out>> done_;
  std::size_t next_to_submit_ = 0, next_to_receive_ = 0;
  std::exception_ptr failure_;
  bool closing_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace canvass
