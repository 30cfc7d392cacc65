#include <gtest/gtest.h>

#include <memory>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "sources/read_table.hpp"

using namespace canvass;

namespace {

// The same CSV text, re-encoded the way other programs save it.
std::string encode(const std::string& utf8, const char* charset) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status), &ucnv_close);
  EXPECT_TRUE(U_SUCCESS(status)) << charset;
  ucnv_setFromUCallBack(conv.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::string out(static_cast<std::size_t>(u.length()) * 4 + 4, '\0');
  const int32_t n = ucnv_fromUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()), u.getBuffer(), u.length(), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << charset << ": " << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// Characters Windows-1252 holds in 0x80-0x9F and above: the ones a wrong guess garbles.
const std::string kCsv =
    "Timestamp,How far do you agree? [Caf\xC3\xA9 \xE2\x80\x93 service],Comments\r\n"
    "2025-05-06 09:00,Agree,\"It\xE2\x80\x99s \xE2\x80\x9C"
    "fine\xE2\x80\x9D, cost \xC2\xA3" "5\r\nnext line\"\r\n"
    "2025-05-06 10:00,Strongly agree,na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xE2\x80\x94 ok\r\n";

}  // namespace

TEST(Encodings, SameCsvInEveryEncodingGivesTheSameTable) {
  auto reference = read_table("utf8.csv", kCsv);
  ASSERT_TRUE(reference) << reference.error().to_string();
  EXPECT_EQ(reference->encoding, "utf-8");
  ASSERT_EQ(reference->rows.size(), 3u);
  EXPECT_EQ(reference->rows[1].cells[2], "It\xE2\x80\x99s \xE2\x80\x9C" "fine\xE2\x80\x9D, cost \xC2\xA3" "5\r\nnext line");
  EXPECT_EQ(reference->rows[2].line, 4u);

  const std::string le = encode(kCsv, "UTF-16LE"), be = encode(kCsv, "UTF-16BE");
  const struct {
    std::string name, bytes, encoding;
  } variants[] = {
      {"bom.csv", "\xEF\xBB\xBF" + kCsv, "utf-8-bom"},
      {"le.csv", std::string("\xFF\xFE", 2) + le, "utf-16le"},
      {"be.csv", std::string("\xFE\xFF", 2) + be, "utf-16be"},
      {"cp1252.csv", encode(kCsv, "windows-1252"), "windows-1252"},
  };
  for (const auto& v : variants) {
    auto table = read_table(v.name, v.bytes);
    ASSERT_TRUE(table) << v.name << ": " << table.error().to_string();
    EXPECT_EQ(table->encoding, v.encoding) << v.name;
    ASSERT_EQ(table->rows.size(), reference->rows.size()) << v.name;
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
      EXPECT_EQ(table->rows[r].cells, reference->rows[r].cells) << v.name << " row " << r;
      EXPECT_EQ(table->rows[r].line, reference->rows[r].line) << v.name << " row " << r;
    }
  }
  // The Windows-1252 bytes really are single bytes for the curly quote and the pound sign.
  const std::string cp = encode(kCsv, "windows-1252");
  EXPECT_NE(cp.find("It\x92s"), std::string::npos);
  EXPECT_NE(cp.find("\xA3" "5"), std::string::npos);
}
