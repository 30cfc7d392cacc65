// canvass ingest: read survey exports into the store.
#include <unistd.h>

#include <ctime>
#include <ostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "report/figures.hpp"
#include "study/study_files.hpp"
#include "cli/terminal_progress.hpp"
#include "ingest/ingest_file.hpp"
#include "ingest/load_survey.hpp"
#include "store/schema.hpp"
#include "store/survey_writer.hpp"

namespace canvass::cli {

namespace {

std::string today() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

const char* describe(StoreOutcome o) {
  switch (o) {
    case StoreOutcome::stored: return "stored";
    case StoreOutcome::unchanged: return "unchanged (already ingested)";
    case StoreOutcome::replaced: return "replaced its earlier version";
  }
  return "";
}

int run_ingest(const std::vector<std::string>& argv, Io io);

// One file's outcome on stderr: its rejects, its error, or what was stored.
void print_outcome(std::ostream& err, const std::string& path, const IngestOutcome& r) {
  for (const auto& rj : r.rejects) err << Error{rj.where, "rejected: " + rj.reason}.to_string() << '\n';
  if (r.error) {
    err << r.error->to_string() << '\n';
    return;
  }
  err << path << ": " << describe(*r.stored);
  if (*r.stored != StoreOutcome::unchanged && r.platform == "notes")
    err << ", " << r.notes << " note records";
  else if (*r.stored != StoreOutcome::unchanged)
    err << ", " << count_text(r.respondents, "respondent", "respondents") << " (" << r.platform << "), "
        << count_text(static_cast<long>(r.rejects.size()), "row", "rows") << " rejected";
  if (auto differ = name_and_content_differ(path, r.container)) err << "; " << *differ;
  err << '\n';
}

}  // namespace

Command ingest_command() {
  return {"ingest", "read survey exports and focus-group notes into the store",
          "usage: canvass ingest [--db FILE] [--batch LABEL] [--platform NAME] [--sheet NAME] [--progress] INPUT...\n"
          "  Reads each INPUT (a survey export, or focus-group notes as .txt, .md or .docx)\n"
          "  into the store (default canvass.db).\n"
          "  A file already ingested with identical bytes adds nothing; a changed file at the\n"
          "  same path replaces its old records. Rows that cannot be read are recorded as rejects.\n"
          "  --db FILE        the store (default canvass.db in the working directory)\n"
          "  --batch LABEL    the batch (cohort, workshop) these files belong to (default: today's date)\n"
          "  --platform NAME  skip detection: qualtrics, qualtrics-legacy, surveymonkey, smartsurvey,\n"
          "                   google-forms, microsoft-forms, limesurvey, kobotoolbox, odk, jisc, generic\n"
          "  --sheet NAME     the worksheet to read in Excel workbooks (default: the first with data);\n"
          "                   the source is recorded as FILE#NAME\n"
          "  --progress       show progress on stderr even when it is not a terminal\n",
          run_ingest};
}

namespace {

int run_ingest(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--db", "--batch", "--platform", "--sheet"}, {"--progress"}, {}, "ingest"});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  if (args->inputs.empty()) {
    io.err << "canvass ingest: no INPUT given (see --help)\n";
    return kUsage;
  }
  auto db = open_store(args->get_or("--db", "canvass.db"));
  if (!db) {
    io.err << db.error().to_string() << '\n';
    return kNothingRead;
  }
  const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();
  IngestOptions options{args->get_or("--batch", today()), args->get_or("--platform", "")};
  options.sheet = args->get_or("--sheet", "");
  std::size_t read_ok = 0, problems = 0, skipped = 0;
  TerminalProgress progress(io.err, progress_wanted(args->has("--progress")), ::isatty(STDERR_FILENO));
  const Progress tell_progress = progress.callback();
  for (std::size_t i = 0; i < args->inputs.size(); ++i) {
    const std::string& path = args->inputs[i];
    if (is_office_lock_file(path)) {  // a shell glob picked up the workbook's lock file: not an export
      progress.print_between([&] {
        io.err << path << ": skipped: Excel's lock file for an open workbook, not a survey export (note)\n";
      });
      ++skipped;
      continue;
    }
    tell(tell_progress, "ingesting", path, i, args->inputs.size());
    IngestOutcome r = ingest_file(*db, path, options, vocabulary);
    progress.print_between([&] { print_outcome(io.err, path, r); });
    if (r.error) {
      ++problems;
      continue;
    }
    ++read_ok;
    if (!r.rejects.empty()) ++problems;
  }
  progress.finish();
  const bool some_failed = read_ok + skipped < args->inputs.size();
  if (auto s = finish_batch(*db, options.batch_label, some_failed); !s) io.err << s.error().to_string() << '\n';
  if (read_ok == 0) return kNothingRead;
  return problems ? kSomeRejected : kSuccess;
}

}  // namespace

}  // namespace canvass::cli
