// A workbook's shared strings (xl/sharedStrings.xml), kept once and looked up by index as
// the sheet refers to them. The first ones (answer labels, met first) stay in memory; past a
// budget the rest (mostly free-text comments, each referred to once and in order) go to a
// scratch file and are read back through a small window, so memory does not grow with rows.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "sources/temp_file.hpp"
#include "sources/xml_reader.hpp"

namespace canvass {

// Each <si> with its rich-text runs joined and phonetic runs left out.
class SharedStrings : public XmlVisitor {
 public:
  // Strings are held in memory until they take `held_bytes`; later ones go to a scratch file.
  explicit SharedStrings(std::size_t held_bytes = std::size_t{16} << 20) : held_bytes_(held_bytes) {}

  // Call after the parse: an error when the scratch file could not be made or written.
  Status finish();

  std::size_t size() const { return count_; }
  bool empty_at(std::size_t i) const { return end(i) == begin(i); }
  // The i-th string when it is held in memory; nothing when it is in the scratch file.
  std::optional<std::string_view> held(std::size_t i) const {
    if (i >= first_spilled_) return std::nullopt;
    return std::string_view(arena_).substr(begin(i), end(i) - begin(i));
  }
  // Appends the i-th string to `out`, from memory or from the scratch file.
  Status append_to(std::size_t i, std::string& out);
  // True when some strings went to the scratch file.
  bool spilled() const { return file_.has_value(); }

  void start_element(const XmlElement& e) override;
  void characters(std::string_view text) override;
  void end_element(std::string_view name, std::string_view) override;

 private:
  static constexpr std::size_t kBlock = std::size_t{1} << 16;  // ends per block
  // Where the i-th string ends: in the arena, or (from first_spilled_ on) in the file.
  std::uint64_t end(std::size_t i) const { return ends_[i / kBlock][i % kBlock]; }
  std::uint64_t begin(std::size_t i) const { return i == 0 || i == first_spilled_ ? 0 : end(i - 1); }
  void push_end(std::uint64_t end);
  void fail(Error e);

  const std::size_t held_bytes_;
  std::string arena_;
  std::vector<std::unique_ptr<std::uint64_t[]>> ends_;  // in blocks: no copy as it grows
  std::size_t count_ = 0;
  std::size_t first_spilled_ = SIZE_MAX;
  bool in_si_ = false, in_t_ = false, to_file_ = false;
  int in_phonetic_ = 0;

  std::optional<TempFile> file_;
  std::optional<Error> error_;
  std::string window_;  // the file's bytes [window_begin_, window_begin_ + window_.size())
  std::uint64_t window_begin_ = 0;
};

}  // namespace canvass
