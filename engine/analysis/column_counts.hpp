// What the streamed passes share, whatever the container: each column's distinct answers
// counted (StretchCounts), rows from any container counted one at a time (RowCounts), and
// the layout's reading of those counts (plan_from_counts). Internal to analysis/ and ingest/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/column_labels.hpp"
#include "analysis/streamed_counts.hpp"
#include "model/error.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/row_stream.hpp"

namespace canvass {

// The counts of one stretch of records (or of a whole file).
struct StretchCounts {
  std::vector<ColumnLabels> columns;
  std::vector<char> settled;  // the column cannot be a scale: no longer counted
  std::uint64_t records = 0;  // records counted (blank rows are skipped, as the layout skips them)
  std::uint64_t end = 0;      // file offset after the last record scanned
  bool ok = true;             // false: only the general path can read this stretch
};

bool is_blank(std::string_view s);

// True when the column's answers can never be read as a scale whatever else follows.
bool can_never_be_a_scale(const ColumnLabels& labels, const ScaleVocabulary& vocabulary);

// How many of a file's first data rows a streamed pass keeps to learn its header rows.
constexpr std::size_t kRowsShowingHeaderRows = 8;

// The header rows of a file whose layout has more than one (Qualtrics' wording and
// ImportId rows, SurveyMonkey's sub-headers): the scan counted rows 2.. as data, so the
// layout is asked how many header rows the header and `first_rows` (the first data rows,
// as they are) make, and those rows are taken out of `first_rows` and back out of the
// counts. Returns every header row, the header first; nothing when an extra header row is
// blank or of the wrong width (the general path reads such a file).
std::optional<std::vector<std::vector<std::string>>> take_header_rows(const std::string& path,
                                                                      const std::vector<std::string>& header,
                                                                      std::vector<std::vector<std::string>>& first_rows,
                                                                      std::vector<ColumnLabels>& columns,
                                                                      std::uint64_t& records,
                                                                      const std::string& platform = "");

// The layout's reading of a table holding the header rows and each column's distinct answers:
// it decides kinds and scales from the distinct answers alone, so it decides as it would
// on the whole file, and the level it gives each answer is the level of every copy of it.
// Nothing when the layout needs more than the distinct answers.
std::optional<StreamedSurvey> plan_from_counts(const std::string& path,
                                               const std::vector<std::vector<std::string>>& header_rows, char delimiter, const std::string& encoding,
                                               const StretchCounts& counts, const ScaleVocabulary& vocabulary);

// The counts of rows handed over one at a time by any container (sources/row_stream.hpp):
// the first row is the header, blank rows are skipped as the layout skips them, and a
// row shorter than the others stands for empty cells (a workbook leaves them out).
class RowCounts {
 public:
  explicit RowCounts(const ScaleVocabulary& vocabulary) : vocabulary_(vocabulary) {}

  // Keeps the first `n` data rows as they are (blank ones included).
  void keep_first(std::size_t n) { keep_ = n; }
  std::vector<std::vector<std::string>>& first_rows() { return first_rows_; }

  Status add(const RowView& row) {
    if (!have_header_) {
      have_header_ = true;
      header_.assign(row.cells.begin(), row.cells.end());
      widen(header_.size());
      return Ok{};
    }
    widen(row.cells.size());
    if (first_rows_.size() < keep_) first_rows_.emplace_back(row.cells.begin(), row.cells.end());
    // Interned before the row is known to be blank, as the delimited scan does: every
    // answer of the first rows is then known, even one only a blank row holds.
    for (std::uint32_t c : tracked_) {
      const std::string_view text = c < row.cells.size() ? row.cells[c] : std::string_view{};
      ids_[c] = out_.columns[c].intern(text, out_.records);
    }
    bool nonblank = false;
    for (std::size_t c = 0; c < row.cells.size() && !nonblank; ++c) nonblank = !is_blank(row.cells[c]);
    if (!nonblank) return Ok{};  // a blank row: the layout skips it
    for (std::uint32_t c : tracked_) out_.columns[c].count(ids_[c]);
    ++out_.records;
    // Columns of free text or dates stop being counted once they cannot be a scale.
    bool changed = false;
    for (std::uint32_t c : tracked_)
      if (out_.columns[c].size() >= next_check_[c]) {
        if (can_never_be_a_scale(out_.columns[c], vocabulary_)) {
          out_.settled[c] = 1;
          changed = true;
        } else {
          next_check_[c] *= 4;
        }
      }
    if (changed)
      tracked_.erase(std::remove_if(tracked_.begin(), tracked_.end(), [&](std::uint32_t c) { return out_.settled[c]; }),
                     tracked_.end());
    return Ok{};
  }

  std::vector<std::string> header() const {
    std::vector<std::string> out(header_.begin(), header_.end());
    out.resize(out_.columns.size());
    return out;
  }
  StretchCounts& counts() { return out_; }

 private:
  // A column first met in a later row was empty in every row before it.
  void widen(std::size_t width) {
    for (std::size_t c = out_.columns.size(); c < width; ++c) {
      out_.columns.emplace_back();
      out_.settled.push_back(0);
      next_check_.push_back(32);
      ids_.push_back(0);
      tracked_.push_back(static_cast<std::uint32_t>(c));
      if (out_.records > 0) out_.columns[c].count(out_.columns[c].intern({}, 0), static_cast<long>(out_.records));
    }
  }

  const ScaleVocabulary& vocabulary_;
  std::size_t keep_ = 0;
  std::vector<std::vector<std::string>> first_rows_;
  bool have_header_ = false;
  std::vector<std::string> header_;
  StretchCounts out_;
  std::vector<std::size_t> next_check_;
  std::vector<std::uint32_t> tracked_;
  std::vector<std::uint32_t> ids_;  // this row's label in each tracked column
};


// Which streamed path a file takes, by its first bytes.
enum class StreamedContainer { delimited, workbook, spss, triple_s };
StreamedContainer container_of(const std::string& path);

// dist's pass over a workbook, an SPSS file or a Triple-S survey (not delimited text):
// nothing when the general path must read it; an error when a workbook cannot be read (final).
Result<std::optional<StreamedSurvey>> stream_container_survey(const std::string& path, StreamedContainer container,
                                                              const ScaleVocabulary& vocabulary);

}  // namespace canvass
