// The distinct answers of one column, interned so that counting a cell costs one hash
// probe: each label's text, how often it occurred, and the record it first occurred in.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
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
    const Key key = key_of(text);
    const std::uint64_t h = hash(key);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kEmpty) return insert(i, key, text, record);
      if (slot.key == key &&
          (key.size <= 16 || std::memcmp(labels_[slot.id].text.data() + 8, text.data() + 8, key.size - 16) == 0))
        return slot.id;
    }
  }

  // The index of `text` when it has been interned.
  std::optional<std::uint32_t> find(std::string_view text) const {
    const Key key = key_of(text);
    for (std::size_t i = hash(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.id == kEmpty) return std::nullopt;
      if (slot.key == key &&
          (key.size <= 16 || std::memcmp(labels_[slot.id].text.data() + 8, text.data() + 8, key.size - 16) == 0))
        return slot.id;
    }
  }

  void count(std::uint32_t id) { ++labels_[id].count; }
  void count(std::uint32_t id, long n) { labels_[id].count += n; }
  const Label& label(std::uint32_t id) const { return labels_[id]; }
  const std::vector<Label>& labels() const { return labels_; }
  std::size_t size() const { return labels_.size(); }

 private:
  // A label's length with its first and last eight bytes: the whole label when it is at
  // most 16 bytes long, so most probes compare three words and read nothing else.
  struct Key {
    std::uint64_t first = 0, last = 0, size = 0;
    bool operator==(const Key&) const = default;
  };
  struct Slot {
    Key key;
    std::uint32_t id = kEmpty;
  };
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;

  static std::uint64_t load(const char* p, std::size_t n) {  // n <= 8
    std::uint64_t v = 0;
    if (n) std::memcpy(&v, p, n);
    return v;
  }
  static Key key_of(std::string_view s) {
    const std::size_t n = s.size();
    if (n >= 8) return {load(s.data(), 8), load(s.data() + n - 8, 8), n};
    return {load(s.data(), n), 0, n};
  }
  static std::uint64_t hash(const Key& k) {
    std::uint64_t h = (k.first * 0x9E3779B97F4A7C15ull) ^ ((k.last + k.size) * 0xC2B2AE3D27D4EB4Full);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
  }
  static bool is_blank(std::string_view s) {
    for (char c : s)
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
  }
  std::uint32_t insert(std::size_t i, const Key& key, std::string_view text, std::uint64_t record) {
    const auto id = static_cast<std::uint32_t>(labels_.size());
    labels_.push_back({std::string(text), 0, record, is_blank(text)});
    slots_[i] = {key, id};
    if (labels_.size() * 2 > slots_.size()) grow();
    return id;
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.id == kEmpty) continue;
      std::size_t i = hash(slot.key) & mask_;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }

  std::vector<Label> labels_;
  std::vector<Slot> slots_ = std::vector<Slot>(16);
  std::size_t mask_ = 15;
};

}  // namespace canvass
