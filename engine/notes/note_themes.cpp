#include "notes/note_themes.hpp"

#include <algorithm>

namespace canvass {

namespace {

// A keyword of several words split across two pieces is missed; pieces this long hold whole
// sentences, so that is rare, and the bound keeps ICU's and the stemmer's buffers small.
constexpr std::size_t kPiece = 16 * 1024;

// Where to cut `text` at or before `at`: after white space, else at a UTF-8 boundary.
std::size_t cut_before(std::string_view text, std::size_t at) {
  const std::size_t space = text.find_last_of(" \t\n", at);
  if (space != std::string_view::npos && space > at / 2) return space + 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

}  // namespace

NoteThemes::NoteThemes(const Codebook& codebook) : matcher_(codebook) {
  for (const auto& t : codebook.themes) names_.push_back(t.name);
}

std::vector<std::string> NoteThemes::of(std::string_view text) {
  if (text.size() <= kPiece) return matcher_.themes_of(text);
  std::vector<bool> hit(names_.size(), false);
  while (!text.empty()) {
    const std::size_t n = text.size() <= kPiece ? text.size() : std::max<std::size_t>(1, cut_before(text, kPiece));
    for (const auto& t : matcher_.themes_of(text.substr(0, n)))
      hit[static_cast<std::size_t>(std::find(names_.begin(), names_.end(), t) - names_.begin())] = true;
    text.remove_prefix(n);
  }
  std::vector<std::string> out;
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (hit[i]) out.push_back(names_[i]);
  return out;
}

std::vector<std::string> NoteThemes::of(std::string_view text, const PreparedText& prepared) {
  if (text.size() > kPiece || prepared.match.text != text) return of(text);
  return matcher_.themes_of(text, prepared.words);
}

void NoteThemes::tag(std::vector<NoteRecord>& records) {
  for (NoteRecord& r : records) r.themes = of(r.text);
}

}  // namespace canvass
