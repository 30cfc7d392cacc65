#include "sources/file_bytes.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace canvass {

Result<std::string> read_file_bytes(const std::string& path, std::size_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return Error{{path}, std::string("cannot open: ") + std::strerror(errno), Error::Kind::io};
  if (S_ISDIR(st.st_mode)) return Error{{path}, "is a folder, not a file", Error::Kind::io};
  if (static_cast<std::size_t>(st.st_size) > max_bytes)
    return Error{{path}, "file is larger than the limit of " + std::to_string(max_bytes) + " bytes"};
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{{path}, std::string("cannot open: ") + std::strerror(errno), Error::Kind::io};
  std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

}  // namespace canvass
