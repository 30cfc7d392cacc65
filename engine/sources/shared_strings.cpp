#include "sources/shared_strings.hpp"

#include <algorithm>

#include "sources/ooxml_escapes.hpp"

namespace canvass {

namespace {

// How much of the scratch file one read brings in.
constexpr std::size_t kWindow = std::size_t{256} << 10;
// Strings read out of order kept in memory (each counted with 64 bytes of bookkeeping).
constexpr std::size_t kRecalledBytes = std::size_t{4} << 20;

void put_length(std::string& out, std::uint64_t n) {
  while (n >= 0x80) {
    out.push_back(static_cast<char>((n & 0x7f) | 0x80));
    n >>= 7;
  }
  out.push_back(static_cast<char>(n));
}

Error unreadable() {
  return Error{
      {}, "the temporary file of the workbook's shared strings does not read back as written", Error::Kind::io};
}

}  // namespace

void SharedStrings::fail(Error e) {
  if (!error_) error_ = std::move(e);
  stop(error_->message);
}

void SharedStrings::start_element(const XmlElement& e) {
  if (e.name == "si") {
    in_si_ = true;
    // The budget counts the bytes and 8 more a string, so empty strings cannot grow it either.
    if (!file_ && !error_ && arena_.size() + 8 * held_ >= held_bytes_) {
      auto file = TempFile::create("the workbook's shared strings");
      if (!file) return fail(file.error());
      file_.emplace(std::move(file).value());
    }
    to_file_ = file_.has_value();
    current_.clear();
  } else if (e.name == "rPh") {
    ++in_phonetic_;
  } else if (e.name == "t" && in_si_ && in_phonetic_ == 0) {
    in_t_ = true;
  }
}

void SharedStrings::characters(std::string_view text) {
  if (!in_t_) return;
  if (to_file_)
    current_.append(text);
  else
    arena_.append(text);
}

void SharedStrings::end_element(std::string_view name, std::string_view) {
  if (name == "t") {
    in_t_ = false;
  } else if (name == "rPh") {
    --in_phonetic_;
  } else if (name == "si") {
    in_si_ = false;
    if (!to_file_) {
      decode_xstring_escapes(arena_, held_ == 0 ? 0 : ends_[(held_ - 1) / kBlock][(held_ - 1) % kBlock]);
      if (held_ % kBlock == 0) ends_.push_back(std::make_unique<std::uint64_t[]>(kBlock));
      ends_[held_ / kBlock][held_ % kBlock] = arena_.size();
      ++held_;
      return;
    }
    if (spilled_ % kEvery == 0) every_.push_back(file_->size());
    decode_xstring_escapes(current_);
    std::string length;
    put_length(length, current_.size());
    auto ok = file_->append(length);
    if (ok) ok = file_->append(current_);
    if (!ok) return fail(ok.error());
    ++spilled_;
  }
}

Status SharedStrings::finish() {
  if (error_) return *error_;
  if (file_) CANVASS_TRY(file_->flush());
  return Ok{};
}

Result<std::string_view> SharedStrings::bytes_at(std::uint64_t offset, std::size_t n, std::size_t read) {
  const std::uint64_t window_end = window_begin_ + window_.size();
  if (offset < window_begin_ || offset + n > window_end) {
    window_.resize(std::max(read, n));
    auto got = file_->read_at(window_.data(), window_.size(), offset);
    if (!got) return got.error();
    window_.resize(*got);
    window_begin_ = offset;
  }
  const std::size_t at = static_cast<std::size_t>(offset - window_begin_);
  return std::string_view(window_).substr(at, std::min(n, window_.size() - at));
}

Status SharedStrings::append_to(std::size_t i, std::string& out) {
  if (auto text = held(i)) {
    out.append(*text);
    return Ok{};
  }
  const std::size_t k = i - held_;
  if (auto kept = recalled_.find(k); kept != recalled_.end()) {
    out.append(kept->second);
    return Ok{};
  }
  // Strings met in order (free text, each referred to once) follow the last one read and
  // are read a window at a time; any other is found from the nearest kept offset before
  // it, reading only its group of strings (a table in another order costs one small read
  // a lookup, not a window).
  std::size_t read = kWindow;
  const bool out_of_order = k < next_ || k / kEvery != next_ / kEvery;
  if (out_of_order) {
    const std::size_t group = k / kEvery;
    next_ = group * kEvery;
    next_offset_ = every_[group];
    read = static_cast<std::size_t>((group + 1 < every_.size() ? every_[group + 1] : file_->size()) - next_offset_);
  }
  for (;;) {
    auto head = bytes_at(next_offset_, 10, read);
    if (!head) return head.error();
    std::uint64_t length = 0;
    std::size_t used = 0;
    for (int shift = 0;; shift += 7) {
      if (used == head->size() || shift > 56) return unreadable();
      const auto byte = static_cast<unsigned char>((*head)[used++]);
      length |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    const std::uint64_t start = next_offset_ + used;
    next_offset_ = start + length;
    if (next_++ < k) continue;
    auto text = bytes_at(start, static_cast<std::size_t>(length), read);
    if (!text) return text.error();
    if (text->size() != length) return unreadable();
    out.append(*text);
    // One met out of order is likely met again (an answer label first used late): kept,
    // within a budget that starts over when spent.
    if (out_of_order) {
      if (recalled_bytes_ + text->size() > kRecalledBytes) {
        recalled_.clear();
        recalled_bytes_ = 0;
      }
      recalled_bytes_ += text->size() + 64;
      recalled_.emplace(k, std::string(*text));
    }
    return Ok{};
  }
}

}  // namespace canvass
