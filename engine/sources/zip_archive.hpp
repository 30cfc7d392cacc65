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

// The bounds every archive is read within. Inflated sizes are counted while inflating,
// chunk by chunk: the sizes an archive declares are checked too but never trusted alone.
struct ZipLimits {
  std::size_t max_entries = 10'000;
  std::uint64_t max_part_bytes = std::uint64_t{256} << 20;   // one part, inflated
  std::uint64_t max_total_bytes = std::uint64_t{1} << 30;    // all parts read from one archive
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

  // Bytes inflated so far from this archive, counted against max_total_bytes.
  std::uint64_t total_inflated() const { return total_inflated_; }

 private:
  struct Handle;
  ZipArchive(std::string path, ZipLimits limits, std::unique_ptr<Handle> handle, std::vector<ZipEntry> entries);

  std::string path_;
  ZipLimits limits_;
  std::unique_ptr<Handle> handle_;
  std::vector<ZipEntry> entries_;
  std::uint64_t total_inflated_ = 0;
};

// True when `bytes` begin like a ZIP archive (a local file header, or an empty archive).
bool looks_like_zip(std::string_view bytes);

}  // namespace canvass
