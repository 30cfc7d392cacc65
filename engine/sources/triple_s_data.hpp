// The data lines of a Triple-S record turned into cases for a CodedSink: each variable's
// columns (fixed format) or fields (csv format) become its code, codes or text. The same
// for a data file read whole or streamed in blocks; a line that cannot be read goes to
// `reject` with its file, line and column and is no case.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "model/survey.hpp"
#include "sources/coded_survey.hpp"
#include "sources/triple_s_definition.hpp"

namespace canvass {

class TripleSCases {
 public:
  // Receives each line that cannot be read; an error stops the reading.
  using RejectSink = std::function<Status(Reject)>;
  TripleSCases(const TripleSDefinition& definition, CodedSink& sink, RejectSink reject);

  // One fixed-format line (UTF-8, without its line break), numbered from 1. The record's
  // leading `skip` lines and blank lines are no cases.
  Status line(std::size_t number, std::string_view text);
  // One csv-format record's fields, the record beginning on line `number`. The record's
  // leading `skip` records are no cases.
  Status record(std::size_t number, std::span<const std::string_view> fields);

  std::size_t cases() const { return cases_; }
  std::size_t rejected() const { return rejected_; }
  enum class Kind;

 private:
  Status hand_over(std::size_t number);
  Status refuse(Reject reject);

  const TripleSDefinition& definition_;
  CodedSink& sink_;
  RejectSink reject_;
  std::vector<char> wanted_;
  std::vector<Kind> kinds_;
  std::vector<std::vector<std::string>> values_;  // this line's, per variable
  std::vector<std::size_t> offsets_;              // byte offset of each character of a line, plus the end
  std::size_t records_ = 0, cases_ = 0, rejected_ = 0;
};

}  // namespace canvass
