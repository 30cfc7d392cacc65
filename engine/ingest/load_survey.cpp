#include "ingest/load_survey.hpp"

#include "layouts/detect.hpp"
#include "sources/file_bytes.hpp"
#include "sources/read_table.hpp"
#include "text/sha256.hpp"

namespace canvass {

Result<SourceFile> identify_file(const std::string& path, std::string& bytes_out) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  bytes_out = std::move(bytes).value();
  return SourceFile{path, sha256_hex(bytes_out), "", ""};
}

Result<LoadedSurvey> load_survey(SourceFile file, std::string_view bytes, const ScaleVocabulary& vocabulary,
                                 const std::string& platform) {
  auto table = read_table(file.path, bytes);
  if (!table) return table.error();
  file.kind = table->container;
  file.encoding = table->encoding;
  auto survey = read_survey(*table, vocabulary, platform);
  if (!survey) return survey.error();
  return LoadedSurvey{std::move(file), std::move(table).value(), std::move(survey).value()};
}

Result<LoadedSurvey> load_survey_file(const std::string& path, const ScaleVocabulary& vocabulary,
                                      const std::string& platform) {
  std::string bytes;
  auto file = identify_file(path, bytes);
  if (!file) return file.error();
  return load_survey(std::move(file).value(), bytes, vocabulary, platform);
}

}  // namespace canvass
