#include "notes/text_notes.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>
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
// file that happened to decode (every byte is some Windows-1252 character). Reads the text
// a piece at a time.
class TextCheck {
 public:
  explicit TextCheck(const std::string& path) : path_(path) {}
  std::optional<Error> read(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i + 8 <= text.size() && printable_8(text.data() + i)) {  // most text: 8 bytes of one line
        if ((length_ += 8) > kMaxNoteLine)
          return Error{{path_, line_}, "line is longer than the limit of 1 MiB: not notes canvass can read"};
        i += 7;
        continue;
      }
      const auto b = static_cast<unsigned char>(text[i]);
      if (b == '\n' || b == '\r') length_ = 0;
      else if (++length_ > kMaxNoteLine)
        return Error{{path_, line_}, "line is longer than the limit of 1 MiB: not notes canvass can read"};
      if (b == '\n') ++line_;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", b);
        return Error{{path_, line_}, std::string("not a text file: control character ") + hex};
      }
    }
    return std::nullopt;
  }

 private:
  // True when none of the 8 bytes at `p` is below 0x20 (a control character or a line end).
  static bool printable_8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    return ((v - ones * 0x20) & ~v & highs) == 0;
  }
  const std::string& path_;
  std::size_t line_ = 1, length_ = 0;
};

// Cuts text read a piece at a time into lines numbered from 1, handed to `each(number, line)`;
// CRLF, LF and CR all end a line. A line across pieces is put together first.
template <class Each>
class LineSplitter {
 public:
  explicit LineSplitter(Each each) : each_(std::move(each)) {}
  void read(std::string_view text) {
    if (text.empty()) return;
    if (after_cr_ && text.front() == '\n') text.remove_prefix(1);  // the rest of a CRLF
    after_cr_ = false;
    for (;;) {
      std::size_t end = 0;
      while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
      if (end == text.size()) {
        partial_.append(text);
        return;
      }
      if (partial_.empty()) {
        each_(++number_, text.substr(0, end));
      } else {
        partial_.append(text.substr(0, end));
        each_(++number_, std::string_view(partial_));
        partial_.clear();
      }
      if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ++end;
      else if (text[end] == '\r' && end + 1 == text.size()) after_cr_ = true;
      text.remove_prefix(end + 1);
    }
  }
  void finish() {
    if (!partial_.empty()) each_(++number_, std::string_view(partial_));
    partial_.clear();
  }

 private:
  Each each_;
  std::string partial_;
  std::size_t number_ = 0;
  bool after_cr_ = false;
};

// Calls `each(number, line)` for every line of `text`.
template <class Each>
void for_each_line(std::string_view text, Each each) {
  LineSplitter<Each> lines(std::move(each));
  lines.read(text);
  lines.finish();
}

}  // namespace

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
  // UTF-8 (most notes) is read in place; another encoding is decoded twice, a piece at a
  // time, so neither its text nor a copy of the file is ever held: once to check it all
  // (errors come before any record), once to read it.
  auto encoding = text_encoding(bytes, Location{path});
  if (!encoding) {
    const std::string& why = encoding.error().message;
    if (why.find("not a text file") != std::string::npos) return encoding.error();
    return Error{encoding.error().where, "not a text file: " + why};
  }
  const auto each_piece = [&](const std::function<void(std::string_view)>& take) {
    return decode_in_pieces(bytes, *encoding, Location{path}, take);
  };
  TextCheck check(path);
  std::optional<Error> bad;
  auto decoded = each_piece([&](std::string_view piece) {
    if (!bad) bad = check.read(piece);
  });
  if (!decoded) return Error{decoded.error().where, "not a text file: " + decoded.error().message};
  if (bad) return *bad;
  NoteAssembler assembler(sink);
  LineSplitter lines([&](std::size_t number, std::string_view line) {
    NoteSourceLine l;
    l.number = number;
    l.text = std::string(line);
    assembler.push(std::move(l));
  });
  each_piece([&](std::string_view piece) { lines.read(piece); });
  lines.finish();
  assembler.finish();
  return NoteDocument{path, "text", encoding->label, {}};
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
