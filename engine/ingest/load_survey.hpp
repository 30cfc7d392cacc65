// From a file path to a normalised Survey without touching the store: read the bytes,
// hash them, read the container, apply the layout. Shared by ingest, dist FILE, inspect.
#pragma once

#include <optional>
#include <string>

#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"
#include "sources/table.hpp"
#include "store/survey_writer.hpp"

namespace canvass {

struct LoadedSurvey {
  SourceFile file;
  Table table;  // header rows and dialect, for `inspect`
  Survey survey;
};

// The bytes and their hash only: cheap, so re-runs can skip files already stored.
Result<SourceFile> identify_file(const std::string& path, std::string& bytes_out);

// Reads and interprets already-read `bytes`; `platform` empty means detect; `sheet`
// names an Excel workbook's worksheet (empty: the first with data).
Result<LoadedSurvey> load_survey(SourceFile file, std::string_view bytes, const ScaleVocabulary& vocabulary,
                                 const std::string& platform = "", const std::string& sheet = "");

// When the file's name promises another container than its content is ("report.xlsx"
// holding CSV text): a sentence saying it was read by its content. Content always decides.
std::optional<std::string> name_and_content_differ(const std::string& path, const std::string& container);

Result<LoadedSurvey> load_survey_file(const std::string& path, const ScaleVocabulary& vocabulary,
                                      const std::string& platform = "", const std::string& sheet = "");

}  // namespace canvass
