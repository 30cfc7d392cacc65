#include <gtest/gtest.h>

#include "text/decode.hpp"
#include "text/fold.hpp"
#include "text/sha256.hpp"

namespace canvass {
namespace {

TEST(Fold, IgnoresCaseAndExtraSpaces) {
  EXPECT_EQ(fold("  Strongly   AGREE "), "strongly agree");
}

TEST(Fold, CurlyQuotesAndDashesBecomePlain) {
  EXPECT_EQ(fold("Don\u2019t know"), "don't know");
  EXPECT_EQ(fold("1 \u2013 Strongly disagree"), "1 - strongly disagree");
}

TEST(Fold, UnicodeFormsFoldTogether) {
  // "é" precomposed and as e + combining acute; full-width letters; a no-break space.
  EXPECT_EQ(fold("caf\u00e9"), fold("cafe\u0301"));
  EXPECT_EQ(fold("\uFF21gree"), "agree");
  EXPECT_EQ(fold("Strongly\u00a0agree"), "strongly agree");
}

TEST(Decode, Utf8WithAndWithoutByteOrderMark) {
  auto plain = decode_text("caf\xC3\xA9", {"f"});
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->encoding, "utf-8");
  auto bom = decode_text("\xEF\xBB\xBF" "caf\xC3\xA9", {"f"});
  ASSERT_TRUE(bom);
  EXPECT_EQ(bom->encoding, "utf-8-bom");
  EXPECT_EQ(bom->text, "caf\xC3\xA9");
}

TEST(Decode, Utf16LittleEndianWithByteOrderMark) {
  const std::string bytes("\xFF\xFE" "a\0b\0", 6);
  auto d = decode_text(bytes, {"f"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->encoding, "utf-16le");
  EXPECT_EQ(d->text, "ab");
}

TEST(Decode, InvalidUtf8IsReadAsWindows1252) {
  auto d = decode_text("\x93quoted\x94 \xA3" "5", {"f"});
  ASSERT_TRUE(d);
  EXPECT_EQ(d->encoding, "windows-1252");
  EXPECT_EQ(d->text, "\u201cquoted\u201d \u00a35");
}

TEST(Decode, NulByteIsAnErrorNamingTheFile) {
  auto d = decode_text(std::string("a,b\0c", 5), {"bin.csv"});
  ASSERT_FALSE(d);
  EXPECT_NE(d.error().to_string().find("bin.csv"), std::string::npos);
}

TEST(Sha256, KnownDigest) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace canvass
