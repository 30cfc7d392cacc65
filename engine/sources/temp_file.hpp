// A scratch file a reader owns while it reads, for what would otherwise grow with the
// input in memory (a workbook's shared strings, its rows kept for a second pass). Made in
// $TMPDIR (or /tmp) and unlinked at once: it disappears when closed, on every exit path.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/error.hpp"

namespace canvass {

class TempFile {
 public:
  // A new, empty scratch file; `purpose` says in an error what it was for. An error (the
  // folder and the reason) when the temporary folder cannot be written.
  static Result<TempFile> create(const std::string& purpose);
  TempFile(TempFile&& other) noexcept;
  TempFile& operator=(TempFile&& other) noexcept;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile();

  // Appends `bytes` (buffered); an error when the disk is full or the write fails.
  Status append(std::string_view bytes);
  // Writes out what is buffered: call before reading what was appended.
  Status flush();
  std::uint64_t size() const { return written_ + buffer_.size(); }

  // Reads up to `n` bytes at `offset` of what was flushed; fewer only at the end.
  Result<std::size_t> read_at(char* into, std::size_t n, std::uint64_t offset) const;

 private:
  TempFile(int fd, std::string folder, std::string purpose);
  Error failure(const std::string& what) const;

  int fd_ = -1;
  std::string folder_, purpose_;
  std::string buffer_;
  std::uint64_t written_ = 0;
};

}  // namespace canvass
