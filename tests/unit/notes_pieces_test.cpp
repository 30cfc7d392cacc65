// Text that is not UTF-8 is decoded and read a piece (1 MiB) at a time, never held whole:
// lines across pieces, a CRLF cut between two pieces, a character cut in two, and an error
// in a late piece must come out as reading the whole text at once gives them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "notes/note_assembler.hpp"
#include "notes/text_notes.hpp"
#include "text/decode.hpp"

namespace canvass {
namespace {

constexpr std::size_t kPiece = std::size_t{1} << 20;

// Windows-1252 notes whose decoded text puts a CR at the last byte of the first piece (its LF
// opening the second), a long line across the second cut and a curly quote (three bytes of
// UTF-8) across the third.
std::string windows_1252_notes() {
  std::string bytes = "North\r\nQuestion - What helps?\r\n";
  std::size_t decoded = bytes.size();  // ASCII so far: one byte each way
  const auto add = [&](const std::string& ascii) {
    bytes += ascii;
    decoded += ascii.size();
  };
  const auto fill_to = [&](std::size_t at) {  // bullets up to decoded offset `at`, ASCII only
    std::size_t n = 0;
    while (decoded + 40 < at) add("- point " + std::to_string(n++) + " about the money\r\n");
    add("- " + std::string(at - decoded - 2, 'x'));
  };
  fill_to(kPiece - 1);
  add("\r\n- after the cut\r\n");
  fill_to(2 * kPiece - 5000);
  add("- a long line " + std::string(9000, 'y') + "\r\n");
  fill_to(3 * kPiece - 1);
  bytes += "\x93";  // “ : E2 80 9C, cut after its first byte
  decoded += 3;
  add("quoted\x94\r\n- the end\r\n");
  return bytes;
}

std::string as_utf8(const std::string& windows_1252) {
  auto d = decode_text(windows_1252, Location{"w.txt"});
  EXPECT_TRUE(d);
  return d ? d->text : std::string{};
}

TEST(NotesPieces, RecordsAcrossPieceCutsAreTheWholeTextsRecords) {
  const std::string bytes = windows_1252_notes();
  std::vector<NoteRecord> pieces;
  const auto doc = stream_text_notes("w.txt", bytes, [&](NoteRecord&& r) { pieces.push_back(std::move(r)); });
  ASSERT_TRUE(doc) << doc.error().to_string();
  EXPECT_EQ(doc->encoding, "windows-1252");
  const std::vector<NoteRecord> whole = assemble_notes(split_note_lines(as_utf8(bytes)));
  ASSERT_EQ(pieces.size(), whole.size());
  for (std::size_t i = 0; i < whole.size(); ++i) {
    EXPECT_EQ(pieces[i].text, whole[i].text) << i;
    EXPECT_EQ(pieces[i].line, whole[i].line) << i;
  }
  bool cut_crlf = false, quote = false;
  for (const auto& r : pieces) {
    cut_crlf = cut_crlf || r.text == "after the cut";
    quote = quote || r.text.find("x\xE2\x80\x9Cquoted\xE2\x80\x9D") != std::string::npos;
  }
  EXPECT_TRUE(cut_crlf) << "a CRLF cut in two is one line end";
  EXPECT_TRUE(quote) << "a character cut in two is put together";
}

TEST(NotesPieces, AControlCharacterInALatePieceFailsBeforeAnyRecord) {
  std::string bytes = windows_1252_notes();
  bytes.insert(bytes.size() - 5, "\x01");
  std::size_t records = 0;
  const auto doc = stream_text_notes("w.txt", bytes, [&](NoteRecord&&) { ++records; });
  ASSERT_FALSE(doc);
  EXPECT_EQ(records, 0u);
  const std::string utf8 = as_utf8(windows_1252_notes());
  const std::size_t lines = static_cast<std::size_t>(std::count(utf8.begin(), utf8.end(), '\n'));
  EXPECT_EQ(doc.error().where.line, lines) << doc.error().to_string();  // the last line's
  EXPECT_NE(doc.error().message.find("control character 0x01"), std::string::npos);
}

TEST(NotesPieces, DecodingInPiecesGivesTheWholeText) {
  const std::string utf16 = std::string("\xFF\xFE", 2) + std::string("N\0o\0r\0t\0h\0\r\0\n\0\x1C\x20h\0i\0", 22);
  for (const std::string& bytes : {windows_1252_notes().substr(0, 5000) + "\x80\x99\xE9", utf16, std::string("plain")}) {
    auto encoding = text_encoding(bytes, Location{"t"});
    ASSERT_TRUE(encoding);
    for (std::size_t piece : {1u, 2u, 3u, 7u, 4096u}) {
      std::string joined;
      std::size_t largest = 0;
      ASSERT_TRUE(decode_in_pieces(bytes, *encoding, Location{"t"}, [&](std::string_view p) {
        joined += p;
        largest = std::max(largest, p.size());
      }, piece));
      EXPECT_EQ(joined, as_utf8(bytes)) << encoding->label << " in pieces of " << piece;
      EXPECT_LE(largest, std::max<std::size_t>(piece, 64));
    }
  }
}

}  // namespace
}  // namespace canvass
