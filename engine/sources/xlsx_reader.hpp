// Reads one worksheet of an Excel workbook (.xlsx) row by row: the sheet part is inflated
// chunk by chunk straight into the SAX parser, shared strings are kept once (in memory up
// to a budget, then in a scratch file: shared_strings.hpp), and each row is handed over as
// it ends. Shared strings, inline strings, numbers,
// booleans and date-styled serials (as ISO timestamps); row numbers kept.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"
#include "sources/row_stream.hpp"
#include "sources/table.hpp"
#include "sources/zip_archive.hpp"

namespace canvass {

struct XlsxOptions {
  std::string sheet;  // the sheet to read by name; empty: the first sheet holding any data
  ZipLimits limits;
  // Shared strings held in memory up to this many bytes; the rest go to a scratch file.
  std::size_t shared_strings_held = std::size_t{16} << 20;
};

// `bytes` is the whole .xlsx; `path` names it in errors (which name the part inside too).
// An archive whose content types are not a workbook's (a Word document) is refused.
// Hands each row holding any cell to `sink`, in order; the Table returned describes the
// sheet (container, encoding) and holds no rows.
Result<Table> read_xlsx_rows(const std::string& path, std::string_view bytes, const XlsxOptions& options,
                             const RowSink& sink);

class XlsxSpool;

// The same, reading the workbook at `path` by offset: neither the file nor a part is held.
// With `keep`, the rows are also kept there for a second pass (sources/xlsx_spool.hpp).
Result<Table> read_xlsx_file_rows(const std::string& path, const XlsxOptions& options, const RowSink& sink,
                                  XlsxSpool* keep = nullptr);

// True when the file at `path` is a ZIP whose content types say it holds a workbook (only
// its directory and [Content_Types].xml are read). A streamed pass reads only such files,
// so what refuses one while reading it is the workbook's own damage.
bool is_workbook_file(const std::string& path, const ZipLimits& limits = {});

// The sheet as a whole Table: every row padded to the widest, rows without cells left out.
Result<Table> read_xlsx(const std::string& path, std::string_view bytes, const XlsxOptions& options = {});

// Parts of the reader, exposed for tests.
// "C7" -> column 2 (0-based) and row 7; nothing when the reference is not a cell.
struct CellRef {
  std::size_t column = 0;
  std::size_t row = 0;  // 0 when the reference has no row
};
std::optional<CellRef> parse_cell_ref(std::string_view ref);
// True when an Excel number format shows a date or time.
bool is_date_format(int id, std::string_view code);
// An Excel serial date as "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS", or "HH:MM:SS" for a bare time
// when `time_only` is set.
std::string excel_serial_to_iso(double serial, bool date1904, bool time_only = false);

}  // namespace canvass
