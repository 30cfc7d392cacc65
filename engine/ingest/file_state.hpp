// What tells one version of a file from another without reading it again (size, inode,
// times): the streamed passes check it so a source is never stored under the identity
// (SHA-256) of other bytes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace canvass {

struct FileState {
  std::uint64_t size = 0, inode = 0;
  std::int64_t modified_ns = 0, changed_ns = 0;
  bool operator==(const FileState&) const = default;
};

// The state of the file at `path` (or of an open descriptor); nothing when it cannot be read.
std::optional<FileState> file_state(const std::string& path);
std::optional<FileState> file_state(int fd);

}  // namespace canvass
