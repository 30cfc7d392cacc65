// A workbook's rows kept on disk as the sheet is parsed, for a second pass (ingest's) that
// reads them back instead of inflating and parsing the sheet again. Rows are kept compact:
// a shared-string cell is its index into the workbook's shared strings (which the spool
// keeps), any other cell its text; past 4 MiB the bytes go to an unlinked scratch file.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "sources/row_stream.hpp"
#include "sources/temp_file.hpp"

namespace canvass {

class SharedStrings;

// One cell as the sheet holds it: a shared string's index, or its own text.
struct SpooledCell {
  static constexpr std::size_t kOwnText = static_cast<std::size_t>(-1);
  std::size_t shared = kOwnText;
  std::string_view text;
};

class XlsxSpool {
 public:
  // Rows are kept in memory until they take `held_bytes`, then in a scratch file.
  explicit XlsxSpool(std::size_t held_bytes = std::size_t{4} << 20);
  XlsxSpool(XlsxSpool&&) noexcept;
  XlsxSpool& operator=(XlsxSpool&&) noexcept;
  ~XlsxSpool();

  // Written by the reader: each row as the sheet hands it over, then the shared strings.
  Status add(std::size_t line, const std::vector<SpooledCell>& cells);
  Status finish(std::unique_ptr<SharedStrings> shared);

  // The next row in the order added (true), or false after the last. The row's cells are
  // valid until the next call.
  Result<bool> next(RowView& row);

 private:
  Status ensure(std::size_t n);  // n bytes at pos_ in buf_
  // Where a row's cell is: a shared string held in memory (offset is its index), one read
  // back into text_, or the cell's own text in buf_.
  struct Cell {
    enum From { held, read_back, own } from = own;
    std::size_t offset = 0, size = 0;
  };

  std::size_t held_bytes_;
  std::optional<TempFile> file_;
  std::string encoded_;  // one row being written
  std::string held_;     // the rows while they are few enough to keep in memory
  std::unique_ptr<SharedStrings> shared_;
  std::uint64_t size_ = 0, read_ = 0;  // bytes in the spool, bytes brought into buf_
  std::string buf_;
  std::size_t pos_ = 0;
  std::size_t have_ = 0;  // bytes of buf_ holding spool bytes
  std::string text_;      // the row's shared strings read from their scratch file
  std::vector<Cell> cells_;
  std::vector<std::string_view> views_;
};

}  // namespace canvass
