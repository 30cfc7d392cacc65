#include "notes/text_notes.hpp"

#include <cstdio>
#include <optional>

#include "notes/duplicates.hpp"
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

// Calls `each(number, line)` for every line of `text`; CRLF, LF and CR all end a line.
template <class Each>
void for_each_line(std::string_view text, Each each) {
  std::size_t start = 0, number = 0;
  while (start < text.size()) {
    std::size_t end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    each(++number, text.substr(start, end - start));
    if (end < text.size() && text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
    start = end + 1;
  }
}

std::vector<NoteSourceLine> split_note_lines(std::string_view text) {
  std::vector<NoteSourceLine> lines;
  for_each_line(text, [&](std::size_t number, std::string_view line) {
    NoteSourceLine l;
    l.number = number;
    l.text = std::string(line);
    lines.push_back(std::move(l));
  });
  return lines;
}

Result<NoteDocument> stream_text_notes(const std::string& path, std::string_view bytes, const NoteRecordSink& sink) {
  static constexpr std::string_view kBom = "\xEF\xBB\xBF";
  const bool bom = bytes.substr(0, 3) == kBom;
  std::optional<DecodedText> decoded;
  std::string_view text = bom ? bytes.substr(3) : bytes;
  std::string encoding = bom ? "utf-8-bom" : "utf-8";
  if (text.find('\0') != std::string_view::npos || !is_valid_utf8(text)) {  // only other encodings are copied
    auto d = decode_text(bytes, Location{path});
    if (!d) {
      const std::string& why = d.error().message;
      if (why.find("not a text file") != std::string::npos) return d.error();
      return Error{d.error().where, "not a text file: " + why};
    }
    decoded = std::move(*d);
    text = decoded->text;
    encoding = decoded->encoding;
  }
  if (auto bad = not_text(text, path)) return *bad;
  NoteAssembler assembler(sink);
  for_each_line(text, [&](std::size_t number, std::string_view line) {
    NoteSourceLine l;
    l.number = number;
    l.text = std::string(line);
    assembler.push(std::move(l));
  });
  assembler.finish();
  return NoteDocument{path, "text", encoding, {}};
}

Result<NoteDocument> read_text_notes(const std::string& path, std::string_view bytes) {
  std::vector<NoteRecord> records;
  DuplicateMarker duplicates;
  auto doc = stream_text_notes(path, bytes, [&](NoteRecord&& r) {
    duplicates.mark(r);
    records.push_back(std::move(r));
  });
  if (doc) doc->records = std::move(records);
  return doc;
}

}  // namespace canvass
