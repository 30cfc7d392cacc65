// A Triple-S survey's definition (the XML .sss, versions 1.1-2.0, validated against
// schemas/triple-s.xsd): its first record's variables, where each sits in a data line,
// and which data file beside it holds the lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "sources/coded_survey.hpp"

namespace canvass {

struct SssValue {
  std::string code;
  std::string label;
};

struct SssVariable {
  std::string ident, type, use, name, label;
  std::size_t start = 0, finish = 0;     // columns (fixed) or fields (csv), 1-based inclusive
  std::size_t subfields = 0, width = 0;  // spread
  std::vector<SssValue> values;
  std::size_t line = 0;  // where it is defined, for errors
};

struct SssRecord {
  std::string ident, format = "fixed", href;
  std::size_t skip = 0;  // leading lines (fixed) or records (csv) that are not cases
  std::vector<SssVariable> variables;
};

struct TripleSDefinition {
  SssRecord record;                     // hierarchical surveys: the first record only
  std::vector<CodedVariable> variables;  // the record's variables in canvass terms
  std::string data_path;
  bool csv() const { return record.format == "csv"; }
};

// Reads the definition `bytes` of the .sss at `path` and finds its data file: the record's
// href, else the same stem with .asc, .dat or .csv, inside the definition's own folder.
Result<TripleSDefinition> read_triple_s_definition(const std::string& path, std::string_view bytes,
                                                   const std::string& schema_path);

// Codes compare as numbers when they are numbers: "01" in the data is code "1".
std::string normal_code(std::string_view raw);

}  // namespace canvass
