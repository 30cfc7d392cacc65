#include "ingest/ingest_file.hpp"

#include <algorithm>
#include <filesystem>

#include "ingest/load_survey.hpp"
#include "ingest/streamed_coded.hpp"
#include "ingest/streamed_export.hpp"
#include "notes/read_notes.hpp"
#include "sources/zip_archive.hpp"
#include "sources/file_blocks.hpp"
#include "sources/sav_reader.hpp"
#include "sources/triple_s_reader.hpp"
#include "store/notes_writer.hpp"
#include "text/decode.hpp"
#include "text/sha256.hpp"

#include <map>

namespace canvass {

namespace {

// Platforms whose exports carry their own question codes (export tags, variable names):
// repeated wording is common there (Qualtrics' "Click to write the question text") and the
// codes keep the columns apart.
bool has_own_question_codes(const std::string& platform) {
  for (const char* p : {"qualtrics", "qualtrics-legacy", "limesurvey", "kobotoolbox", "odk", "spss", "sav", "triple-s"})
    if (platform == p) return true;
  return false;
}

// Two columns that read as the same question and statement, in an export with nothing
// else to tell them apart, could never be told apart in the store or a report, so the
// file is refused rather than merged or guessed at.
std::optional<Error> duplicate_column(const Survey& survey, const std::string& path) {
  if (has_own_question_codes(survey.platform)) return std::nullopt;
  std::map<std::pair<std::string, std::string>, std::size_t> seen;
  for (const auto& q : survey.questions)
    for (const auto& item : q.items) {
      if (q.text.empty() && item.text.empty()) continue;  // blank headers: nothing to confuse
      auto [it, fresh] = seen.emplace(std::make_pair(q.text, item.text), item.column);
      if (fresh) continue;
      const std::string name = item.text.empty() ? q.text : q.text + " [" + item.text + "]";
      return Error{{path, 1, item.column},
                   "duplicate column header: columns " + std::to_string(it->second) + " and " +
                       std::to_string(item.column) + " both read as '" + name + "'; rename one and export again"};
    }
  return std::nullopt;
}

// Focus-group notes or a survey export? Word documents and plain or Markdown text are
// notes (by name, or for a ZIP by holding word/document.xml); everything else is a survey.
// A tab-separated table (Excel's "Unicode Text" save is UTF-16 tab-separated .txt): the
// first lines hold the same number of tabs, at least one. Notes never look like that.
bool looks_like_tab_table(std::string_view bytes) {
  auto decoded = decode_text(bytes.substr(0, std::min<std::size_t>(bytes.size(), 64 * 1024)), Location{});
  if (!decoded) return false;
  std::size_t lines = 0, tabs = 0;
  std::size_t start = 0;
  const std::string& t = decoded->text;
  while (start < t.size() && lines < 5) {
    std::size_t end = t.find('\n', start);
    if (end == std::string::npos) end = t.size();
    const std::string_view line(t.data() + start, end - start);
    start = end + 1;
    if (line.find_first_not_of(" \r\t") == std::string_view::npos) continue;
    const auto n = static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t'));
    if (n == 0 || (lines > 0 && n != tabs)) return false;
    tabs = n;
    ++lines;
  }
  return lines >= 2;
}

bool is_notes_file(const std::string& path, std::string_view bytes) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".txt" && !bytes.empty() && looks_like_tab_table(bytes)) return false;  // content decides
  if (ext == ".docx" || ext == ".txt" || ext == ".md" || ext == ".markdown") return true;
  if (!looks_like_zip(bytes)) return false;
  auto zip = ZipArchive::open(path, bytes);
  return zip && zip->contains("word/document.xml");
}

IngestOutcome ingest_notes(Database& db, SourceFile file, std::string_view bytes, const IngestOptions& options) {
  IngestOutcome out;
  out.path = file.path;
  out.platform = "notes";
  // Read and stored record by record: a long notes file is never held as records.
  auto stored = read_and_store_notes(db, StoreOptions{options.batch_label, options.label, options.paths_in_run}, file, bytes);
  if (!stored) {
    out.error = stored.error();
    return out;
  }
  out.notes = stored->records;
  out.stored = stored->source.outcome;
  out.detail = std::move(stored->source);
  return out;
}

// Which streamed path could read the file (each is the judge of whether it can): a
// delimited export or a workbook, a coded file (SPSS, Triple-S), or none (notes).
enum class Streams { no, table, coded };
Streams may_stream(const std::string& path, const IngestOptions& options) {
  if (options.notes ? *options.notes : is_notes_file(path, {})) return Streams::no;
  OpenFile file(path);
  if (file.fd() < 0) return Streams::no;
  std::string head(4096, '\0');
  const long n = read_at(file.fd(), head.data(), head.size(), 0);
  if (n <= 0) return Streams::no;
  head.resize(static_cast<std::size_t>(n));
  return looks_like_sav(head) || looks_like_triple_s(path, head) ? Streams::coded : Streams::table;
}

// A new source read in two passes without holding the file (see streamed_export.hpp),
// written as it is read. Nothing when the general path must read it: the file is not
// plain enough, the source is not new, or a record needs the general path's judgement
// (then the transaction rolled back and nothing was written).
template <class Source>
std::optional<IngestOutcome> store_streamed(Database& db, const std::string& path, const std::string& sha256,
                                            std::optional<Source> source, const IngestOptions& options) {
  if (!source) return std::nullopt;
  if (duplicate_column(source->plan(), path)) return std::nullopt;  // the general path says why
  const SourceFile file{options.logical_path.empty() ? path : options.logical_path, sha256, source->container(),
                        source->encoding()};
  std::size_t respondents = 0;
  bool empty = false;
  // Reading ahead on the second core was tried (batches of respondents handed over
  // through a queue) and was slower on this shared 2-core machine: SQLite and the
  // parser take turns on one core.
  auto next = [&](Respondent& person) -> Result<bool> {
    auto more = source->next(person);
    if (!more) return more.error();
    if (!*more) {
      if (respondents == 0) {
        empty = true;  // only blank rows after all: the general path says so
        return Error{{path}, "no responses"};
      }
      return false;
    }
    if (!options.label.empty()) person.attributes.push_back({"label", options.label});
    ++respondents;
    return true;
  };
  auto stored = store_new_survey(db, StoreOptions{options.batch_label, options.label, options.paths_in_run}, file,
                                 source->plan(), next);
  if (!stored && (source->needs_general_path() || empty)) return std::nullopt;
  IngestOutcome out;
  out.path = path;
  if (!stored) {
    out.error = stored.error();
    return out;
  }
  if (!*stored) return std::nullopt;
  out.platform = source->plan().platform;
  out.container = source->container();
  out.rows_read = respondents;
  out.respondents = respondents;
  out.stored = (*stored)->outcome;
  out.detail = std::move(**stored);
  return out;
}

std::optional<IngestOutcome> ingest_streamed(Database& db, const std::string& path, const std::string& sha256,
                                             const FileState& identified, const IngestOptions& options,
                                             const ScaleVocabulary& vocabulary) {
  switch (may_stream(path, options)) {
    case Streams::no: return std::nullopt;
    case Streams::coded:
      return store_streamed(db, path, sha256, StreamedCodedExport::open(path, identified, vocabulary), options);
    case Streams::table: {
      auto opened = StreamedExport::open(path, identified, vocabulary, options.platform);
      if (!opened) {  // a workbook's own damage: the general path would refuse it the same way
        IngestOutcome out;
        out.path = path;
        out.error = opened.error();
        return out;
      }
      return store_streamed(db, path, sha256, std::move(*opened), options);
    }
  }
  return std::nullopt;
}

// The identity a source is stored under: its bytes' SHA-256, with the study's scale
// overrides and the sheet read, when there are any.
std::string source_key(const std::string& sha256, const IngestOptions& options) {
  std::string key = sha256;
  if (!options.forced_scales.empty()) key = sha256_hex(key + forced_scales_key(options.forced_scales));
  if (!options.sheet.empty()) key = sha256_hex(key + "\nsheet " + options.sheet);
  return key;
}

}  // namespace

Result<bool> already_stored(Database& db, const std::string& path, const IngestOptions& options) {
  auto sha = sha256_file_hex(path);
  if (!sha) return Error{{path}, "cannot read the file", Error::Kind::io};
  auto known = find_source_by_sha(db, source_key(*sha, options));
  if (!known) return known.error();
  return known->has_value();
}

IngestOutcome ingest_file(Database& db, const std::string& path, const IngestOptions& given,
                          const ScaleVocabulary& vocabulary) {
  IngestOptions options = given;
  if (!options.sheet.empty() && options.logical_path.empty()) options.logical_path = path + "#" + options.sheet;
  IngestOutcome out;
  out.path = path;
  // Identical bytes already stored: nothing to read, at most a rename to follow.
  auto unchanged = [&](SourceFile file) {
    if (!options.logical_path.empty()) file.path = options.logical_path;
    auto noted = record_unchanged(db, StoreOptions{options.batch_label, options.label, options.paths_in_run}, file);
    if (!noted) {
      out.error = noted.error();
      return out;
    }
    out.stored = StoreOutcome::unchanged;
    out.detail = std::move(noted).value();
    return out;
  };
  // Large plain exports are identified and read in blocks; everything else, and anything
  // the streamed path declines, reads the whole file below. Forced scales (a study's
  // overrides) are applied to a whole Survey, so they take the general path too.
  const bool streams = options.stream && options.forced_scales.empty() && options.sheet.empty();
  const auto identified = streams ? file_state(path) : std::nullopt;
  if (auto sha = identified ? sha256_file_hex(path) : std::nullopt) {
    auto stored = find_source_by_sha(db, *sha);
    if (stored && *stored && file_state(path) == identified) return unchanged(SourceFile{path, *sha, {}, {}});
    if (stored && !*stored && file_state(path) == identified)  // the hash is of these bytes
      if (auto streamed = ingest_streamed(db, path, *sha, *identified, options, vocabulary)) return std::move(*streamed);
  }
  std::string bytes;
  auto file = identify_file(path, bytes);
  if (!file) {
    out.error = file.error();
    return out;
  }
  file->sha256 = source_key(file->sha256, options);
  auto known = find_source_by_sha(db, file->sha256);
  if (!known) {
    out.error = known.error();
    return out;
  }
  if (*known) return unchanged(std::move(file).value());
  if (options.notes ? *options.notes : is_notes_file(path, bytes)) {
    SourceFile notes = std::move(file).value();
    if (!options.logical_path.empty()) notes.path = options.logical_path;
    return ingest_notes(db, std::move(notes), bytes, options);
  }
  auto loaded = load_survey(std::move(file).value(), bytes, vocabulary, options.platform, options.sheet);
  if (!loaded) {
    out.error = loaded.error();
    return out;
  }
  Survey& survey = loaded->survey;
  apply_forced_scales(survey, options.forced_scales, vocabulary, path);
  // Records the container could not read never reached the layout's count; every record
  // is either stored or rejected, so the source's count includes them.
  survey.rows_read = std::max(survey.rows_read, survey.respondents.size() + survey.rejects.size());
  if (!options.label.empty())
    for (auto& person : survey.respondents) person.attributes.push_back({"label", options.label});
  if (!options.logical_path.empty()) loaded->file.path = options.logical_path;
  out.platform = survey.platform;
  out.container = loaded->file.kind;
  out.rows_read = survey.rows_read;
  out.respondents = survey.respondents.size();
  out.rejects = survey.rejects;
  if (auto dup = duplicate_column(survey, path)) {
    out.error = *dup;
    return out;
  }
  if (survey.respondents.empty()) {
    out.error = survey.rejects.empty() ? Error{{path}, "no responses: the file has a header but no data rows"}
                                       : Error{survey.rejects.front().where, survey.rejects.front().reason};
    return out;
  }
  // Everything above only read: a file that fails before this point leaves the store,
  // and the previous version of this source, exactly as they were.
  auto stored = store_survey(db, StoreOptions{options.batch_label, options.label, options.paths_in_run},
                             loaded->file, survey);
  if (!stored) {
    out.error = stored.error();
    return out;
  }
  out.stored = stored->outcome;
  out.detail = std::move(stored).value();
  return out;
}

}  // namespace canvass
