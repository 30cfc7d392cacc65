// A workbook's shared strings (xl/sharedStrings.xml), kept once and looked up by index as
// the sheet refers to them. The first ones (answer labels, met first) stay in memory; past a
// budget the rest (mostly free-text comments, each referred to once and in order) go to a
// scratch file, each after its length, with one offset in memory per 64 strings, and are
// read back through a window that moves forward with the sheet; those met out of order
// are kept in a small cache. Memory stays flat in rows.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/error.hpp"
#include "sources/temp_file.hpp"
#include "sources/xml_reader.hpp"

namespace canvass {

// Each <si> with its rich-text runs joined and phonetic runs left out.
class SharedStrings : public XmlVisitor {
 public:
  // Strings are held in memory until they (and 8 bytes for each) take `held_bytes`; later
  // ones go to a scratch file.
  explicit SharedStrings(std::size_t held_bytes = std::size_t{16} << 20) : held_bytes_(held_bytes) {}

  // Call after the parse: an error when the scratch file could not be made or written.
  Status finish();

  std::size_t size() const { return held_ + spilled_; }
  // The i-th string when it is held in memory; nothing when it is in the scratch file.
  std::optional<std::string_view> held(std::size_t i) const {
    if (i >= held_) return std::nullopt;
    const std::size_t begin = i == 0 ? 0 : end(i - 1);
    return std::string_view(arena_).substr(begin, end(i) - begin);
  }
  // Appends the i-th string to `out`, from memory or from the scratch file.
  Status append_to(std::size_t i, std::string& out);

  void start_element(const XmlElement& e) override;
  void characters(std::string_view text) override;
  void end_element(std::string_view name, std::string_view) override;

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 16;  // held strings' ends per block
  static constexpr std::size_t kEvery = 64;                    // spilled strings per offset kept
  std::size_t end(std::size_t i) const { return ends_[i / kBlock][i % kBlock]; }
  void fail(Error e);
  // The scratch file's bytes [offset, offset + n) in the window (fewer at its end); when they
  // are not there, the window moves to `offset` and holds `read` bytes (at least n).
  Result<std::string_view> bytes_at(std::uint64_t offset, std::size_t n, std::size_t read);

  const std::size_t held_bytes_;
  std::string arena_;
  std::vector<std::unique_ptr<std::uint64_t[]>> ends_;  // held strings' ends, in blocks
  std::size_t held_ = 0, spilled_ = 0;
  bool in_si_ = false, in_t_ = false, to_file_ = false;
  int in_phonetic_ = 0;

  std::optional<TempFile> file_;
  std::optional<Error> error_;
  std::string current_;                                    // a spilled string being read
  std::vector<std::uint64_t> every_;                       // file offset of spilled string k * kEvery
  std::size_t next_ = 0;                                   // the spilled string after the last one read back...
  std::uint64_t next_offset_ = 0;                          // ...and where it starts
  std::unordered_map<std::size_t, std::string> recalled_;  // spilled strings met out of order
  std::size_t recalled_bytes_ = 0;
  std::string window_;  // the file's bytes [window_begin_, window_begin_ + size)
  std::uint64_t window_begin_ = 0;
};

}  // namespace canvass
