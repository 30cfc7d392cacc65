#include "sources/temp_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "sources/file_blocks.hpp"

namespace canvass {

namespace {

constexpr std::size_t kWriteBuffer = std::size_t{1} << 20;

std::string temp_folder() {
  const char* dir = std::getenv("TMPDIR");
  std::string folder = dir && *dir ? dir : "/tmp";
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  return folder;
}

}  // namespace

Result<TempFile> TempFile::create(const std::string& purpose) {
  const std::string folder = temp_folder();
  std::string name = folder + "/canvass-XXXXXX";
  std::vector<char> path(name.begin(), name.end());
  path.push_back('\0');
  const int fd = ::mkostemp(path.data(), O_CLOEXEC);
  if (fd < 0)
    return Error{{folder},
                 "cannot make a temporary file for " + purpose + ": " + std::strerror(errno) +
                     " (set TMPDIR to a writable folder)",
                 Error::Kind::io};
  ::unlink(path.data());  // gone once closed, whatever happens next
  return TempFile(fd, folder, purpose);
}

TempFile::TempFile(int fd, std::string folder, std::string purpose)
    : fd_(fd), folder_(std::move(folder)), purpose_(std::move(purpose)) {}

TempFile::TempFile(TempFile&& other) noexcept
    : fd_(other.fd_),
      folder_(std::move(other.folder_)),
      purpose_(std::move(other.purpose_)),
      buffer_(std::move(other.buffer_)),
      written_(other.written_) {
  other.fd_ = -1;
}

TempFile& TempFile::operator=(TempFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    folder_ = std::move(other.folder_);
    purpose_ = std::move(other.purpose_);
    buffer_ = std::move(other.buffer_);
    written_ = other.written_;
    other.fd_ = -1;
  }
  return *this;
}

TempFile::~TempFile() {
  if (fd_ >= 0) ::close(fd_);
}

Error TempFile::failure(const std::string& what) const {
  return Error{
      {folder_},
      "cannot " + what + " the temporary file for " + purpose_ + ": " + std::strerror(errno),
      Error::Kind::io};
}

Status TempFile::append(std::string_view bytes) {
  if (buffer_.size() + bytes.size() > kWriteBuffer) CANVASS_TRY(flush());
  buffer_.append(bytes);
  if (buffer_.size() >= kWriteBuffer) return flush();
  return Ok{};
}

Status TempFile::flush() {
  std::size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = ::pwrite(fd_, buffer_.data() + done, buffer_.size() - done, static_cast<off_t>(written_ + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return failure("write");
    }
    done += static_cast<std::size_t>(n);
  }
  written_ += done;
  buffer_.clear();
  return Ok{};
}

Result<std::size_t> TempFile::read_at(char* into, std::size_t n, std::uint64_t offset) const {
  const long got = canvass::read_at(fd_, into, n, offset);
  if (got < 0) return failure("read");
  return static_cast<std::size_t>(got);
}

}  // namespace canvass
