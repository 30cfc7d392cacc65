// Reads a Triple-S survey (XML definition .sss, see triple_s_definition.hpp, plus its
// fixed-width or CSV data file): streamed into a CodedSink, or whole into a Survey.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/coded_survey.hpp"

namespace canvass {

// The schema shipped with canvass (schemas/triple-s.xsd in the source tree).
std::string default_triple_s_schema();

// True for a .sss file, or XML whose root element is <sss>.
bool looks_like_triple_s(std::string_view path, std::string_view bytes);

// `bytes` is the .sss; the data file is found beside it: the record's href, else the same
// stem with .asc, .dat or .csv. Data lines that cannot be read become rejects.
Result<SurveyFile> read_triple_s(const std::string& path, std::string_view bytes, const ScaleVocabulary& vocabulary,
                                 const std::string& schema_path = default_triple_s_schema());

// Reads the definition at `path`, then its data file in blocks, handing the variables and
// each case's values to `sink`: memory does not grow with the data. A data line that
// cannot be read ends the reading with its file, line and column (the whole-file path
// keeps it as a reject and reads on), and so does data that is not plain UTF-8 (the
// whole-file path decodes it as a whole).
Result<CodedFileInfo> read_triple_s_file(const std::string& path, CodedSink& sink,
                                         const std::string& schema_path = default_triple_s_schema());

}  // namespace canvass
