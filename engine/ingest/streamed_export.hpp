// A plain one-header-row export (delimited text, or an Excel workbook's first sheet with
// data) read for ingest without holding it: the first pass counts each column's distinct
// answers (the streamed `dist` scan) and lets the layout decide from them; the second pass
// hands over respondents one at a time, read as build_survey reads them. A delimited file
// is read again; a workbook's sheet is parsed once, its rows kept compactly on disk by the
// first pass (sources/xlsx_spool.hpp) for the second.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "ingest/file_state.hpp"
#include "model/error.hpp"
#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"

namespace canvass {

class StreamedExport {
 public:
  // Nothing when the file needs the general path: anything stream_survey declines (not
  // plain UTF-8, a malformed or wrongly sized row, no data rows), a layout with more than
  // one header row, or a free-text column whose kind could depend on answers not counted.
  // An error when the file is a workbook that cannot be read (damaged, hostile): the
  // general path would refuse it the same way, so the refusal is final.
  // `identified` is the file's state when its SHA-256 was taken: the second pass fails
  // when the file is no longer in that state at its end (it changed meanwhile), so the
  // source is never stored under the identity of other bytes.
  static Result<std::optional<StreamedExport>> open(const std::string& path, const FileState& identified,
                                                    const ScaleVocabulary& vocabulary,
                                                    const std::string& platform = "");
  StreamedExport(StreamedExport&&) noexcept;
  StreamedExport& operator=(StreamedExport&&) noexcept;
  ~StreamedExport();

  // Platform, questions and rows_read, as read_survey would give them; no respondents.
  const Survey& plan() const;
  const std::string& encoding() const;
  const std::string& container() const;  // "csv" or "xlsx"

  // The next respondent (true), or false after the last. An error when the file cannot be
  // read or has changed since the first pass, or when a record needs the general path
  // (then needs_general_path() is true and nothing read so far should be kept).
  Result<bool> next(Respondent& into);
  bool needs_general_path() const;

 private:
  struct State;
  explicit StreamedExport(std::unique_ptr<State> s);
  std::unique_ptr<State> s_;
};

}  // namespace canvass
