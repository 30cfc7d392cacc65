#include "sources/shared_strings.hpp"

#include <algorithm>

namespace canvass {

namespace {

// How much of the scratch file one read brings in when the strings are met in order.
constexpr std::size_t kWindow = std::size_t{256} << 10;

}  // namespace

void SharedStrings::push_end(std::uint64_t end) {
  if (count_ % kBlock == 0) ends_.push_back(std::make_unique<std::uint64_t[]>(kBlock));
  ends_[count_ / kBlock][count_ % kBlock] = end;
  ++count_;
}

void SharedStrings::fail(Error e) {
  if (!error_) error_ = std::move(e);
  stop(error_->message);
}

void SharedStrings::start_element(const XmlElement& e) {
  if (e.name == "si") {
    in_si_ = true;
    if (!file_ && !error_ && arena_.size() >= held_bytes_) {  // the budget is spent: the rest goes to disk
      auto file = TempFile::create("the workbook's shared strings");
      if (!file) return fail(file.error());
      file_.emplace(std::move(file).value());
      first_spilled_ = count_;
    }
    to_file_ = file_.has_value();
  } else if (e.name == "rPh") {
    ++in_phonetic_;
  } else if (e.name == "t" && in_si_ && in_phonetic_ == 0) {
    in_t_ = true;
  }
}

void SharedStrings::characters(std::string_view text) {
  if (!in_t_) return;
  if (!to_file_) {
    arena_.append(text);
  } else if (auto ok = file_->append(text); !ok) {
    fail(ok.error());
  }
}

void SharedStrings::end_element(std::string_view name, std::string_view) {
  if (name == "t") {
    in_t_ = false;
  } else if (name == "rPh") {
    --in_phonetic_;
  } else if (name == "si") {
    push_end(to_file_ ? file_->size() : arena_.size());
    in_si_ = false;
  }
}

Status SharedStrings::finish() {
  if (error_) return *error_;
  if (file_) CANVASS_TRY(file_->flush());
  return Ok{};
}

Status SharedStrings::append_to(std::size_t i, std::string& out) {
  if (auto text = held(i)) {
    out.append(*text);
    return Ok{};
  }
  const std::uint64_t b = begin(i), e = end(i);
  const std::uint64_t window_end = window_begin_ + window_.size();
  if (b < window_begin_ || e > window_end) {
    // Strings met in order (free text, each referred to once) are read a window at a
    // time; one met out of order is read alone.
    const bool in_order = b >= window_end && b - window_end < kWindow;
    const std::size_t n = in_order ? std::max<std::size_t>(kWindow, e - b) : e - b;
    window_.resize(n);
    auto got = file_->read_at(window_.data(), n, b);
    if (!got) return got.error();
    window_.resize(*got);
    window_begin_ = b;
    if (b + *got < e) return Error{{}, "the temporary file of the workbook's shared strings is shorter than written",
                                   Error::Kind::io};
  }
  out.append(window_, b - window_begin_, e - b);
  return Ok{};
}

}  // namespace canvass
