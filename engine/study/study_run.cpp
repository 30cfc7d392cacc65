#include "study/study_run.hpp"

#include <set>
#include <sstream>

#include "ingest/ingest_file.hpp"
#include "report/csv_writer.hpp"
#include "report/output_manifest.hpp"
#include "study/scale_overrides.hpp"

namespace canvass {

namespace {

// The stored source's own counts, so an unchanged file reports what it holds.
Status read_counts(Database& db, SourceSummary& s) {
  auto st = db.prepare(
      "SELECT rows_read, rows_rejected, coalesce(platform, ''), (SELECT count(*) FROM respondent WHERE source_id = "
      "source.id) + (SELECT count(*) FROM note WHERE source_id = source.id), (SELECT count(*) FROM reject WHERE "
      "source_id = source.id) FROM source WHERE id = ?");
  if (!st) return st.error();
  st->bind(1, s.stored.source_id);
  auto row = st->step();
  if (!row) return row.error();
  if (!*row) return Error{{s.path}, "store: the source vanished after it was written", Error::Kind::io};
  s.rows_read = static_cast<std::size_t>(st->integer(0));
  s.rows_rejected = static_cast<std::size_t>(st->integer(1));
  s.platform = st->text(2);
  s.rows_stored = static_cast<std::size_t>(st->integer(3));
  // Every rejected row is one reject; what the source lists beyond them are single answers.
  const auto listed = static_cast<std::size_t>(st->integer(4));
  s.answers_rejected = listed > s.rows_rejected ? listed - s.rows_rejected : 0;
  return Ok{};
}

// How the study reads every file (the same batch, overrides and paths in the run).
IngestOptions study_options(const StudyConfig& study, const StudyFiles& files, const std::string& batch_label) {
  IngestOptions base(batch_label);
  std::set<std::string> in_run;
  for (const auto& f : files.files) in_run.insert(f.logical_path);
  base.paths_in_run = std::move(in_run);
  base.forced_scales = forced_scales(study);
  return base;
}

// How it reads this one.
IngestOptions file_options(const StudyFile& file, const IngestOptions& base) {
  IngestOptions options = base;
  options.platform = file.platform;
  options.sheet = file.sheet;
  options.label = file.label;
  options.logical_path = file.logical_path;
  if (file.kind != SourceKind::automatic) options.notes = file.kind == SourceKind::notes;
  return options;
}

SourceSummary ingest_one(Database& db, const StudyFile& file, const ScaleVocabulary& vocabulary,
                         const IngestOptions& base) {
  SourceSummary s;
  s.path = file.path;
  s.logical_path = file.logical_path;
  IngestOutcome r = ingest_file(db, file.path, file_options(file, base), vocabulary);
  if (r.error) {
    s.error = r.error;
    return s;
  }
  s.outcome = r.stored;
  s.stored = r.detail;
  if (auto counted = read_counts(db, s); !counted) {
    s.error = counted.error();
    s.outcome.reset();
  }
  return s;
}

}  // namespace

RunSummary ingest_study(Database& db, const StudyConfig& study, const StudyFiles& files, const ScaleVocabulary& vocabulary,
                        const std::string& batch_label, const Progress& progress) {
  RunSummary summary;
  summary.batch_label = batch_label;
  const IngestOptions base = study_options(study, files, batch_label);
  for (std::size_t i = 0; i < files.files.size(); ++i) {
    tell(progress, "ingesting", files.files[i].logical_path, i, files.files.size());
    SourceSummary s = ingest_one(db, files.files[i], vocabulary, base);
    if (!s.outcome) ++summary.failed;
    else if (s.rows_rejected > 0 || s.answers_rejected > 0) ++summary.with_rejects;
    summary.rows_read += s.rows_read;
    summary.sources.push_back(std::move(s));
  }
  return summary;
}

StudyFiles files_not_stored(Database& db, const StudyConfig& study, const StudyFiles& files) {
  StudyFiles out;
  const IngestOptions base = study_options(study, files, "");
  for (const auto& f : files.files) {
    auto stored = already_stored(db, f.path, file_options(f, base));
    if (!stored || !*stored) out.files.push_back(f);
  }
  return out;
}

Result<std::vector<std::string>> write_run_summary(Database& db, const RunSummary& summary, const std::string& folder) {
  std::ostringstream sources, rejects;
  sources << kUtf8Bom;  // Excel reads the file names and messages as UTF-8
  rejects << kUtf8Bom;
  write_csv_row(sources, {"file", "status", "platform", "rows_read", "rows_stored", "rows_rejected", "message"});
  write_csv_row(rejects, {"file", "line", "column", "reason"});
  auto stored_rejects = db.prepare("SELECT line, column_number, reason FROM reject WHERE source_id = ? ORDER BY id");
  if (!stored_rejects) return stored_rejects.error();
  for (const auto& s : summary.sources) {
    if (!s.outcome) {
      write_csv_row(sources, {s.logical_path, "failed", "", "0", "0", "0", s.error->to_string()});
      write_csv_row(rejects, {s.logical_path, std::to_string(s.error->where.line), std::to_string(s.error->where.column),
                              "file failed, nothing stored from it: " + s.error->message});
      continue;
    }
    const char* status = *s.outcome == StoreOutcome::stored     ? "stored"
                         : *s.outcome == StoreOutcome::replaced ? "replaced"
                                                                : "unchanged";
    write_csv_row(sources, {s.logical_path, status, s.platform, std::to_string(s.rows_read),
                            std::to_string(s.rows_stored), std::to_string(s.rows_rejected), ""});
    stored_rejects->bind(1, s.stored.source_id);
    for (;;) {
      auto row = stored_rejects->step();
      if (!row) return row.error();
      if (!*row) break;
      write_csv_row(rejects, {s.logical_path, std::to_string(stored_rejects->integer(0)),
                              std::to_string(stored_rejects->integer(1)), stored_rejects->text(2)});
    }
    stored_rejects->reset();
  }
  // Through the folder's manifest, like the report: only canvass's own files are replaced.
  auto written = replace_outputs(folder, "run summary", "", {{"sources.csv", sources.str()}, {"rejects.csv", rejects.str()}});
  if (!written) return written.error();
  return std::vector<std::string>{folder + "/sources.csv", folder + "/rejects.csv"};
}

void print_run_summary(std::ostream& err, const RunSummary& summary, const std::string& rejects_file) {
  err << "summary: " << summary.sources.size() << " files, " << summary.failed << " failed, " << summary.with_rejects
      << " with rejected rows\n";
  for (const auto& s : summary.sources) {
    if (!s.outcome) {
      err << "  " << s.logical_path << ": FAILED, nothing stored (earlier data kept): " << s.error->to_string() << '\n';
      continue;
    }
    err << "  " << s.logical_path << ": ";
    switch (*s.outcome) {
      case StoreOutcome::stored: err << "stored"; break;
      case StoreOutcome::unchanged: err << "unchanged"; break;
      case StoreOutcome::replaced: err << "replaced"; break;
    }
    if (!s.stored.previous_path.empty()) err << " (was " << s.stored.previous_path << ")";
    err << ", rows read " << s.rows_read << " = stored " << s.rows_stored << " + rejected " << s.rows_rejected;
    if (s.answers_rejected) err << "; " << s.answers_rejected << " answers rejected (their rows kept)";
    if (*s.outcome == StoreOutcome::replaced)
      err << "; respondents " << s.stored.respondents_updated << " updated, " << s.stored.respondents_added
          << " added, " << s.stored.respondents_removed << " removed";
    err << '\n';
  }
  if (summary.failed || summary.with_rejects) err << "rejected rows and failed files are listed in " << rejects_file << '\n';
}

}  // namespace canvass
