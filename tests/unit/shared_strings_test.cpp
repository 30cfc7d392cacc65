// A workbook's shared strings past the memory budget go to a scratch file: the rows read
// the same whatever the budget, and the scratch file never outlives the reading.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "sources/temp_file.hpp"
#include "sources/xlsx_reader.hpp"
#include "sources/xlsx_spool.hpp"
#include "test_support.hpp"
#include "xlsx_builder.hpp"

using namespace canvass;
using canvass::testing::TempDir;
using canvass::testing::XlsxBuilder;
using canvass::testing::XlsxCell;
using canvass::testing::XlsxRow;

namespace {

// Text that does not compress much (a zip bomb's ratio is refused).
std::string scrambled(std::size_t n, std::uint32_t seed) {
  std::string out(n, ' ');
  for (char& c : out) {
    seed = seed * 1103515245u + 12345u;
    c = static_cast<char>('a' + (seed >> 16) % 26);
  }
  return out;
}

// Answer labels used again and again, free text used once, a label first met late and
// then referred to out of order, rich text, empty strings and text longer than a window.
std::string survey_workbook() {
  XlsxBuilder book;
  std::vector<XlsxRow> rows;
  rows.push_back(XlsxRow{1, {{0, XlsxCell::str("Role")}, {1, XlsxCell::str("Q1")}, {2, XlsxCell::str("Comment")}}});
  const char* labels[] = {"Agree", "Disagree", "Neutral", "Strongly agree"};
  for (std::size_t r = 2; r < 3000; ++r) {
    XlsxRow row{r, {}};
    row.cells[0] = XlsxCell::str(r > 2500 ? "Late role" : r % 3 ? "Staff" : "Manager");
    row.cells[1] = XlsxCell::str(labels[(r * 7) % 4]);
    if (r % 5) row.cells[2] = XlsxCell::str("comment number " + std::to_string(r) + " \xc3\xa9t\xc3\xa9");
    if (r % 250 == 0) row.cells[2] = XlsxCell::str(scrambled(270000 + r, r));  // longer than a window
    if (r % 89 == 0) row.cells[2] = XlsxCell::str("rich\x1ftext " + std::to_string(r));
    if (r % 101 == 0) row.cells[2] = XlsxCell::str("");
    if (r > 2600 && r % 7 == 0) row.cells[0] = XlsxCell::str("Staff");  // out of order, from the file
    if (r > 2700 && r % 11 == 0)
      row.cells[2] = XlsxCell::str("comment number " + std::to_string(r - 2000) + " \xc3\xa9t\xc3\xa9");
    rows.push_back(std::move(row));
  }
  book.add_sheet("Data", std::move(rows));
  return book.bytes();
}

// Sets TMPDIR for the life of the object.
class ScopedTmpdir {
 public:
  explicit ScopedTmpdir(const std::string& dir) {
    if (const char* old = std::getenv("TMPDIR")) old_ = old;
    ::setenv("TMPDIR", dir.c_str(), 1);
  }
  ~ScopedTmpdir() {
    if (old_)
      ::setenv("TMPDIR", old_->c_str(), 1);
    else
      ::unsetenv("TMPDIR");
  }

 private:
  std::optional<std::string> old_;
};

}  // namespace

TEST(SharedStrings, RowsReadTheSameWhateverTheMemoryBudget) {
  const std::string bytes = survey_workbook();
  auto held = read_xlsx("t.xlsx", bytes);
  ASSERT_TRUE(held) << held.error().to_string();
  ASSERT_EQ(held->rows.size(), 2999u);
  EXPECT_EQ(held->rows[2998].cells[0], "Late role");
  EXPECT_EQ(held->rows[88].cells[2], "richtext 89");  // row 89
  for (std::size_t budget : {std::size_t{0}, std::size_t{1}, std::size_t{5000}, std::size_t{400000}}) {
    XlsxOptions options;
    options.shared_strings_held = budget;
    auto spilled = read_xlsx("t.xlsx", bytes, options);
    ASSERT_TRUE(spilled) << spilled.error().to_string();
    ASSERT_EQ(spilled->rows.size(), held->rows.size()) << budget;
    for (std::size_t r = 0; r < held->rows.size(); ++r) {
      ASSERT_EQ(spilled->rows[r].cells, held->rows[r].cells) << "budget " << budget << ", row " << r;
      ASSERT_EQ(spilled->rows[r].line, held->rows[r].line);
    }
  }
}

TEST(SharedStrings, TheScratchFileIsGoneWhileAndAfterReading) {
  TempDir scratch;
  const std::string bytes = survey_workbook();
  ScopedTmpdir tmpdir(scratch.path().string());
  XlsxOptions options;
  options.shared_strings_held = 0;
  std::size_t rows = 0;
  auto table = read_xlsx_rows("t.xlsx", bytes, options, [&](const RowView&) -> Status {
    if (rows++ == 10) {
      EXPECT_TRUE(std::filesystem::is_empty(scratch.path()));  // unlinked when made
    }
    return Ok{};
  });
  ASSERT_TRUE(table) << table.error().to_string();
  EXPECT_EQ(rows, 2999u);
  EXPECT_TRUE(std::filesystem::is_empty(scratch.path()));
}

TEST(SharedStrings, AnUnwritableTemporaryFolderIsAClearError) {
  const std::string bytes = survey_workbook();
  ScopedTmpdir tmpdir("/nonexistent/canvass-scratch");
  XlsxOptions options;
  options.shared_strings_held = 1000;
  auto table = read_xlsx("t.xlsx", bytes, options);
  ASSERT_FALSE(table);
  EXPECT_EQ(table.error().to_string().find("/nonexistent/canvass-scratch: cannot make a temporary file for the "
                                           "workbook's shared strings: "),
            0u)
      << table.error().to_string();
  EXPECT_NE(table.error().message.find("(set TMPDIR to a writable folder)"), std::string::npos);
  EXPECT_EQ(table.error().kind, Error::Kind::io);
  // Within the budget nothing is written, so the folder does not matter.
  options.shared_strings_held = std::size_t{16} << 20;
  EXPECT_TRUE(read_xlsx("t.xlsx", bytes, options));
}

TEST(XlsxSpool, TheSecondPassReadsBackWhatTheFirstHandedOver) {
  TempDir dir;
  const std::string path = dir.write("t.xlsx", survey_workbook());
  for (std::size_t budget : {std::size_t{0}, std::size_t{5000}, std::size_t{16} << 20}) {
    for (std::size_t rows_held : {std::size_t{0}, std::size_t{700}, std::size_t{8} << 20}) {
      XlsxOptions options;
      options.shared_strings_held = budget;
      std::vector<Row> first;
      XlsxSpool spool(rows_held);
      auto table = read_xlsx_file_rows(
          path, options,
          [&](const RowView& row) -> Status {
            first.push_back(Row{row.line, std::vector<std::string>(row.cells.begin(), row.cells.end())});
            return Ok{};
          },
          &spool);
      ASSERT_TRUE(table) << table.error().to_string();
      ASSERT_EQ(first.size(), 2999u);
      std::size_t n = 0;
      RowView row;
      for (;;) {
        auto more = spool.next(row);
        ASSERT_TRUE(more) << more.error().to_string();
        if (!*more) break;
        ASSERT_LT(n, first.size());
        EXPECT_EQ(row.line, first[n].line);
        ASSERT_EQ(std::vector<std::string>(row.cells.begin(), row.cells.end()), first[n].cells) << "row " << n;
        ++n;
      }
      EXPECT_EQ(n, first.size()) << budget;
      auto after = spool.next(row);
      ASSERT_TRUE(after);
      EXPECT_FALSE(*after);
    }
  }
}

TEST(TempFile, WhatIsAppendedReadsBack) {
  auto file = TempFile::create("a test");
  ASSERT_TRUE(file) << file.error().to_string();
  std::string expected;
  for (int i = 0; i < 5000; ++i) {
    const std::string piece = std::to_string(i) + std::string(static_cast<std::size_t>(i % 700), 'a' + i % 26);
    ASSERT_TRUE(file->append(piece));
    expected += piece;
  }
  ASSERT_TRUE(file->append(std::string(3u << 20, 'z')));  // larger than the write buffer
  expected += std::string(3u << 20, 'z');
  ASSERT_TRUE(file->flush());
  EXPECT_EQ(file->size(), expected.size());
  std::string back(expected.size() + 10, '\0');
  auto got = file->read_at(back.data(), back.size(), 0);
  ASSERT_TRUE(got);
  back.resize(*got);
  EXPECT_EQ(back, expected);
}
