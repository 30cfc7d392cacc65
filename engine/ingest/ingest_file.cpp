#include "ingest/ingest_file.hpp"

#include "ingest/load_survey.hpp"

namespace canvass {

IngestOutcome ingest_file(Database& db, const std::string& path, const IngestOptions& options,
                          const ScaleVocabulary& vocabulary) {
  IngestOutcome out;
  out.path = path;
  std::string bytes;
  auto file = identify_file(path, bytes);
  if (!file) {
    out.error = file.error();
    return out;
  }
  auto known = find_source_by_sha(db, file->sha256);
  if (!known) {
    out.error = known.error();
    return out;
  }
  if (*known) {  // identical bytes already stored: nothing to do
    out.stored = StoreOutcome::unchanged;
    return out;
  }
  auto loaded = load_survey(std::move(file).value(), bytes, vocabulary, options.platform);
  if (!loaded) {
    out.error = loaded.error();
    return out;
  }
  const Survey& survey = loaded->survey;
  out.platform = survey.platform;
  out.rows_read = survey.rows_read;
  out.respondents = survey.respondents.size();
  out.rejects = survey.rejects;
  if (survey.respondents.empty()) {
    out.error = survey.rejects.empty() ? Error{{path}, "no responses: the file has a header but no data rows"}
                                       : Error{survey.rejects.front().where, survey.rejects.front().reason};
    return out;
  }
  auto stored = store_survey(db, options.batch_label, loaded->file, survey);
  if (!stored) {
    out.error = stored.error();
    return out;
  }
  out.stored = stored->outcome;
  return out;
}

}  // namespace canvass
