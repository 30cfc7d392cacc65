// An SPSS file or a Triple-S survey ingested without holding it, in the two passes of a
// streamed CSV export: the first counts each coded variable's distinct codes, so the
// questions (and the choices of closed questions, in the order met) are known before
// anything is stored; the second reads the cases again on a second thread and hands
// respondents over one at a time.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "ingest/streamed_export.hpp"
#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"

namespace canvass {

class StreamedCodedExport {
 public:
  // Nothing when the file needs the general path (it cannot be read as it is, its text
  // needs decoding by hand, or it has no cases). `identified` as for StreamedExport.
  static std::optional<StreamedCodedExport> open(const std::string& path, const FileState& identified,
                                                 const ScaleVocabulary& vocabulary);
  StreamedCodedExport(StreamedCodedExport&&) noexcept;
  StreamedCodedExport& operator=(StreamedCodedExport&&) noexcept;
  ~StreamedCodedExport();

  const Survey& plan() const;  // platform, questions, rows_read; no respondents
  const std::string& encoding() const;
  const std::string& container() const;  // "sav" or "triple-s"

  // The next respondent (true), false after the last, or an error (then
  // needs_general_path() says whether the general path should read the file instead).
  Result<bool> next(Respondent& into);
  bool needs_general_path() const;

 private:
  struct State;
  explicit StreamedCodedExport(std::unique_ptr<State> s);
  std::unique_ptr<State> s_;
};

}  // namespace canvass
