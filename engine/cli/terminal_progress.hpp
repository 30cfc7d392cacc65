// Progress on stderr for a person watching a long command: shown on a terminal (or when
// --progress asks), never in pipes and CI logs otherwise. Nothing appears for a command
// that finishes within a second; after that one line is redrawn with the step, the part
// under way and the seconds so far, and the command ends with "done in 3.2 seconds".
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>

#include "model/progress.hpp"

namespace canvass::cli {

// Whether to show progress: asked for (--progress), or stderr is a terminal outside CI.
bool progress_wanted(bool asked);


class TerminalProgress {
 public:
  // `show` false: the callback does nothing and nothing is ever printed.
  TerminalProgress(std::ostream& err, bool show, bool terminal);
  TerminalProgress(const TerminalProgress&) = delete;
  TerminalProgress& operator=(const TerminalProgress&) = delete;
  ~TerminalProgress();  // finish() when not yet called

  // The callback to pass down to the engine (empty when not shown).
  Progress callback();
  // Runs `print` (which writes to the same stream) with the progress line cleared and no
  // redrawing meanwhile.
  template <class Print>
  void print_between(Print&& print) {
    std::lock_guard lock(mutex_);
    if (shown_ && terminal_ && !last_line_.empty()) err_ << "\r\x1b[K";
    last_line_.clear();
    print();
  }
  // Clears the progress line and, when anything was shown or --progress asked, prints
  // "done in N seconds" (unless `say_done` is false: the command says its time itself).
  void finish(bool say_done = true);

 private:
  void tick();
  void draw_locked();

  std::ostream& err_;
  const bool show_;
  const bool terminal_;  // redraw one line; else one line per step, no redrawing
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::mutex mutex_;
  std::condition_variable wake_;
  std::string step_, item_, last_line_;
  std::size_t done_ = 0, total_ = 0;
  bool shown_ = false, finished_ = false;
  std::thread ticker_;  // redraws the seconds while a long part runs without news
};

}  // namespace canvass::cli
