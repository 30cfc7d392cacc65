// A plain one-header-row export (delimited text, or an Excel workbook's first sheet with
// data) read for ingest without holding it: the first pass counts
// each column's distinct answers (the streamed `dist` scan) and lets the layout decide
// from them; the second pass hands over respondents one at a time, read as build_survey reads them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"

namespace canvass {

// What tells one version of a file from another without reading it again.
struct FileState {
  std::uint64_t size = 0, inode = 0;
  std::int64_t modified_ns = 0, changed_ns = 0;
  bool operator==(const FileState&) const = default;
};

// The state of the file at `path` (or of an open descriptor); nothing when it cannot be read.
std::optional<FileState> file_state(const std::string& path);
std::optional<FileState> file_state(int fd);

class StreamedExport {
 public:
  // Nothing when the file needs the general path: anything stream_survey refuses (not
  // plain UTF-8, a malformed or wrongly sized row, no data rows), a layout with more than
  // one header row, or a free-text column whose kind could depend on answers not counted.
  // `identified` is the file's state when its SHA-256 was taken: the second pass fails
  // when the file is no longer in that state at its end (it changed meanwhile), so the
  // source is never stored under the identity of other bytes.
  static std::optional<StreamedExport> open(const std::string& path, const FileState& identified,
                                            const ScaleVocabulary& vocabulary, const std::string& platform = "");
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
