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
#include "cli/outputs_message.hpp"
#include "cli/terminal_progress.hpp"
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
Result<OutputsWritten> write_study_report(Database& db, const StudyConfig& study, const Progress& progress) {
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
  return write_report(db, options, study.output_folder, progress);
}

// The study's <by> breakdowns that match nothing in its sources, found before anything is
// stored (the same matching as the report's, on the same rows): sources the store already
// holds with the same bytes are matched there (read-only); only files it does not hold yet
// are read, into a scratch store in memory. A re-run with nothing changed reads nothing.
std::vector<Error> unmatched_breakdowns(const StudyConfig& study, const StudyFiles& files,
                                        const ScaleVocabulary& vocabulary) {
  std::vector<Error> out;
  if (study.breakdowns.empty()) return out;
  std::vector<Database> stores;
  std::error_code ec;
  if (std::filesystem::is_regular_file(study.store, ec))
    if (auto stored = Database::open_read_only(study.store, false)) stores.push_back(std::move(stored).value());
  const StudyFiles unread = stores.empty() ? files : files_not_stored(stores.front(), study, files);
  if (!unread.files.empty()) {
    auto scratch = open_scratch_store();
    if (!scratch) return {scratch.error()};
    ingest_study(*scratch, study, unread, vocabulary, "check", {});
    stores.push_back(std::move(scratch).value());
  }
  std::string known = "batch";
  for (auto& db : stores)
    if (auto questions = single_choice_groupings(db))
      for (const auto& q : *questions)
        if (known.find("\u201c" + q.label + "\u201d") == std::string::npos) known += ", \u201c" + q.label + "\u201d";
  for (std::size_t i = 0; i < study.breakdowns.size(); ++i) {
    std::optional<Error> why;
    for (auto& db : stores) {
      auto g = resolve_grouping(db, study.breakdowns[i]);
      if (g) {
        why.reset();
        break;
      }
      if (!why || g.error().message.find("ambiguous") != std::string::npos) why = g.error();
    }
    if (!why) continue;
    const Location where = i < study.breakdown_where.size() ? study.breakdown_where[i] : Location{study.path};
    const std::string& message = why->message;
    if (message.rfind("--by ", 0) == 0 && message.find("ambiguous") != std::string::npos)
      out.push_back(Error{where, "<by attribute=\"" + study.breakdowns[i] + "\">" + message.substr(message.find(" is ambiguous"))});
    else
      out.push_back(Error{where, "<by attribute=\"" + study.breakdowns[i] +
                                     "\"> matches no single-choice question or respondent attribute of the sources; "
                                     "it may name a question's code or words of its text, an attribute such as label, or: " +
                                     known});
  }
  return out;
}

int run_run(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{}, {"--progress"}, {}, "run"});
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
  TerminalProgress progress(io.err, progress_wanted(args->has("--progress")), ::isatty(STDERR_FILENO));
  RunSummary summary = ingest_study(*db, *study, files, vocabulary, batch, progress.callback());
  if (auto s = finish_batch(*db, batch, summary.failed > 0); !s)
    progress.print_between([&] { io.err << s.error().to_string() << '\n'; });

  auto listed = write_run_summary(*db, summary, study->output_folder);
  if (!listed) {
    progress.finish(false);
    io.err << listed.error().to_string() << '\n';
    return kNothingRead;
  }
  progress.print_between([&] { print_run_summary(io.err, summary, (*listed)[1]); });
  // A study setting that matches nothing in the data is a mistake in study.xml: said at
  // its element, and the run ends with exit 1, though the report is still written.
  std::size_t unmatched = 0;
  auto reversed = mark_reverse_coded(*db, study->reverse_items);
  auto overrides = reversed ? unapplied_scale_overrides(*db, *study) : reversed.error();
  if (!reversed || !overrides) {
    progress.finish(false);
    io.err << (!reversed ? reversed.error() : overrides.error()).to_string() << '\n';
    return kNothingRead;
  }
  progress.print_between([&] {
    for (const auto& e : *reversed) io.err << e.to_string() << '\n';
    for (const auto& e : *overrides) io.err << e.to_string() << '\n';
    if (!study->themes.empty()) {  // the study's own codebook: say which keywords cannot work
      Codebook book;
      for (const auto& t : study->themes) book.themes.push_back({t.name, t.keywords});
      for (const auto& w : codebook_warnings(book)) io.err << "canvass run: warning: " << w << '\n';
    }
  });
  unmatched += reversed->size() + overrides->size();
  auto report = write_study_report(*db, *study, progress.callback());
  progress.finish(false);  // the last line says the time
  if (!report) {
    io.err << report.error().to_string() << '\n';
    return kNothingRead;
  }
  print_outputs(io.err, *report);
  const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  io.err << "store: " << study->store << '\n';
  if (report->reused) io.err << "report in " << study->output_folder << " is up to date: nothing it is made from changed";
  else io.err << "report written to " << study->output_folder;
  io.err << " (" << duration_text(secs) << ")\n";

  const std::size_t good = summary.sources.size() - summary.failed;
  if (good == 0) return kNothingRead;
  return summary.failed || summary.with_rejects || !files.problems.empty() || unmatched ? kSomeRejected : kSuccess;
}

}  // namespace

Command run_command() {
  return {"run", "run a whole study: ingest every source, write the report folder",
          "usage: canvass run [--progress] STUDY.xml\n"
          "  Reads the study file (validated against schemas/study.xsd), ingests every source it\n"
          "  names into the store (default: STUDY.db beside it) as a new batch, then writes the\n"
          "  report folder (default: report/ beside it) with sources.csv and rejects.csv.\n"
          "  The study's scale overrides apply as files are read (an answer off the forced scale\n"
          "  is rejected, its row kept); reverse-coded statements get mean/median coded the\n"
          "  other way round; its codebook and names to redact reach the quote bank and notes;\n"
          "  its formats (html, md, csv, json, docx, xlsx; none: all) choose the report files.\n"
          "  Re-running with nothing changed adds nothing; a changed export replaces its source\n"
          "  in one transaction (respondents matched by response ID); a file that fails keeps\n"
          "  the previous version of its source. Progress on stderr when it is a terminal (or\n"
          "  with --progress). The report folder's .canvass-manifest.json lists what canvass\n"
          "  wrote there: with nothing changed the report is not redone; files an earlier run\n"
          "  wrote and this one does not are removed; files canvass did not write are never\n"
          "  overwritten or removed (one standing where a report file must go stops the run).\n"
          "  Exit: 0 all read, 1 some files, rows or answers rejected or a study setting matched\n"
          "  nothing, 3 nothing could be read or the study file cannot be used.\n",
          run_run};
}

}  // namespace canvass::cli
