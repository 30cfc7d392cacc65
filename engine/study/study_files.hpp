// The files a study names, in run order: each source pattern expanded against the study's
// folder, with the logical path that identifies the file's source across re-runs.
#pragma once

#include <filesystem>

#include <string>
#include <vector>

#include "model/error.hpp"
#include "study/study_config.hpp"

namespace canvass {

struct StudyFile {
  std::string path;          // where to read it (absolute)
  std::string logical_path;  // its path within the study (relative to the study's folder), `#sheet` added
                             // when the source names a workbook's sheet
  SourceKind kind = SourceKind::automatic;  // automatic: ingest decides by name and content
  std::string platform;
  std::string label;
  std::string sheet;
};

struct StudyFiles {
  std::vector<StudyFile> files;
  std::vector<Error> problems;  // a missing file, or a pattern matching nothing: the study cannot run
  std::vector<Error> notes;     // an optional pattern matching nothing, a skipped lock file: worth saying
};

// Expands the study's sources. A file matched by two patterns is read once, with the
// first pattern's settings. The study file, its store and its report folder are never
// sources.
StudyFiles study_files(const StudyConfig& study);

// "~$staff.xlsx": the lock file Office writes beside a workbook while it is open.
bool is_office_lock_file(const std::filesystem::path& file);

}  // namespace canvass
