#include "notes/duplicates.hpp"

#include <functional>
#include <string_view>

#include "notes/notes.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

constexpr std::size_t kFoldedText = 64 * 1024;
constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ull;

std::uint64_t hash_of(std::string_view s) { return std::hash<std::string_view>{}(s); }

}  // namespace

std::pair<std::uint64_t, std::size_t> DuplicateKeys::folded_hash(const std::string& s) {
  if (s.size() > kFoldedText) return {hash_of(s), s.size()};
  fold(s, folded_);
  return {hash_of(folded_), folded_.size()};
}

std::optional<DuplicateKey> DuplicateKeys::key_of(const NoteRecord& r) {
  if (r.kind == NoteKind::text && grammar::classify_note_line(r.text).kind == grammar::NoteLineKind::separator)
    return std::nullopt;
  const std::string& section = r.section ? *r.section : std::string{};
  if (!section_known_ || section != section_) {
    section_ = section;
    section_hash_ = folded_hash(section).first;
    section_known_ = true;
  }
  const auto [text_hash, length] = folded_hash(r.text);
  std::uint64_t key = section_hash_ * kMix ^ text_hash;
  key = (key ^ (key >> 33)) * 0xFF51AFD7ED558CCDull;  // a bijection: spreads the bits
  return key ^ length;
}

std::optional<std::size_t> DuplicateTable::first_with(DuplicateKey key, std::size_t id) {
  if ((used_ + 1) * 10 > slots_.size() * 7) grow();
  Slot* s = find(slots_, key);
  if (s->id) return static_cast<std::size_t>(s->id);
  *s = Slot{key, id};
  ++used_;
  return std::nullopt;
}

DuplicateTable::Slot* DuplicateTable::find(std::vector<Slot>& slots, DuplicateKey key) {
  const std::size_t mask = slots.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(key) & mask;; i = (i + 1) & mask)
    if (!slots[i].id || slots[i].key == key) return &slots[i];
}

void DuplicateTable::grow() {
  std::vector<Slot> bigger(slots_.size() * 2);
  for (const Slot& s : slots_)
    if (s.id) *find(bigger, s.key) = s;
  slots_ = std::move(bigger);
}

}  // namespace canvass
