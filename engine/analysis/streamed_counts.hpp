// `dist FILE` without holding the file: reads a one-header-row delimited export in
// blocks (split at record boundaries and scanned on several cores when large), counts
// each column's distinct answers while scanning, then lets the ordinary layout decide
// questions and scales from those distinct answers, so the counts match the general path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/column_labels.hpp"
#include "analysis/tally.hpp"
#include "model/error.hpp"
#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/table.hpp"

namespace canvass {

class XlsxSpool;  // sources/xlsx_spool.hpp

struct StreamOptions {
  unsigned threads = 0;                       // 0: one per core, at most 8
  std::size_t min_chunk_bytes = 8u << 20;     // smaller files are scanned on one core
  std::size_t block_bytes = 1u << 20;         // read size; buffers grow for longer records
};

// What the stream learned: the questions as the layout reads them, and the answers
// counted per item and level in first-seen order.
struct StreamedSurvey {
  Survey plan;  // questions, items, kinds, scales; no respondents
  std::vector<CountedAnswers> answers;
  std::size_t rows_read = 0;
};

// The first pass over a one-header-row delimited export: its header, where its data
// starts, and each column's distinct answers with how often and where first they occur.
// A column whose answers can never form a scale (free text, dates) stops being counted:
// it is `settled`, and its labels are only those met before that.
struct ColumnScan {
  std::string path;
  std::string container = "csv";  // or "xlsx": then delimiter and data_start mean nothing
  std::vector<std::string> header;
  char delimiter = ',';
  std::string encoding;         // utf-8 or utf-8-bom
  std::uint64_t data_start = 0;  // file offset of the first data record
  std::uint64_t size = 0;        // file size when scanned
  std::vector<ColumnLabels> columns;
  std::vector<char> settled;
  std::uint64_t records = 0;  // non-blank data records
};

// Nothing when the file needs the general path (the conditions of stream_survey).
std::optional<ColumnScan> scan_columns(const std::string& path, const ScaleVocabulary& vocabulary,
                                       const StreamOptions& options = {});

// The first `count` data records of a delimited file (blank ones included) with their
// cells unescaped; nothing when they cannot be read.
std::optional<std::vector<Row>> first_records(const std::string& path, const ColumnScan& scan, std::size_t count);

// The same first pass over an Excel workbook's first sheet with data, from its rows; the
// first `leading` data rows (blank ones included) are kept in `first_rows`, each padded
// to the header's width, and with `keep` every row is kept there for a second pass.
// Nothing when the file is not a workbook or has no data rows; an error when the workbook
// itself cannot be read (damaged, hostile): the general path would refuse it the same way,
// so that refusal is final.
Result<std::optional<ColumnScan>> scan_workbook_columns(const std::string& path, const ScaleVocabulary& vocabulary,
                                                        std::size_t leading,
                                                        std::vector<std::vector<std::string>>& first_rows,
                                                        XlsxSpool* keep = nullptr);

// Nothing when the file needs the general path: not plain UTF-8 text (BOM allowed),
// a malformed or wrongly sized row, no data rows, or anything it cannot read. An error
// when the file is a workbook that cannot be read (see scan_workbook_columns): final.
Result<std::optional<StreamedSurvey>> stream_survey(const std::string& path, const ScaleVocabulary& vocabulary,
                                                    const StreamOptions& options = {});

// What the streamed pass made of several files: their tallies pooled as tally_surveys
// pools them when every file streamed or was refused; nothing when any needs the general
// path. `refused` holds each file refused for its own damage, with why: the general path
// would refuse it the same way, so it is not read again.
struct StreamedTallies {
  std::optional<std::vector<ItemTally>> tallies;
  std::vector<std::pair<std::string, Error>> refused;  // path, why
};
StreamedTallies stream_tallies(const std::vector<std::string>& paths, const ScaleVocabulary& vocabulary,
                               const StreamOptions& options = {});

}  // namespace canvass
