// Builds ZIP archives in memory with minizip's writer, for tests and fixture generators
// (XLSX, DOCX, hostile archives): named parts from strings, stored or deflated.
#pragma once

#include <algorithm>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include <zip.h>

namespace canvass::testing {

namespace zip_builder_detail {

// minizip writes through these callbacks into a string; it seeks back to patch headers.
struct Sink {
  std::string bytes;
  std::size_t position = 0;
};

inline voidpf ZCALLBACK open(voidpf opaque, const void*, int) { return opaque; }
inline uLong ZCALLBACK read(voidpf, voidpf s, void* buf, uLong size) {
  auto* sink = static_cast<Sink*>(s);
  const std::size_t n = std::min<std::size_t>(size, sink->bytes.size() - std::min(sink->position, sink->bytes.size()));
  std::memcpy(buf, sink->bytes.data() + sink->position, n);
  sink->position += n;
  return static_cast<uLong>(n);
}
inline uLong ZCALLBACK write(voidpf, voidpf s, const void* buf, uLong size) {
  auto* sink = static_cast<Sink*>(s);
  if (sink->position + size > sink->bytes.size()) sink->bytes.resize(sink->position + size);
  std::memcpy(sink->bytes.data() + sink->position, buf, size);
  sink->position += size;
  return size;
}
inline ZPOS64_T ZCALLBACK tell(voidpf, voidpf s) { return static_cast<Sink*>(s)->position; }
inline long ZCALLBACK seek(voidpf, voidpf s, ZPOS64_T offset, int origin) {
  auto* sink = static_cast<Sink*>(s);
  std::size_t base = origin == ZLIB_FILEFUNC_SEEK_CUR ? sink->position
                     : origin == ZLIB_FILEFUNC_SEEK_END ? sink->bytes.size()
                                                        : 0;
  sink->position = base + static_cast<std::size_t>(offset);
  return 0;
}
inline int ZCALLBACK close(voidpf, voidpf) { return 0; }
inline int ZCALLBACK error(voidpf, voidpf) { return 0; }

}  // namespace zip_builder_detail

enum class ZipMethod { stored, deflated };

// Usage: ZipBuilder z; z.add("a.xml", text); std::string bytes = z.finish();
// Entries carry a fixed 1980-01-01 timestamp, so the same parts give the same bytes.
class ZipBuilder {
 public:
  ZipBuilder() {
    functions_.zopen64_file = zip_builder_detail::open;
    functions_.zread_file = zip_builder_detail::read;
    functions_.zwrite_file = zip_builder_detail::write;
    functions_.ztell64_file = zip_builder_detail::tell;
    functions_.zseek64_file = zip_builder_detail::seek;
    functions_.zclose_file = zip_builder_detail::close;
    functions_.zerror_file = zip_builder_detail::error;
    functions_.opaque = &sink_;
    zip_ = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions_);
    if (!zip_) throw std::runtime_error("zipOpen2_64 failed");
  }
  ~ZipBuilder() {
    if (zip_) zipClose(zip_, nullptr);
  }
  ZipBuilder(const ZipBuilder&) = delete;
  ZipBuilder& operator=(const ZipBuilder&) = delete;

  // Adds a part named `name` (any name, even a hostile one) holding `content`.
  ZipBuilder& add(const std::string& name, std::string_view content, ZipMethod method = ZipMethod::deflated) {
    zip_fileinfo info{};
    info.tmz_date.tm_year = 1980;
    info.tmz_date.tm_mday = 1;
    const int m = method == ZipMethod::deflated ? Z_DEFLATED : 0;
    if (zipOpenNewFileInZip64(zip_, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, m,
                              m ? Z_DEFAULT_COMPRESSION : 0, 0) != ZIP_OK)
      throw std::runtime_error("zipOpenNewFileInZip64 failed for " + name);
    // zipWriteInFileInZip takes an unsigned length: write in slices for big parts.
    for (std::size_t at = 0; at < content.size(); at += 1u << 30) {
      const auto n = static_cast<unsigned>(std::min<std::size_t>(content.size() - at, 1u << 30));
      if (zipWriteInFileInZip(zip_, content.data() + at, n) != ZIP_OK)
        throw std::runtime_error("zipWriteInFileInZip failed for " + name);
    }
    if (zipCloseFileInZip(zip_) != ZIP_OK) throw std::runtime_error("zipCloseFileInZip failed for " + name);
    return *this;
  }

  // The archive's bytes; the builder is finished afterwards.
  std::string finish() {
    if (zip_) {
      if (zipClose(zip_, nullptr) != ZIP_OK) throw std::runtime_error("zipClose failed");
      zip_ = nullptr;
    }
    return sink_.bytes;
  }

  void write_to(const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    const std::string bytes = finish();
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path);
  }

 private:
  zip_builder_detail::Sink sink_;
  zlib_filefunc64_def functions_{};
  zipFile zip_ = nullptr;
};

}  // namespace canvass::testing
