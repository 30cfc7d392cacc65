// Reads an SPSS .sav/.zsav file with ReadStat straight into a Survey: variable names become
// question codes, labels question text, value labels scales or choices, strings comments.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/coded_survey.hpp"

namespace canvass {

// True when `bytes` begin with an SPSS system-file signature ("$FL2", or "$FL3" compressed).
bool looks_like_sav(std::string_view bytes);

// Reads the file at `path` by offset, handing its variables and then each value to `sink`
// as ReadStat reads them: nothing but the dictionary is held.
Result<CodedFileInfo> read_sav_file(const std::string& path, CodedSink& sink);

// `bytes` is the whole file, already read; `path` names it in errors.
Result<SurveyFile> read_sav(const std::string& path, std::string_view bytes, const ScaleVocabulary& vocabulary);

// SPSS time (seconds since 1582-10-14 00:00) as ISO text: date, date and time, or time,
// as `format` ("DATETIME20", "ADATE10", "TIME8", ...) says; empty for a non-date format.
std::string spss_time_to_iso(double seconds, std::string_view format);

}  // namespace canvass
