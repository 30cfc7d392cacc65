// The distinct answers of one column, interned so that counting a cell costs one hash
// probe: each label's text, how often it occurred, and the record it first occurred in.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace canvass {

class ColumnLabels {
 public:
  struct Label {
    std::string text;
    long count = 0;
    std::uint64_t first_record = 0;  // ordinal of the first record holding it
    bool blank = false;              // only spaces, tabs and line breaks (or nothing)
  };

  // The index of `text`, added (with count 0) when new.
  std::uint32_t intern(std::string_view text, std::uint64_t record) {
    if (slots_.empty()) slots_.assign(16, 0);
    const std::uint64_t h = hash(text);
    const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32) | 1u;
    for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const std::uint64_t slot = slots_[i];
      if (slot == 0) return insert(i, tag, text, record);
      if (static_cast<std::uint32_t>(slot >> 32) == tag) {
        const auto id = static_cast<std::uint32_t>(slot) - 1;
        const std::string& known = labels_[id].text;
        if (known.size() == text.size() && std::memcmp(known.data(), text.data(), text.size()) == 0) return id;
      }
    }
  }

  void count(std::uint32_t id) { ++labels_[id].count; }
  void count(std::uint32_t id, long n) { labels_[id].count += n; }
  const Label& label(std::uint32_t id) const { return labels_[id]; }
  const std::vector<Label>& labels() const { return labels_; }
  std::size_t size() const { return labels_.size(); }

 private:
  static std::uint64_t load(const char* p, std::size_t n) {  // n <= 8
    std::uint64_t v = 0;
    if (n) std::memcpy(&v, p, n);
    return v;
  }
  // Answer labels are short and differ in length or at either end: mixing the length
  // with the first and last eight bytes separates them without reading the middle.
  static std::uint64_t hash(std::string_view s) {
    const std::size_t n = s.size();
    std::uint64_t a, b;
    if (n >= 8) {
      a = load(s.data(), 8);
      b = load(s.data() + n - 8, 8);
    } else {
      a = load(s.data(), n);
      b = 0;
    }
    std::uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b + n) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
  }
  static bool is_blank(std::string_view s) {
    for (char c : s)
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
  }
  std::uint32_t insert(std::size_t slot, std::uint32_t tag, std::string_view text, std::uint64_t record) {
    const auto id = static_cast<std::uint32_t>(labels_.size());
    labels_.push_back({std::string(text), 0, record, is_blank(text)});
    slots_[slot] = (std::uint64_t{tag} << 32) | (id + 1);
    if (labels_.size() * 2 > slots_.size()) rehash();
    return id;
  }
  void rehash() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.size() * 2, 0);
    for (std::uint64_t slot : old) {
      if (slot == 0) continue;
      const auto id = static_cast<std::uint32_t>(slot) - 1;
      const std::uint64_t h = hash(labels_[id].text);
      std::size_t i = h & (slots_.size() - 1);
      while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = slot;
    }
  }

  std::vector<Label> labels_;
  std::vector<std::uint64_t> slots_;  // (tag << 32) | (id + 1); 0 = empty
};

}  // namespace canvass
