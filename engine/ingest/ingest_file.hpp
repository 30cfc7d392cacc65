// Ingests one file into the store: identify it by its bytes, skip it when unchanged,
// otherwise read it and store its records in one transaction. Never throws; the
// outcome says what happened, with the rejects and any error located in the file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/survey.hpp"
#include "scales/scale_vocabulary.hpp"
#include "store/sqlite.hpp"
#include "store/survey_writer.hpp"

namespace canvass {

struct IngestOptions {
  std::string batch_label;
  std::string platform;  // empty: detect
};

struct IngestOutcome {
  std::string path;
  std::optional<StoreOutcome> stored;  // empty when the file could not be read or stored
  std::string platform;
  std::size_t rows_read = 0;
  std::size_t respondents = 0;
  std::size_t notes = 0;  // note records, when the file was focus-group notes (platform "notes")
  std::vector<Reject> rejects;
  std::optional<Error> error;
};

IngestOutcome ingest_file(Database& db, const std::string& path, const IngestOptions& options,
                          const ScaleVocabulary& vocabulary);

}  // namespace canvass
