#include <gtest/gtest.h>

#include "sources/zip_archive.hpp"
#include "zip_builder.hpp"

using canvass::ZipArchive;
using canvass::ZipLimits;
using canvass::testing::ZipBuilder;
using canvass::testing::ZipMethod;

TEST(ZipArchive, ListsAndReadsStoredAndDeflatedParts) {
  ZipBuilder z;
  const std::string big(100'000, 'x');
  z.add("[Content_Types].xml", "<Types/>", ZipMethod::stored).add("xl/workbook.xml", big, ZipMethod::deflated);
  const std::string bytes = z.finish();
  auto zip = ZipArchive::open("book.xlsx", bytes);
  ASSERT_TRUE(zip) << zip.error().to_string();
  ASSERT_EQ(zip->entries().size(), 2u);
  EXPECT_EQ(zip->entries()[0].name, "[Content_Types].xml");
  EXPECT_LT(zip->entries()[1].compressed_size, big.size());
  auto types = zip->read("[Content_Types].xml");
  ASSERT_TRUE(types) << types.error().to_string();
  EXPECT_EQ(*types, "<Types/>");
  auto workbook = zip->read("XL/Workbook.xml");  // part names compare case-insensitively
  ASSERT_TRUE(workbook) << workbook.error().to_string();
  EXPECT_EQ(*workbook, big);
  EXPECT_EQ(zip->total_inflated(), big.size() + 8);
}

TEST(ZipArchive, MissingPartIsAnErrorNamingIt) {
  ZipBuilder z;
  z.add("a.txt", "a");
  const std::string bytes = z.finish();
  auto zip = ZipArchive::open("f.zip", bytes);
  ASSERT_TRUE(zip);
  auto part = zip->read("xl/worksheets/sheet1.xml");
  ASSERT_FALSE(part);
  EXPECT_EQ(part.error().where.part, "xl/worksheets/sheet1.xml");
  EXPECT_NE(part.error().to_string().find("f.zip[xl/worksheets/sheet1.xml]"), std::string::npos);
}

TEST(ZipArchive, HighRatioPartIsStoppedWhileInflating) {
  ZipBuilder z;
  z.add("bomb.xml", std::string(8u << 20, '\0'));  // deflates about 1000:1
  const std::string bytes = z.finish();
  auto zip = ZipArchive::open("bomb.xlsx", bytes);
  ASSERT_TRUE(zip);
  auto part = zip->read("bomb.xml");
  ASSERT_FALSE(part);
  EXPECT_NE(part.error().message.find("zip bomb"), std::string::npos) << part.error().message;
  // Stopped just past the ratio threshold, not after inflating all 8 MiB.
  EXPECT_LT(zip->total_inflated(), std::uint64_t{2} << 20);
}

TEST(ZipArchive, SmallPartsMayCompressWell) {
  ZipBuilder z;
  z.add("zeros.xml", std::string(512u << 10, '\0'));
  const std::string bytes = z.finish();
  auto zip = ZipArchive::open("ok.xlsx", bytes);
  ASSERT_TRUE(zip);
  EXPECT_TRUE(zip->read("zeros.xml"));
}

TEST(ZipArchive, PartAndTotalSizeBoundsAreCountedNotDeclared) {
  ZipBuilder z;
  z.add("a", std::string(3000, 'a'), ZipMethod::stored).add("b", std::string(3000, 'b'), ZipMethod::stored);
  const std::string bytes = z.finish();
  ZipLimits part_limit;
  part_limit.max_part_bytes = 2000;
  auto small = ZipArchive::open("f.zip", bytes, part_limit);
  ASSERT_TRUE(small);
  auto a = small->read("a");
  ASSERT_FALSE(a);
  EXPECT_NE(a.error().message.find("more than the limit"), std::string::npos);

  // An archive declaring more than the total bound is refused before anything is inflated.
  ZipLimits total_limit;
  total_limit.max_total_bytes = 5000;
  auto total = ZipArchive::open("f.zip", bytes, total_limit);
  ASSERT_FALSE(total);
  EXPECT_NE(total.error().message.find("nothing was inflated"), std::string::npos) << total.error().message;
}

TEST(ZipArchive, PartsStreamInPiecesWithinTheBounds) {
  ZipBuilder z;
  std::string big;
  for (int i = 0; i < 200000; ++i) big += "<row r=\"" + std::to_string(i) + "\"/>";
  z.add("sheet.xml", big);
  const std::string bytes = z.finish();
  auto zip = ZipArchive::open("s.xlsx", bytes);
  ASSERT_TRUE(zip);
  auto part = zip->open_part("sheet.xml");
  ASSERT_TRUE(part);
  std::string back;
  char buffer[1000];
  for (;;) {
    auto n = part->read(buffer, sizeof buffer);
    ASSERT_TRUE(n) << n.error().message;
    if (*n == 0) break;
    EXPECT_LE(*n, sizeof buffer);
    back.append(buffer, *n);
  }
  EXPECT_EQ(back, big);

  // The same part refused by a ratio bound while streaming, not after.
  ZipBuilder bomb;
  bomb.add("bomb.xml", std::string(8u << 20, ' '));
  const std::string bomb_bytes = bomb.finish();
  auto b = ZipArchive::open("b.xlsx", bomb_bytes);
  ASSERT_TRUE(b);
  auto refused = b->open_part("bomb.xml");
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("zip bomb"), std::string::npos);
  EXPECT_EQ(b->total_inflated(), 0u) << "refused by its declared sizes before inflating";
}

TEST(ZipArchive, TooManyEntriesAreRefused) {
  ZipBuilder z;
  for (int i = 0; i < 30; ++i) z.add("part" + std::to_string(i), "x", ZipMethod::stored);
  const std::string bytes = z.finish();
  ZipLimits limits;
  limits.max_entries = 20;
  auto zip = ZipArchive::open("many.zip", bytes, limits);
  ASSERT_FALSE(zip);
  EXPECT_NE(zip.error().message.find("30 entries"), std::string::npos) << zip.error().message;
  EXPECT_TRUE(ZipArchive::open("many.zip", bytes));  // within the default bound
}

TEST(ZipArchive, EntryNamesLeavingTheArchiveAreRefused) {
  for (const std::string name : {"../evil", "xl/../../evil", "/etc/passwd", "C:/evil", "a\\..\\evil"}) {
    ZipBuilder z;
    z.add("ok.xml", "ok").add(name, "evil");
    const std::string bytes = z.finish();
    auto zip = ZipArchive::open("evil.zip", bytes);
    ASSERT_FALSE(zip) << name;
    EXPECT_EQ(zip.error().where.part, name);
    EXPECT_NE(zip.error().message.find("outside the archive"), std::string::npos);
  }
  ZipBuilder z;
  z.add("a..b/c..xml", "fine");  // dots inside a name are not a path segment ".."
  const std::string bytes = z.finish();
  EXPECT_TRUE(ZipArchive::open("ok.zip", bytes));
}

TEST(ZipArchive, TruncatedArchiveIsDamaged) {
  ZipBuilder z;
  z.add("xl/workbook.xml", std::string(10'000, 'w'));
  const std::string bytes = z.finish();
  for (std::size_t keep : {bytes.size() - 10, bytes.size() / 2, std::size_t{30}}) {
    auto zip = ZipArchive::open("cut.xlsx", std::string_view(bytes).substr(0, keep));
    ASSERT_FALSE(zip) << keep;
    EXPECT_NE(zip.error().message.find("damaged or truncated"), std::string::npos) << zip.error().message;
  }
}

TEST(ZipArchive, DamagedPartDataFailsItsCheck) {
  ZipBuilder z;
  z.add("data.txt", std::string(5000, 'q'), ZipMethod::stored);
  std::string bytes = z.finish();
  const auto at = bytes.find("qqqq");
  ASSERT_NE(at, std::string::npos);
  bytes[at + 100] = 'Z';  // one flipped byte inside the stored part
  auto zip = ZipArchive::open("bad.zip", bytes);
  ASSERT_TRUE(zip);
  auto part = zip->read("data.txt");
  ASSERT_FALSE(part);
  EXPECT_NE(part.error().message.find("CRC"), std::string::npos) << part.error().message;
}

TEST(ZipArchive, NotAZip) {
  auto zip = ZipArchive::open("survey.csv", "Timestamp,Q1\n2024-01-01,Agree\n");
  ASSERT_FALSE(zip);
  EXPECT_EQ(zip.error().to_string(), "survey.csv: not a ZIP archive");
  EXPECT_FALSE(ZipArchive::open("empty", ""));
}
