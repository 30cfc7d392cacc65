// canvass run: the batch job after each workshop — ingest every source the study names,
// then write the report folder.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <ostream>
#include <sstream>
#include <string>

#include "analysis/grouping.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "report/figures.hpp"
#include "model/utc_time.hpp"
#include "report/report_writer.hpp"
#include "text/printable.hpp"
#include "store/schema.hpp"
#include "store/survey_writer.hpp"
#include "study/study_files.hpp"
#include "study/reverse_coding.hpp"
#include "study/scale_overrides.hpp"
#include "study/study_loader.hpp"
#include "study/study_run.hpp"

namespace canvass::cli {

namespace {

std::string run_started_label() { return utc_now("run %Y-%m-%dT%H:%M:%SZ"); }

// The report step: the study's title, threshold, breakdowns, codebook and names to redact
// into the report writer.
Result<std::vector<std::string>> write_study_report(Database& db, const StudyConfig& study) {
  ReportOptions options;
  options.title = study.title;
  options.min_cell = study.min_cell;
  options.by = study.breakdowns;
  if (!study.themes.empty()) {
    Codebook codebook;
    for (const auto& t : study.themes) codebook.themes.push_back({t.name, t.keywords});
    options.codebook = std::move(codebook);
  }
  options.names_to_redact = study.names_to_redact;
  options.formats = study.formats.empty() ? std::set<std::string>{"html", "md", "csv", "json", "docx", "xlsx"}
                                          : std::set<std::string>(study.formats.begin(), study.formats.end());
  return write_report(db, options, study.output_folder);
}

// The study's <by> breakdowns that match nothing in its sources, found by reading the
// sources into a scratch store in memory first, so a misspelt attribute fails before
// anything is stored (the same matching as the report's, on the same rows).
std::vector<Error> unmatched_breakdowns(const StudyConfig& study, const StudyFiles& files,
                                        const ScaleVocabulary& vocabulary) {
  std::vector<Error> out;
  if (study.breakdowns.empty()) return out;
  auto scratch = open_scratch_store();
  if (!scratch) return {scratch.error()};
  ingest_study(*scratch, study, files, vocabulary, "check", {});
  auto questions = single_choice_groupings(*scratch);
  std::string known = "batch";
  if (questions)
    for (const auto& q : *questions) known += ", \u201c" + q.label + "\u201d";
  for (std::size_t i = 0; i < study.breakdowns.size(); ++i) {
    auto g = resolve_grouping(*scratch, study.breakdowns[i]);
    if (g) continue;
    const Location where = i < study.breakdown_where.size() ? study.breakdown_where[i] : Location{study.path};
    std::string why = g.error().message;
    if (why.rfind("--by ", 0) == 0 && why.find("ambiguous") != std::string::npos)
      out.push_back(Error{where, "<by attribute=\"" + study.breakdowns[i] + "\">" + why.substr(why.find(" is ambiguous"))});
    else
      out.push_back(Error{where, "<by attribute=\"" + study.breakdowns[i] +
                                     "\"> matches no single-choice question or respondent attribute of the sources; "
                                     "it may name a question's code or words of its text, an attribute such as label, or: " +
                                     known});
  }
  return out;
}

// Progress for a person watching: only when stderr is a terminal, so logs stay clean.
RunProgress terminal_progress(std::ostream& err, std::chrono::steady_clock::time_point started) {
  if (!::isatty(STDERR_FILENO)) return {};
  return [&err, started, rows = std::size_t{0}, shown = std::size_t{0}](std::size_t done, std::size_t total,
                                                                         const SourceSummary& s) mutable {
    rows += s.rows_read;
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started);
    std::ostringstream text;  // not string +: GCC 12 gives a false -Wrestrict there
    text << '[' << done << '/' << total << " files, " << rows << " rows, " << secs.count() << "s] "
         << printable(s.logical_path, false);
    std::string line = text.str();
    const std::size_t length = line.size();
    if (length < shown) line.append(shown - length, ' ');  // spaces over the longer line before: no escape codes
    shown = length;
    err << '\r' << line << (done == total ? "\n" : "") << std::flush;
  };
}

int run_run(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{}, {}, {}, "run"});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  if (args->inputs.size() != 1) {
    io.err << "canvass run: give exactly one STUDY.xml (see --help)\n";
    return kUsage;
  }
  const auto started = std::chrono::steady_clock::now();
  auto study = load_study(args->inputs[0]);
  if (!study) {
    io.err << study.error().to_string() << '\n';
    return kNothingRead;
  }
  const StudyFiles files = study_files(*study);
  for (const auto& p : files.problems) io.err << p.to_string() << '\n';
  for (const auto& n : files.notes) io.err << n.to_string() << " (note)\n";
  if (!files.problems.empty()) return kNothingRead;  // a source that is not there: nothing read or created
  if (files.files.empty()) {
    io.err << Error{{study->path}, "the study names no file canvass can read: nothing to read"}.to_string() << '\n';
    return kNothingRead;
  }

  const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();
  if (const auto unknown = unknown_scales(*study, vocabulary); !unknown.empty()) {
    for (const auto& e : unknown) io.err << e.to_string() << '\n';
    return kNothingRead;  // as for any study file that cannot be used: nothing is read or created
  }

  if (auto wrong = unmatched_breakdowns(*study, files, vocabulary); !wrong.empty()) {
    for (const auto& e : wrong) io.err << e.to_string() << '\n';
    return kNothingRead;  // found before the store is touched: fix study.xml and run again
  }

  std::error_code ec;  // the store's folder may be new (e.g. out/); a failure shows when opening
  std::filesystem::create_directories(std::filesystem::path(study->store).parent_path(), ec);
  auto db = open_store(study->store);
  if (!db) {
    io.err << db.error().to_string() << '\n';
    return kNothingRead;
  }
  const std::string batch = study->batch_label.empty() ? run_started_label() : study->batch_label;
  RunSummary summary =
      ingest_study(*db, *study, files, vocabulary, batch, terminal_progress(io.err, started));
  if (auto s = finish_batch(*db, batch, summary.failed > 0); !s) io.err << s.error().to_string() << '\n';

  auto listed = write_run_summary(*db, summary, study->output_folder);
  if (!listed) {
    io.err << listed.error().to_string() << '\n';
    return kNothingRead;
  }
  print_run_summary(io.err, summary, (*listed)[1]);
  // A study setting that matches nothing in the data is a mistake in study.xml: said at
  // its element, and the run ends with exit 1, though the report is still written.
  std::size_t unmatched = 0;
  auto reversed = mark_reverse_coded(*db, study->reverse_items);
  if (!reversed) {
    io.err << reversed.error().to_string() << '\n';
    return kNothingRead;
  }
  for (const auto& e : *reversed) io.err << e.to_string() << '\n';
  unmatched += reversed->size();
  auto overrides = unapplied_scale_overrides(*db, *study);
  if (!overrides) {
    io.err << overrides.error().to_string() << '\n';
    return kNothingRead;
  }
  for (const auto& e : *overrides) io.err << e.to_string() << '\n';
  unmatched += overrides->size();
  if (!study->themes.empty()) {  // the study's own codebook: say which keywords cannot work
    Codebook book;
    for (const auto& t : study->themes) book.themes.push_back({t.name, t.keywords});
    for (const auto& w : codebook_warnings(book)) io.err << "canvass run: warning: " << w << '\n';
  }
  auto report = write_study_report(*db, *study);
  if (!report) {
    io.err << report.error().to_string() << '\n';
    return kNothingRead;
  }
  const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  io.err << "store: " << study->store << "\nreport written to " << study->output_folder << " (in " << duration_text(secs)
         << ")\n";

  const std::size_t good = summary.sources.size() - summary.failed;
  if (good == 0) return kNothingRead;
  return summary.failed || summary.with_rejects || !files.problems.empty() || unmatched ? kSomeRejected : kSuccess;
}

}  // namespace

Command run_command() {
  return {"run", "run a whole study: ingest every source, write the report folder",
          "usage: canvass run STUDY.xml\n"
          "  Reads the study file (validated against schemas/study.xsd), ingests every source it\n"
          "  names into the store (default: STUDY.db beside it) as a new batch, then writes the\n"
          "  report folder (default: report/ beside it) with sources.csv and rejects.csv.\n"
          "  The study's scale overrides apply as files are read (an answer off the forced scale\n"
          "  is rejected, its row kept); reverse-coded statements get mean/median coded the\n"
          "  other way round; its codebook and names to redact reach the quote bank and notes;\n"
          "  its formats (html, md, csv, json, docx, xlsx; none: all) choose the report files.\n"
          "  Re-running with nothing changed adds nothing; a changed export replaces its source\n"
          "  in one transaction (respondents matched by response ID); a file that fails keeps\n"
          "  the previous version of its source. Progress on stderr when it is a terminal.\n"
          "  Exit: 0 all read, 1 some files, rows or answers rejected or a study setting matched\n"
          "  nothing, 3 nothing could be read or the study file cannot be used.\n",
          run_run};
}

}  // namespace canvass::cli
