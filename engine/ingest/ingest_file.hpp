// Ingests one file into the store: identify it by its bytes, skip it when unchanged,
// otherwise read it and store its records in one transaction. Never throws; the
// outcome says what happened, with the rejects and any error located in the file.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/survey.hpp"
#include "scales/forced_scales.hpp"
#include "scales/scale_vocabulary.hpp"
#include "store/sqlite.hpp"
#include "store/survey_writer.hpp"

namespace canvass {

struct IngestOptions {
  IngestOptions(std::string batch = {}, std::string platform_ = {})
      : batch_label(std::move(batch)), platform(std::move(platform_)) {}

  std::string batch_label;
  std::string platform;  // empty: detect
  // An Excel workbook's worksheet by name (empty: the first with data). The source is then
  // recorded as `path#sheet`, so two sheets of one workbook are two sources.
  std::string sheet;
  // The source's label (workshop, cohort): kept on the source and given to each of its
  // respondents as the attribute `label`, so reports can break down by it.
  std::string label;
  // A study run's logical paths: see StoreOptions::paths_in_run.
  std::optional<std::set<std::string>> paths_in_run;
  // The path recorded for the source (the path within the study); empty: `path` itself.
  std::string logical_path;
  // Whether the file is focus-group notes (true) or a survey export (false), when the
  // study says so; empty: decided by its name and content.
  std::optional<bool> notes;
  // A study's scale overrides: questions read on a named scale (scales/forced_scales).
  // With any, the source's identity is its bytes' SHA-256 hashed with the overrides, so a
  // change to them re-reads the file instead of skipping it as unchanged.
  std::vector<ForcedScale> forced_scales;
  // Plain delimited exports of a new source are read in two streamed passes; false reads
  // every file whole (the general path), as tests comparing the two need.
  bool stream = true;
};

struct IngestOutcome {
  std::string path;
  std::optional<StoreOutcome> stored;  // empty when the file could not be read or stored
  StoredSource detail;                 // ids and respondent counts when stored
  std::string platform;
  std::string container;  // what the content was read as (csv, xlsx, sav, triple-s, text, docx)
  std::size_t rows_read = 0;
  std::size_t respondents = 0;
  std::size_t notes = 0;  // note records, when the file was focus-group notes (platform "notes")
  std::vector<Reject> rejects;
  std::optional<Error> error;
};

// Whether the store already holds a source with this file's bytes (read as `options`
// would read them): ingest_file would then read nothing. Reads the file to hash it.
Result<bool> already_stored(Database& db, const std::string& path, const IngestOptions& options);

IngestOutcome ingest_file(Database& db, const std::string& path, const IngestOptions& options,
                          const ScaleVocabulary& vocabulary);

}  // namespace canvass
