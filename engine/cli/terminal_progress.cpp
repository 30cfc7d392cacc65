#include "cli/terminal_progress.hpp"

#include "report/figures.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <sstream>

namespace canvass::cli {

namespace {

constexpr auto kQuietFor = std::chrono::seconds(1);  // quick commands show nothing

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

bool progress_wanted(bool asked) {
  if (asked) return true;
  const char* ci = std::getenv("CI");
  const char* term = std::getenv("TERM");
  return ::isatty(STDERR_FILENO) && !(ci && *ci) && !(term && std::string(term) == "dumb");
}

TerminalProgress::TerminalProgress(std::ostream& err, bool show, bool terminal)
    : err_(err), show_(show), terminal_(terminal) {
  if (show_ && terminal_) ticker_ = std::thread([this] { tick(); });
}

TerminalProgress::~TerminalProgress() { finish(); }

Progress TerminalProgress::callback() {
  if (!show_) return {};
  return [this](const ProgressUpdate& u) {
    std::lock_guard lock(mutex_);
    const bool new_step = u.step != step_;
    step_ = u.step;
    item_ = u.item;
    done_ = u.done;
    total_ = u.total;
    if (!terminal_) {  // --progress into a file or pipe: one plain line per step
      if (new_step) err_ << step_ << '\n' << std::flush;
      return;
    }
    if (std::chrono::steady_clock::now() - started_ >= kQuietFor) draw_locked();
  };
}

void TerminalProgress::draw_locked() {
  std::ostringstream line;
  line << step_;
  if (!item_.empty()) line << ": " << item_;
  if (total_) line << " (" << done_ << " of " << total_ << ")";
  line << ", " << static_cast<long>(seconds_since(started_)) << " s";
  if (line.str() == last_line_) return;
  last_line_ = line.str();
  err_ << '\r' << last_line_ << "\x1b[K" << std::flush;
  shown_ = true;
}

void TerminalProgress::tick() {
  std::unique_lock lock(mutex_);
  while (!finished_) {
    wake_.wait_for(lock, std::chrono::milliseconds(250));
    if (!finished_ && !step_.empty() && std::chrono::steady_clock::now() - started_ >= kQuietFor) draw_locked();
  }
}

void TerminalProgress::finish(bool say_done) {
  {
    std::lock_guard lock(mutex_);
    if (finished_) return;
    finished_ = true;
  }
  wake_.notify_all();
  if (ticker_.joinable()) ticker_.join();
  if (!show_) return;
  if (shown_) err_ << "\r\x1b[K";
  // On a terminal only after something was shown; with --progress elsewhere, always.
  if (say_done && (shown_ || !terminal_)) err_ << "done in " << duration_text(seconds_since(started_)) << '\n' << std::flush;
}

}  // namespace canvass::cli
