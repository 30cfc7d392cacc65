#include "notes/redact_notes.hpp"

#include <algorithm>

namespace canvass {

namespace {

constexpr std::size_t kPiece = NoteRedactor::kPiece;

bool is_letter_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b >= 0x80;
}

// Where the first piece of `text` ends: after the last line end or ". " in the first
// kPiece bytes, else after a space between two letters (not inside a phone number or an
// address), else at a UTF-8 boundary.
std::size_t piece_end(std::string_view text) {
  if (text.size() <= kPiece) return text.size();
  const std::string_view head = text.substr(0, kPiece);
  if (const std::size_t nl = head.find_last_of('\n'); nl != std::string_view::npos && nl > kPiece / 2) return nl + 1;
  if (const std::size_t stop = head.rfind(". "); stop != std::string_view::npos && stop > kPiece / 2) return stop + 2;
  for (std::size_t at = kPiece - 1; at > kPiece / 2; --at)
    if (head[at] == ' ' && is_letter_byte(head[at - 1]) && is_letter_byte(text[at + 1])) return at + 1;
  std::size_t at = kPiece;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

void redact_field(std::string& text, const Redactor& redactor) {
  if (text.size() <= kPiece) {
    Redaction r = redactor.redact(text);
    if (r.changed()) text = std::move(r.text);
    return;
  }
  std::string out;
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t n = piece_end(rest);
    Redaction r = redactor.redact(rest.substr(0, n));
    out += r.changed() ? r.text : std::string(rest.substr(0, n));
    rest.remove_prefix(n);
  }
  text = std::move(out);
}

}  // namespace

void NoteRedactor::redact_repeated(std::optional<std::string>& field, Remembered& recent) {
  if (!field) return;
  for (std::size_t i = 0; i < recent.size(); ++i)
    if (recent[i].first == *field) {
      *field = recent[i].second;
      std::rotate(recent.begin(), recent.begin() + static_cast<std::ptrdiff_t>(i), recent.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      return;
    }
  if (recent.size() == kRemembered) recent.pop_back();
  std::string in = *field;
  redact_field(*field, redactor_);
  recent.emplace(recent.begin(), std::move(in), *field);
}

void NoteRedactor::redact(NoteRecord& r) {
  redact_repeated(r.section, section_);
  redact_repeated(r.question, question_);
  redact_repeated(r.heading, heading_);
  redact_field(r.text, redactor_);
}

void NoteRedactor::redact(NoteRecord& r, const PreparedText& text) {
  if (r.text.size() > kPiece) return redact(r);
  redact_repeated(r.section, section_);
  redact_repeated(r.question, question_);
  redact_repeated(r.heading, heading_);
  Redaction done = redactor_.redact(r.text, text);
  if (done.changed()) r.text = std::move(done.text);
}

void redact_notes(NoteDocument& document, const Redactor& redactor) {
  NoteRedactor redact(redactor);
  for (auto& r : document.records) redact.redact(r);
}

}  // namespace canvass
