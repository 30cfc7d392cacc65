// Copy-paste duplicates among note records: a record whose folded text (case, spaces,
// quotes, dashes) an earlier record of the same section already has is flagged with
// `duplicate_of`, the earlier one's id; separator lines are never duplicates. The work is
// in two halves, so that the costly one can run on any thread: a record's key (folding and
// hashing its text, DuplicateKeys) depends on the record alone; which record came first
// with a key (DuplicateTable) depends on the order, and is looked up in reading order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "notes/note_record.hpp"

namespace canvass {

// What two records must share to be duplicates: a 64-bit hash of the section and of the
// folded text, with the folded text's length mixed in (not the text itself), so a long
// file costs 16 bytes a record; two different texts collide about once in 10^19 pairs.
using DuplicateKey = std::uint64_t;

// Works out keys. Keeps the last section's hash (sections repeat over many records), so
// one per thread.
class DuplicateKeys {
 public:
  // None for a record that is never a duplicate (a separator line). A text longer than
  // 64 KiB is compared as written: folding a huge pasted line would cost more than it is worth.
  std::optional<DuplicateKey> key_of(const NoteRecord& record);

 private:
  // The folded text's hash and length, or the text's own for a huge one.
  std::pair<std::uint64_t, std::size_t> folded_hash(const std::string& text);
  std::string section_;
  std::uint64_t section_hash_ = 0;
  bool section_known_ = false;
  std::string folded_;  // kept between records
};

// The first record seen with each key, in reading order: an open-addressing table (linear
// probing, at most 70% full) of 16-byte slots, one block of memory, no allocation per record.
class DuplicateTable {
 public:
  // The id first seen with `key`, or none after remembering `id` (1-based) as that.
  std::optional<std::size_t> first_with(DuplicateKey key, std::size_t id);
  // Starts fetching the memory first_with(key) will read (a slot in a large table is rarely
  // in the cache): called for several keys before their look-ups, the waits overlap.
  void prefetch(DuplicateKey key) const { __builtin_prefetch(&slots_[static_cast<std::size_t>(key) & (slots_.size() - 1)]); }

 private:
  struct Slot {
    DuplicateKey key = 0;
    std::uint64_t id = 0;  // 0: empty
  };
  static Slot* find(std::vector<Slot>& slots, DuplicateKey key);
  void grow();
  std::vector<Slot> slots_ = std::vector<Slot>(1024);  // a power of two
  std::size_t used_ = 0;
};

// Both halves on one thread: sets `duplicate_of` on records handed over in reading order.
class DuplicateMarker {
 public:
  void mark(NoteRecord& record) {
    if (auto key = keys_.key_of(record)) record.duplicate_of = table_.first_with(*key, record.id);
  }

 private:
  DuplicateKeys keys_;
  DuplicateTable table_;
};

}  // namespace canvass
