// Reads the parts of a ZIP container (XLSX, DOCX) from bytes already in memory, with
// minizip, inside bounds that stop zip bombs, huge archives and paths leaving the archive.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"

namespace canvass {

// The bounds every archive is read within. They stop zip bombs without refusing honest
// large sheets: a part may inflate to at most max_ratio times its compressed size, the
// whole archive to at most max_ratio times the file (plus ratio_checked_above), and never
// past max_total_bytes. The sizes an archive declares are checked when it is opened and
// before a part is inflated, so a bomb is refused before anything large is inflated; the
// inflated sizes are counted too, chunk by chunk, since a declaration can lie.
struct ZipLimits {
  std::size_t max_entries = 10'000;
  // A part read whole into memory (read(): relationships, styles, a Word document). Parts
  // read as a stream (open_part(): worksheets, shared strings) are not held, so only the
  // ratio and total bounds apply to them.
  std::uint64_t max_part_bytes = std::uint64_t{256} << 20;
  // All parts inflated from one archive: far above any real export (a 1M-row, 44-column
  // sheet inflates to about 1.5 GB), configurable for larger ones.
  std::uint64_t max_total_bytes = std::uint64_t{32} << 30;
  std::uint64_t ratio_checked_above = std::uint64_t{1} << 20;  // parts smaller than this may compress well
  std::uint64_t max_ratio = 100;                             // inflated : compressed, above that size
};

struct ZipEntry {
  std::string name;  // the path inside the archive, '/'-separated
  std::uint64_t compressed_size = 0;
  std::uint64_t declared_size = 0;  // as the archive says; reading checks it
};

class ZipArchive {
 public:
  // Opens the archive held in `bytes`, which must outlive the ZipArchive. `path` names the
  // file in errors. Fails on bytes that are not a ZIP, a damaged or truncated archive,
  // too many entries, or an entry name that is absolute or contains "..".
  static Result<ZipArchive> open(const std::string& path, std::string_view bytes, ZipLimits limits = {});
  // Opens the archive in the file at `path`, read by offset as parts are inflated: only
  // the central directory and the part being read are ever in memory.
  static Result<ZipArchive> open_file(const std::string& path, ZipLimits limits = {});

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  const std::string& path() const { return path_; }
  const std::vector<ZipEntry>& entries() const { return entries_; }
  const ZipEntry* find(std::string_view name) const;  // exact name, else ASCII case-insensitive
  bool contains(std::string_view name) const { return find(name) != nullptr; }

  // The inflated content of the part `name`. An error (Location part = name) when it is
  // absent, encrypted, damaged, or passes a bound; reading stops at the first bound passed.
  Result<std::string> read(std::string_view name);

  // A part inflated chunk by chunk: only what the caller asks for is held. One part is
  // open at a time per archive; opening another (or reading one whole) ends the first.
  class Part {
   public:
    Part(Part&&) noexcept;
    Part& operator=(Part&&) = delete;
    ~Part();
    // Up to `n` bytes into `into`: 0 at the end of the part. An error (located at the
    // part) when the part is damaged, fails its CRC or size check, or passes a bound.
    Result<std::size_t> read(char* into, std::size_t n);
    const std::string& name() const { return name_; }

   private:
    friend class ZipArchive;
    Part(ZipArchive* zip, std::string name, std::uint64_t compressed, std::uint64_t declared);
    ZipArchive* zip_ = nullptr;
    std::string name_;
    std::uint64_t compressed_ = 1, declared_ = 0, inflated_ = 0;
    bool done_ = false;
  };
  Result<Part> open_part(std::string_view name);

  // Whether the part `name`, as declared, stays within the ratio bound and, with `also`
  // more bytes inflated first, within the total bound: so a reader can refuse a bomb in a
  // part it reads last before inflating the parts it reads first.
  Status check_declared(std::string_view name, std::uint64_t also = 0) const;

  // Bytes inflated so far from this archive, counted against max_total_bytes.
  std::uint64_t total_inflated() const { return total_inflated_; }

 private:
  struct Handle;
  ZipArchive(std::string path, ZipLimits limits, std::unique_ptr<Handle> handle, std::vector<ZipEntry> entries);
  static Result<ZipArchive> open_handle(const std::string& path, std::string_view head, std::unique_ptr<Handle> handle,
                                        ZipLimits limits);

  std::string path_;
  ZipLimits limits_;
  std::unique_ptr<Handle> handle_;
  std::vector<ZipEntry> entries_;
  std::uint64_t total_inflated_ = 0;
  std::uint64_t file_bytes_ = 0;
  Part* open_ = nullptr;  // the part being read, if any

  std::uint64_t total_allowed() const;
};

// True when `bytes` begin like a ZIP archive (a local file header, or an empty archive).
bool looks_like_zip(std::string_view bytes);

}  // namespace canvass
