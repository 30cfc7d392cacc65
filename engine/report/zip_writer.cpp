#include "report/zip_writer.hpp"

#include <algorithm>
#include <cstring>

#include <zip.h>

namespace canvass {

namespace {

// minizip writes through these callbacks into a string; it seeks back to patch headers.
struct Sink {
  std::string bytes;
  std::size_t position = 0;
};

voidpf ZCALLBACK sink_open(voidpf opaque, const void*, int) { return opaque; }
uLong ZCALLBACK sink_read(voidpf, voidpf s, void* buf, uLong size) {
  auto* sink = static_cast<Sink*>(s);
  const std::size_t from = std::min(sink->position, sink->bytes.size());
  const std::size_t n = std::min<std::size_t>(size, sink->bytes.size() - from);
  std::memcpy(buf, sink->bytes.data() + from, n);
  sink->position = from + n;
  return static_cast<uLong>(n);
}
uLong ZCALLBACK sink_write(voidpf, voidpf s, const void* buf, uLong size) {
  auto* sink = static_cast<Sink*>(s);
  if (sink->position + size > sink->bytes.size()) sink->bytes.resize(sink->position + size);
  std::memcpy(sink->bytes.data() + sink->position, buf, size);
  sink->position += size;
  return size;
}
ZPOS64_T ZCALLBACK sink_tell(voidpf, voidpf s) { return static_cast<Sink*>(s)->position; }
long ZCALLBACK sink_seek(voidpf, voidpf s, ZPOS64_T offset, int origin) {
  auto* sink = static_cast<Sink*>(s);
  const std::size_t base = origin == ZLIB_FILEFUNC_SEEK_CUR ? sink->position
                           : origin == ZLIB_FILEFUNC_SEEK_END ? sink->bytes.size()
                                                              : 0;
  sink->position = base + static_cast<std::size_t>(offset);
  return 0;
}
int ZCALLBACK sink_close(voidpf, voidpf) { return 0; }
int ZCALLBACK sink_error(voidpf, voidpf) { return 0; }

}  // namespace

Result<std::string> zip_parts(const std::string& name, const std::vector<ZipPart>& parts) {
  Sink sink;
  zlib_filefunc64_def functions{};
  functions.zopen64_file = sink_open;
  functions.zread_file = sink_read;
  functions.zwrite_file = sink_write;
  functions.ztell64_file = sink_tell;
  functions.zseek64_file = sink_seek;
  functions.zclose_file = sink_close;
  functions.zerror_file = sink_error;
  functions.opaque = &sink;
  zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
  auto fail = [&](const std::string& part) {
    if (zip) zipClose(zip, nullptr);
    return Error{{name, 0, 0, part}, "cannot write the ZIP container", Error::Kind::io};
  };
  if (!zip) return fail("");
  for (const auto& [part, content] : parts) {
    zip_fileinfo info{};
    info.tmz_date.tm_year = 1980;
    info.tmz_date.tm_mday = 1;
    if (zipOpenNewFileInZip64(zip, part.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, content.size() >= 0xffffffffu) != ZIP_OK)
      return fail(part);
    for (std::size_t at = 0; at < content.size(); at += 1u << 30) {
      const auto n = static_cast<unsigned>(std::min<std::size_t>(content.size() - at, 1u << 30));
      if (zipWriteInFileInZip(zip, content.data() + at, n) != ZIP_OK) return fail(part);
    }
    if (zipCloseFileInZip(zip) != ZIP_OK) return fail(part);
  }
  const int closed = zipClose(zip, nullptr);
  zip = nullptr;
  if (closed != ZIP_OK) return fail("");
  return std::move(sink.bytes);
}

}  // namespace canvass
