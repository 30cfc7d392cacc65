#include "sources/xlsx_spool.hpp"

#include <cstring>

#include "sources/shared_strings.hpp"

namespace canvass {

namespace {

void put_number(std::string& out, std::uint64_t n) {
  while (n >= 0x80) {
    out.push_back(static_cast<char>((n & 0x7f) | 0x80));
    n >>= 7;
  }
  out.push_back(static_cast<char>(n));
}

// A number written by put_number, from [p, end); nothing when it runs past the end.
std::optional<std::uint64_t> take_number(const char*& p, const char* end) {
  std::uint64_t n = 0;
  for (int shift = 0; p < end && shift < 64; shift += 7) {
    const auto byte = static_cast<unsigned char>(*p++);
    n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
    if (byte < 0x80) return n;
  }
  return std::nullopt;
}

Error damaged() {
  return Error{{}, "the temporary file of the workbook's rows does not read back as written", Error::Kind::io};
}

constexpr std::size_t kReadBlock = std::size_t{1} << 20;

}  // namespace

XlsxSpool::XlsxSpool(std::size_t held_bytes) : held_bytes_(held_bytes) {}
XlsxSpool::XlsxSpool(XlsxSpool&&) noexcept = default;
XlsxSpool& XlsxSpool::operator=(XlsxSpool&&) noexcept = default;
XlsxSpool::~XlsxSpool() = default;

Status XlsxSpool::add(std::size_t line, const std::vector<SpooledCell>& cells) {
  // Each row: its length, then its line, its number of cells and each cell (a shared
  // string as 2 * index + 1, its own text as 2 * length followed by the text).
  encoded_.clear();
  put_number(encoded_, line);
  put_number(encoded_, cells.size());
  for (const SpooledCell& c : cells) {
    if (c.shared != SpooledCell::kOwnText) {
      put_number(encoded_, 2 * static_cast<std::uint64_t>(c.shared) + 1);
    } else {
      put_number(encoded_, 2 * static_cast<std::uint64_t>(c.text.size()));
      encoded_.append(c.text);
    }
  }
  std::string length;
  put_number(length, encoded_.size());
  if (!file_) {  // a small sheet's rows stay in memory, in one buffer that never grows
    if (held_.capacity() < held_bytes_) held_.reserve(held_bytes_);
    if (held_.size() + length.size() + encoded_.size() <= held_bytes_) {
      held_.append(length).append(encoded_);
      return Ok{};
    }
    auto file = TempFile::create("the workbook's rows");
    if (!file) return file.error();
    file_.emplace(std::move(file).value());
    CANVASS_TRY(file_->append(held_));
    held_ = std::string();
  }
  CANVASS_TRY(file_->append(length));
  return file_->append(encoded_);
}

Status XlsxSpool::finish(std::unique_ptr<SharedStrings> shared) {
  shared_ = std::move(shared);
  if (file_) {
    CANVASS_TRY(file_->flush());
    size_ = file_->size();
  } else {  // read back from memory
    buf_ = std::move(held_);
    have_ = buf_.size();
    size_ = read_ = have_;
  }
  return Ok{};
}

Status XlsxSpool::ensure(std::size_t n) {
  if (have_ - pos_ >= n) return Ok{};
  std::memmove(buf_.data(), buf_.data() + pos_, have_ - pos_);
  have_ -= pos_;
  pos_ = 0;
  if (buf_.size() < n || buf_.size() < kReadBlock) buf_.resize(std::max(n, kReadBlock));
  while (have_ < n) {
    if (read_ >= size_) return damaged();
    auto got = file_->read_at(buf_.data() + have_, buf_.size() - have_, read_);
    if (!got) return got.error();
    if (*got == 0) return damaged();
    have_ += *got;
    read_ += *got;
  }
  return Ok{};
}

Result<bool> XlsxSpool::next(RowView& row) {
  if (pos_ == have_ && read_ >= size_) return false;
  // The row's length first (at most ten bytes, fewer at the very end).
  CANVASS_TRY(ensure(static_cast<std::size_t>(std::min<std::uint64_t>(10, have_ - pos_ + size_ - read_))));
  const char* p = buf_.data() + pos_;
  auto length = take_number(p, buf_.data() + have_);
  if (!length) return damaged();
  pos_ = static_cast<std::size_t>(p - buf_.data());
  CANVASS_TRY(ensure(static_cast<std::size_t>(*length)));
  p = buf_.data() + pos_;
  const char* end = p + *length;
  pos_ += static_cast<std::size_t>(*length);

  auto line = take_number(p, end);
  auto count = take_number(p, end);
  if (!line || !count || *count > *length) return damaged();
  cells_.clear();
  text_.clear();
  for (std::uint64_t c = 0; c < *count; ++c) {
    auto tag = take_number(p, end);
    if (!tag) return damaged();
    if (*tag & 1) {
      const std::size_t index = static_cast<std::size_t>(*tag >> 1);
      if (!shared_ || index >= shared_->size()) return damaged();
      if (shared_->held(index)) {
        cells_.push_back({Cell::held, index, 0});
      } else {
        const std::size_t offset = text_.size();
        CANVASS_TRY(shared_->append_to(index, text_));
        cells_.push_back({Cell::read_back, offset, text_.size() - offset});
      }
    } else {
      const std::size_t size = static_cast<std::size_t>(*tag >> 1);
      if (size > static_cast<std::size_t>(end - p)) return damaged();
      cells_.push_back({Cell::own, static_cast<std::size_t>(p - buf_.data()), size});
      p += size;
    }
  }
  views_.clear();
  for (const Cell& c : cells_) {
    switch (c.from) {
      case Cell::held:
        views_.push_back(*shared_->held(c.offset));
        break;
      case Cell::read_back:
        views_.emplace_back(text_.data() + c.offset, c.size);
        break;
      case Cell::own:
        views_.emplace_back(buf_.data() + c.offset, c.size);
        break;
    }
  }
  row = RowView{static_cast<std::size_t>(*line), std::span<const std::string_view>(views_.data(), views_.size())};
  return true;
}

}  // namespace canvass
