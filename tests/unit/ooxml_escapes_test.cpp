// Excel's _xHHHH_ escapes in cell text, undone as ECMA-376 (and openpyxl, readxl) read them.
#include <gtest/gtest.h>

#include <string>

#include "sources/ooxml_escapes.hpp"

namespace canvass {
namespace {

std::string decoded(std::string s, std::size_t from = 0) {
  decode_xstring_escapes(s, from);
  return s;
}

TEST(XstringEscapes, CarriageReturnsAndProtectedUnderscores) {
  EXPECT_EQ(decoded("first line _x000D_\nsecond"), "first line \r\nsecond");
  EXPECT_EQ(decoded("Will show \"_x005F_x000D_\" here"), "Will show \"_x000D_\" here");
  EXPECT_EQ(decoded("tab_x0009_and_x000a_"), "tab\tand\n");
  EXPECT_EQ(decoded("caf_x00E9_ _x20AC_"), "caf\xC3\xA9 \xE2\x82\xAC");
}

TEST(XstringEscapes, SurrogatePairsBecomeOneCharacter) {
  EXPECT_EQ(decoded("_xD83D__xDE00_"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(decoded("lone _xD83D_ x"), "lone \xEF\xBF\xBD x");
  EXPECT_EQ(decoded("_xDE00_"), "\xEF\xBF\xBD");
}

TEST(XstringEscapes, WhatIsNotAnEscapeStays) {
  for (const char* s : {"_x00D_", "_x000G_", "x000D_", "_x000D", "my_x_file", "_X000D_", "", "_"})
    EXPECT_EQ(decoded(s), s);
}

TEST(XstringEscapes, OnlyFromTheGivenOffset) {
  EXPECT_EQ(decoded("_x0041__x0042_", 7), "_x0041_B");
}

}  // namespace
}  // namespace canvass
