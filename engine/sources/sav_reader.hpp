// Reads an SPSS .sav/.zsav file with ReadStat, streamed into a CodedSink or whole into a
// Survey: variable names become question codes, labels question text, value labels scales
// or choices, strings comments.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/coded_survey.hpp"
#include "sources/sav_dictionary.hpp"

namespace canvass {

// True when `bytes` begin with an SPSS system-file signature ("$FL2", or "$FL3" compressed).
bool looks_like_sav(std::string_view bytes);

// Reads the file at `path` by offset, handing its variables and then each value to `sink`
// as ReadStat reads them: nothing but the dictionary is held, and the variables `sink`
// does not want are skipped by ReadStat (the dictionary is read first, on its own).
Result<CodedFileInfo> read_sav_file(const std::string& path, CodedSink& sink);

// `bytes` is the whole file, already read; `path` names it in errors.
Result<SurveyFile> read_sav(const std::string& path, std::string_view bytes, const ScaleVocabulary& vocabulary);

}  // namespace canvass
