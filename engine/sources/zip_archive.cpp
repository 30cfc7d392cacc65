#include "sources/zip_archive.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

#include <sys/stat.h>
#include <unzip.h>

#include "sources/file_blocks.hpp"

namespace canvass {
namespace {

// minizip reads through these callbacks from a buffer instead of a file, so a caller who
// has already read the file (to hash it) does not read it twice.
// With a file descriptor instead, it reads the file by offset: nothing is held.
struct MemoryStream {
  std::string_view bytes;
  std::uint64_t position = 0;
  int fd = -1;
  std::uint64_t size = 0;  // of the bytes, or of the file
};

voidpf ZCALLBACK memory_open(voidpf opaque, const void*, int mode) {
  if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ) return nullptr;
  auto* stream = static_cast<MemoryStream*>(opaque);
  stream->position = 0;
  return stream;
}

uLong ZCALLBACK memory_read(voidpf, voidpf s, void* buf, uLong size) {
  auto* stream = static_cast<MemoryStream*>(s);
  if (stream->position >= stream->size) return 0;
  const std::uint64_t left = stream->size - stream->position;
  uLong n = static_cast<uLong>(std::min<std::uint64_t>(size, left));
  if (stream->fd >= 0) {
    const long got = read_at(stream->fd, static_cast<char*>(buf), n, stream->position);
    if (got < 0) return 0;
    n = static_cast<uLong>(got);
  } else {
    std::memcpy(buf, stream->bytes.data() + stream->position, n);
  }
  stream->position += n;
  return n;
}

uLong ZCALLBACK memory_write(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T ZCALLBACK memory_tell(voidpf, voidpf s) { return static_cast<MemoryStream*>(s)->position; }

long ZCALLBACK memory_seek(voidpf, voidpf s, ZPOS64_T offset, int origin) {
  auto* stream = static_cast<MemoryStream*>(s);
  std::uint64_t base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = stream->position; break;
    case ZLIB_FILEFUNC_SEEK_END: base = stream->size; break;
    default: return -1;
  }
  if (offset > stream->size || base + offset > stream->size) return -1;
  stream->position = base + offset;
  return 0;
}

int ZCALLBACK memory_close(voidpf, voidpf) { return 0; }
int ZCALLBACK memory_error(voidpf, voidpf) { return 0; }

bool ascii_iequal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

// A name that would land outside a folder the archive were extracted to: absolute,
// a drive letter, or a ".." segment (with either slash).
bool escapes_archive(std::string_view name) {
  if (name.empty()) return true;
  if (name.front() == '/' || name.front() == '\\') return true;
  if (name.size() >= 2 && name[1] == ':') return true;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

std::string mib(std::uint64_t bytes) {
  if (bytes >= (std::uint64_t{1} << 20) && bytes % (std::uint64_t{1} << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

struct ZipArchive::Handle {
  std::unique_ptr<OpenFile> file_on_disk;  // when read from the file by offset
  MemoryStream stream;
  zlib_filefunc64_def functions{};
  unzFile file = nullptr;
  std::vector<unz64_file_pos> positions;  // one per entry, same order

  ~Handle() {
    if (file) unzClose(file);
  }
};

bool looks_like_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes[0] == 'P' && bytes[1] == 'K' &&
         ((bytes[2] == '\x03' && bytes[3] == '\x04') || (bytes[2] == '\x05' && bytes[3] == '\x06'));
}

Result<ZipArchive> ZipArchive::open_file(const std::string& path, ZipLimits limits) {
  auto handle = std::make_unique<Handle>();
  handle->file_on_disk = std::make_unique<OpenFile>(path);
  struct stat st {};
  if (handle->file_on_disk->fd() < 0 || ::fstat(handle->file_on_disk->fd(), &st) != 0 || !S_ISREG(st.st_mode))
    return Error{{path}, "cannot open the file", Error::Kind::io};
  handle->stream.fd = handle->file_on_disk->fd();
  handle->stream.size = static_cast<std::uint64_t>(st.st_size);
  char head[4] = {};
  const long got = read_at(handle->stream.fd, head, sizeof head, 0);
  return open_handle(path, std::string_view(head, got > 0 ? static_cast<std::size_t>(got) : 0), std::move(handle), limits);
}

Result<ZipArchive> ZipArchive::open(const std::string& path, std::string_view bytes, ZipLimits limits) {
  auto handle = std::make_unique<Handle>();
  handle->stream.bytes = bytes;
  handle->stream.size = bytes.size();
  return open_handle(path, bytes, std::move(handle), limits);
}

Result<ZipArchive> ZipArchive::open_handle(const std::string& path, std::string_view bytes, std::unique_ptr<Handle> handle,
                                           ZipLimits limits) {
  handle->functions.zopen64_file = memory_open;
  handle->functions.zread_file = memory_read;
  handle->functions.zwrite_file = memory_write;
  handle->functions.ztell64_file = memory_tell;
  handle->functions.zseek64_file = memory_seek;
  handle->functions.zclose_file = memory_close;
  handle->functions.zerror_file = memory_error;
  handle->functions.opaque = &handle->stream;
  handle->file = unzOpen2_64(path.c_str(), &handle->functions);
  if (!handle->file) {
    if (looks_like_zip(bytes))
      return Error{{path}, "a damaged or truncated ZIP archive: its central directory cannot be read"};
    return Error{{path}, "not a ZIP archive"};
  }

  unz_global_info64 global{};
  if (unzGetGlobalInfo64(handle->file, &global) != UNZ_OK)
    return Error{{path}, "a damaged or truncated ZIP archive: its directory cannot be read"};
  if (global.number_entry > limits.max_entries)
    return Error{{path}, "the ZIP archive has " + std::to_string(global.number_entry) + " entries, more than the limit of " +
                             std::to_string(limits.max_entries)};

  std::vector<ZipEntry> entries;
  int rc = unzGoToFirstFile(handle->file);
  while (rc == UNZ_OK) {
    if (entries.size() >= limits.max_entries)
      return Error{{path}, "the ZIP archive has more entries than the limit of " + std::to_string(limits.max_entries)};
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(handle->file, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
      return Error{{path}, "a damaged or truncated ZIP archive: entry " + std::to_string(entries.size() + 1) + " cannot be read"};
    std::string name(info.size_filename, '\0');
    if (unzGetCurrentFileInfo64(handle->file, &info, name.data(), static_cast<uLong>(name.size()), nullptr, 0, nullptr,
                                0) != UNZ_OK)
      return Error{{path}, "a damaged or truncated ZIP archive: entry " + std::to_string(entries.size() + 1) + " cannot be read"};
    if (name.find('\0') != std::string::npos || escapes_archive(name))
      return Error{Location{path, 0, 0, name}, "an entry name that points outside the archive; the file is refused"};
    unz64_file_pos position{};
    if (unzGetFilePos64(handle->file, &position) != UNZ_OK)
      return Error{Location{path, 0, 0, name}, "a damaged or truncated ZIP archive: the entry cannot be located"};
    handle->positions.push_back(position);
    entries.push_back(ZipEntry{std::move(name), info.compressed_size, info.uncompressed_size});
    rc = unzGoToNextFile(handle->file);
  }
  if (rc != UNZ_END_OF_LIST_OF_FILE)
    return Error{{path}, "a damaged or truncated ZIP archive: its directory ends early after " + std::to_string(entries.size()) + " entries"};
  std::uint64_t declared = 0;
  for (const auto& e : entries) declared += std::min<std::uint64_t>(e.declared_size, limits.max_total_bytes + 1);
  if (declared > limits.max_total_bytes)
    return Error{{path}, "the ZIP archive declares " + mib(declared) + " inflated in all, more than the limit of " +
                             mib(limits.max_total_bytes) + "; nothing was inflated"};
  return ZipArchive(path, limits, std::move(handle), std::move(entries));
}

ZipArchive::ZipArchive(std::string path, ZipLimits limits, std::unique_ptr<Handle> handle, std::vector<ZipEntry> entries)
    : path_(std::move(path)), limits_(limits), handle_(std::move(handle)), entries_(std::move(entries)) {
  file_bytes_ = handle_->stream.size;
}
// An archive moves only while no part is open (a Part points at its archive).
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

const ZipEntry* ZipArchive::find(std::string_view name) const {
  for (const auto& e : entries_)
    if (e.name == name) return &e;
  // OPC part names compare case-insensitively.
  for (const auto& e : entries_)
    if (ascii_iequal(e.name, name)) return &e;
  return nullptr;
}

std::uint64_t ZipArchive::total_allowed() const {
  const std::uint64_t by_ratio = limits_.max_ratio * file_bytes_ + 64 * limits_.ratio_checked_above;
  return std::min(limits_.max_total_bytes, by_ratio);
}

ZipArchive::Part::Part(ZipArchive* zip, std::string name, std::uint64_t compressed, std::uint64_t declared)
    : zip_(zip), name_(std::move(name)), compressed_(std::max<std::uint64_t>(compressed, 1)), declared_(declared) {}

ZipArchive::Part::Part(Part&& o) noexcept
    : zip_(o.zip_), name_(std::move(o.name_)), compressed_(o.compressed_), declared_(o.declared_),
      inflated_(o.inflated_), done_(o.done_) {
  if (zip_ && zip_->open_ == &o) zip_->open_ = this;
  o.zip_ = nullptr;
}

ZipArchive::Part::~Part() {
  if (zip_ && zip_->open_ == this) {
    unzCloseCurrentFile(zip_->handle_->file);
    zip_->open_ = nullptr;
  }
}

Status ZipArchive::check_declared(std::string_view name, std::uint64_t also) const {
  const ZipEntry* entry = find(name);
  const Location where{path_, 0, 0, std::string(name)};
  if (!entry) return Error{where, "the archive has no part named " + std::string(name)};
  // The declared sizes refuse an obvious bomb before anything is inflated; the counts
  // made while inflating (Part::read) catch a declaration that lies.
  const std::uint64_t compressed = std::max<std::uint64_t>(entry->compressed_size, 1);
  if (entry->declared_size > limits_.ratio_checked_above && entry->declared_size / compressed > limits_.max_ratio)
    return Error{where, "the part declares " + mib(entry->declared_size) + ", more than " + std::to_string(limits_.max_ratio) +
                            " times its compressed size (a zip bomb?); nothing was inflated"};
  if (total_inflated_ + also + entry->declared_size > total_allowed())
    return Error{where, "the part declares " + mib(entry->declared_size) + ", more than the archive may inflate to in total (" +
                            mib(total_allowed()) + "); nothing was inflated"};
  return Ok{};
}

Result<ZipArchive::Part> ZipArchive::open_part(std::string_view name) {
  const ZipEntry* entry = find(name);
  const Location where{path_, 0, 0, std::string(name)};
  if (!entry) return Error{where, "the archive has no part named " + std::string(name)};
  const std::size_t index = static_cast<std::size_t>(entry - entries_.data());
  if (open_) {  // one part at a time: the one open before ends here
    unzCloseCurrentFile(handle_->file);
    open_->zip_ = nullptr;
    open_ = nullptr;
  }

  CANVASS_TRY(check_declared(name));

  unzFile file = handle_->file;
  if (unzGoToFilePos64(file, &handle_->positions[index]) != UNZ_OK)
    return Error{where, "a damaged or truncated ZIP archive: the part cannot be located"};
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(file, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
    return Error{where, "a damaged or truncated ZIP archive: the part's header cannot be read"};
  if (info.flag & 1u) return Error{where, "the part is encrypted; canvass reads only unprotected files"};
  if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
    return Error{where, "the part is compressed with method " + std::to_string(info.compression_method) +
                            "; only stored and deflated parts can be read"};
  if (unzOpenCurrentFile(file) != UNZ_OK) return Error{where, "a damaged or truncated ZIP archive: the part cannot be opened"};
  Result<Part> part = Part(this, std::string(name), info.compressed_size, info.uncompressed_size);
  open_ = &*part;  // kept up to date as the part moves
  return part;
}

Result<std::size_t> ZipArchive::Part::read(char* into, std::size_t n) {
  const Location where{zip_ ? zip_->path_ : std::string{}, 0, 0, name_};
  if (done_) return std::size_t{0};
  if (!zip_) return Error{where, "the part was closed by reading another part"};
  ZipArchive& zip = *zip_;
  const ZipLimits& limits = zip.limits_;
  auto fail = [&](Error e) -> Result<std::size_t> {
    done_ = true;
    unzCloseCurrentFile(zip.handle_->file);
    zip.open_ = nullptr;
    zip_ = nullptr;
    return e;
  };
  const int got = unzReadCurrentFile(zip.handle_->file, into, static_cast<unsigned>(std::min<std::size_t>(n, 1u << 30)));
  if (got < 0)
    return fail(Error{where, "a damaged or truncated ZIP archive: the part cannot be inflated (minizip error " + std::to_string(got) + ")"});
  inflated_ += static_cast<std::uint64_t>(got);
  zip.total_inflated_ += static_cast<std::uint64_t>(got);
  if (zip.total_inflated_ > limits.max_total_bytes)
    return fail(Error{where, "the archive inflates to more than the limit of " + mib(limits.max_total_bytes) + " in total; reading stopped"});
  if (zip.total_inflated_ > zip.total_allowed())
    return fail(Error{where, "the archive inflates to more than " + std::to_string(limits.max_ratio) +
                                 " times its size (a zip bomb?); reading stopped"});
  if (inflated_ > limits.ratio_checked_above && inflated_ / compressed_ > limits.max_ratio)
    return fail(Error{where, "the part inflates more than " + std::to_string(limits.max_ratio) +
                                 " times its compressed size (a zip bomb?); reading stopped"});
  if (inflated_ > declared_)
    return fail(Error{where, "a damaged ZIP archive: the part inflates past the " + std::to_string(declared_) + " bytes it declares"});
  if (got > 0) return static_cast<std::size_t>(got);
  // The end of the part: its CRC and size are checked before it counts as read.
  done_ = true;
  const int closed = unzCloseCurrentFile(zip.handle_->file);
  zip.open_ = nullptr;
  zip_ = nullptr;
  if (closed == UNZ_CRCERROR) return Error{where, "a damaged or truncated ZIP archive: the part fails its CRC check"};
  if (inflated_ != declared_)
    return Error{where, "a damaged or truncated ZIP archive: the part holds " + std::to_string(inflated_) + " bytes but declares " +
                            std::to_string(declared_)};
  return std::size_t{0};
}

Result<std::string> ZipArchive::read(std::string_view name) {
  const ZipEntry* entry = find(name);
  const Location where{path_, 0, 0, std::string(name)};
  if (!entry) return Error{where, "the archive has no part named " + std::string(name)};
  if (entry->declared_size > limits_.max_part_bytes)
    return Error{where, "the part declares " + mib(entry->declared_size) + ", more than the limit of " + mib(limits_.max_part_bytes)};
  auto part = open_part(name);
  if (!part) return part.error();
  std::string out;
  out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(entry->declared_size, std::uint64_t{16} << 20)));
  char buffer[64 * 1024];
  for (;;) {
    auto n = part->read(buffer, sizeof buffer);
    if (!n) return n.error();
    if (*n == 0) return out;
    out.append(buffer, *n);
    if (out.size() > limits_.max_part_bytes)
      return Error{where, "the part inflates to more than the limit of " + mib(limits_.max_part_bytes) + "; reading stopped"};
  }
}

}  // namespace canvass
