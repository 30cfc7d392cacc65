#include "ingest/load_survey.hpp"

#include <cctype>
#include <filesystem>

#include "layouts/detect.hpp"
#include "sources/file_bytes.hpp"
#include "sources/read_table.hpp"
#include "sources/sav_reader.hpp"
#include "sources/triple_s_reader.hpp"
#include "text/sha256.hpp"

namespace canvass {

Result<SourceFile> identify_file(const std::string& path, std::string& bytes_out) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  bytes_out = std::move(bytes).value();
  return SourceFile{path, sha256_hex(bytes_out), "", ""};
}

namespace {

// Files that describe themselves (SPSS, Triple-S) skip tables and layouts.
Result<LoadedSurvey> loaded(SourceFile file, Result<SurveyFile> read) {
  if (!read) return read.error();
  file.kind = read->container;
  file.encoding = read->encoding;
  Table table;
  table.path = file.path;
  table.container = read->container;
  table.encoding = read->encoding;
  return LoadedSurvey{std::move(file), std::move(table), std::move(read->survey)};
}

}  // namespace

Result<LoadedSurvey> load_survey(SourceFile file, std::string_view bytes, const ScaleVocabulary& vocabulary,
                                 const std::string& platform, const std::string& sheet) {
  // Dispatch by container: CSV and XLSX become a Table read by a layout; .sav and .sss
  // carry their own metadata and become a Survey directly.
  if (looks_like_sav(bytes)) return loaded(file, read_sav(file.path, bytes, vocabulary));
  if (looks_like_triple_s(file.path, bytes)) return loaded(file, read_triple_s(file.path, bytes, vocabulary));
  auto table = read_table(file.path, bytes, sheet);
  if (!table) return table.error();
  file.kind = table->container;
  file.encoding = table->encoding;
  auto survey = read_survey(*table, vocabulary, platform);
  if (!survey) return survey.error();
  return LoadedSurvey{std::move(file), std::move(table).value(), std::move(survey).value()};
}

std::optional<std::string> name_and_content_differ(const std::string& path, const std::string& container) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string promised;
  if (ext == ".xlsx" || ext == ".xlsm") promised = "xlsx";
  else if (ext == ".sav" || ext == ".zsav") promised = "sav";
  else if (ext == ".sss") promised = "triple-s";
  else if (ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".tab") promised = "csv";
  if (promised.empty() || promised == container) return std::nullopt;
  const std::string what = container == "csv" ? "delimited text" : container;
  return "the name says " + ext + " but the content is " + what + ": read by its content";
}

Result<LoadedSurvey> load_survey_file(const std::string& path, const ScaleVocabulary& vocabulary,
                                      const std::string& platform, const std::string& sheet) {
  std::string bytes;
  auto file = identify_file(path, bytes);
  if (!file) return file.error();
  return load_survey(std::move(file).value(), bytes, vocabulary, platform, sheet);
}

}  // namespace canvass
