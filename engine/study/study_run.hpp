// A study run's ingest step: every file the study names into the store, one transaction
// per source, and the accounting of what each source read, stored and rejected.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "model/error.hpp"
#include "model/progress.hpp"
#include "scales/scale_vocabulary.hpp"
#include "store/sqlite.hpp"
#include "store/survey_writer.hpp"
#include "study/study_config.hpp"
#include "study/study_files.hpp"

namespace canvass {

// One file's part in the run. For every file that has a source in the store, the counts
// are the stored source's (so an unchanged file still reports them):
// rows_read = rows_stored + rows_rejected.
struct SourceSummary {
  std::string path;
  std::string logical_path;
  std::optional<StoreOutcome> outcome;  // empty: the file failed (error says why)
  std::optional<Error> error;
  StoredSource stored;
  std::string platform;
  std::size_t rows_read = 0;
  std::size_t rows_stored = 0;
  std::size_t rows_rejected = 0;
  std::size_t answers_rejected = 0;  // single answers refused, the rest of their rows stored
};

struct RunSummary {
  std::string batch_label;
  std::vector<SourceSummary> sources;
  std::size_t failed = 0;           // files nothing could be stored from
  std::size_t with_rejects = 0;     // files stored with some rows (or answers) rejected
  std::size_t rows_read = 0;        // over the files read in this run
};

// The study's files the store does not already hold with the same bytes (as ingest_study
// would read them): what a run would read.
StudyFiles files_not_stored(Database& db, const StudyConfig& study, const StudyFiles& files);

// `progress` hears of each file as it starts ("ingesting", its path in the study, files done, total).
RunSummary ingest_study(Database& db, const StudyConfig& study, const StudyFiles& files,
                        const ScaleVocabulary& vocabulary, const std::string& batch_label,
                        const Progress& progress = {});

// Writes `sources.csv` (one line per file: what happened and the row accounting) and
// `rejects.csv` (every rejected row of the study's sources, and every failed file)
// into `folder`; returns the files written.
Result<std::vector<std::string>> write_run_summary(Database& db, const RunSummary& summary, const std::string& folder);

// The end-of-run summary on stderr: one line per source, the rejects' whereabouts.
void print_run_summary(std::ostream& err, const RunSummary& summary, const std::string& rejects_file);

}  // namespace canvass
