#include "notes/text_notes.hpp"

#include <cstdio>
#include <optional>

#include "notes/note_assembler.hpp"
#include "text/decode.hpp"

namespace canvass {

namespace {

// A notes line longer than this is not a note someone typed: refused rather than split
// into sentences and words at a cost many times its size.
constexpr std::size_t kMaxNoteLine = std::size_t{1} << 20;  // 1 MiB

// Text has no control characters but tab and line ends; anything else means a binary
// file that happened to decode (every byte is some Windows-1252 character).
std::optional<Error> not_text(std::string_view text, const std::string& path) {
  std::size_t line = 1, length = 0;
  for (char ch : text) {
    const auto b = static_cast<unsigned char>(ch);
    if (b == '\n' || b == '\r') length = 0;
    else if (++length > kMaxNoteLine)
      return Error{{path, line}, "line is longer than the limit of 1 MiB: not notes canvass can read"};
    if (b == '\n') ++line;
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", b);
      return Error{{path, line}, std::string("not a text file: control character ") + hex};
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<NoteSourceLine> split_note_lines(std::string_view text) {
  std::vector<NoteSourceLine> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    NoteSourceLine line;
    line.number = lines.size() + 1;
    line.text = std::string(text.substr(start, end - start));
    lines.push_back(std::move(line));
    if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
    start = end + 1;
  }
  return lines;
}

Result<NoteDocument> read_text_notes(const std::string& path, std::string_view bytes) {
  auto decoded = decode_text(bytes, Location{path});
  if (!decoded) {
    const std::string& why = decoded.error().message;
    if (why.find("not a text file") != std::string::npos) return decoded.error();
    return Error{decoded.error().where, "not a text file: " + why};
  }
  if (auto bad = not_text(decoded->text, path)) return *bad;
  NoteDocument doc{path, "text", decoded->encoding, {}};
  doc.records = assemble_notes(split_note_lines(decoded->text));
  return doc;
}

}  // namespace canvass
