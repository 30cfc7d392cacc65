// canvass report: write the report folder (report.html, report.md, CSV and SVG files).
#include <unistd.h>

#include <charconv>
#include <ostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/outputs_message.hpp"
#include "cli/terminal_progress.hpp"
#include "report/report_writer.hpp"
#include "store/schema.hpp"

namespace canvass::cli {

namespace {

int run_report(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--db", "--out", "--title", "--palette", "--by", "--min-cell", "--sort"},
                                {"--progress"},
                                {"--by"}, "report"});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  if (!args->inputs.empty()) {
    io.err << "canvass report: unexpected argument '" << args->inputs.front() << "' (see --help)\n";
    return kUsage;
  }
  const auto out_dir = args->get("--out");
  if (!out_dir) {
    io.err << "canvass report: --out DIR is required\n";
    return kUsage;
  }
  ReportOptions options;
  options.title = args->get_or("--title", options.title);
  options.by = args->all("--by");
  const auto palette = palette_from_string(args->get_or("--palette", "standard"));
  const auto order = item_order_from_string(args->get_or("--sort", "questionnaire"));
  const std::string min_cell = args->get_or("--min-cell", std::to_string(kDefaultMinCell));
  auto [end, ec] = std::from_chars(min_cell.data(), min_cell.data() + min_cell.size(), options.min_cell);
  if (!palette || !order || ec != std::errc{} || end != min_cell.data() + min_cell.size() || options.min_cell < 0) {
    io.err << "canvass report: " << (!palette ? "--palette must be standard or colourblind"
                                     : !order ? "--sort must be questionnaire or agree"
                                              : "--min-cell must be a whole number of respondents")
           << '\n';
    return kUsage;
  }
  options.palette = *palette;
  options.order = *order;

  // The whole-file check waits until the report is to be written: a report found up to
  // date only reads the store (write_report checks before it writes).
  auto db = open_store(args->get_or("--db", "canvass.db"), /*create=*/false, /*check_now=*/false);
  if (!db) {
    io.err << db.error().to_string() << '\n';
    return kNothingRead;
  }
  TerminalProgress progress(io.err, progress_wanted(args->has("--progress")), ::isatty(STDERR_FILENO));
  auto written = write_report(*db, options, *out_dir, progress.callback());
  progress.finish();
  if (!written) {
    const Error& e = written.error();
    io.err << (e.kind == Error::Kind::usage ? "canvass report: " + e.message : e.to_string()) << '\n';
    return e.kind == Error::Kind::usage ? kUsage : kNothingRead;
  }
  print_outputs(io.err, *written);
  if (written->reused)
    io.err << "report in " << *out_dir << " is up to date: nothing changed since it was written\n";
  else
    io.err << "report written to " << *out_dir << "/report.html (and " << written->files.size() - 1
           << " more files: Markdown, Word, Excel, CSV and SVG)\n";
  return kSuccess;
}

}  // namespace

Command report_command() {
  return {"report", "write the report folder: HTML with SVG charts, Markdown, Word, Excel, CSV",
          "usage: canvass report [--db FILE] --out DIR [--title TEXT] [--by ATTRIBUTE]... [--min-cell N]\n"
          "                      [--sort questionnaire|agree] [--palette standard|colourblind]\n"
          "                      [--progress]\n"
          "  Writes DIR/report.html (self-contained: opens offline in any browser, prints cleanly),\n"
          "  DIR/report.md, DIR/report.docx (Word's built-in styles, native tables, charts as\n"
          "  PNG with the SVG kept), DIR/report.xlsx (one sheet per table, numbers as numbers)\n"
          "  and, beside them, distribution.csv, agreement.csv, breakdown-*.csv and figure-*.svg,\n"
          "  with the same figures.\n"
          "  --db FILE         the store (default canvass.db)\n"
          "  --out DIR         the report folder (created when missing)\n"
          "  --title TEXT      the report's title (default \"Survey report\")\n"
          "  --by ATTRIBUTE    a breakdown (repeatable); default: every single-choice question, and\n"
          "                    batch when the store holds several batches\n"
          "  --min-cell N      suppress groups of fewer than N respondents (default 10), and any\n"
          "                    further group whose figures would reveal them by subtraction\n"
          "  --sort ORDER      questionnaire (default) or agree (highest agree share first)\n"
          "  --palette NAME    standard (green to red) or colourblind (blue to orange)\n"
          "  --progress        show progress on stderr even when it is not a terminal\n"
          "  The folder's .canvass-manifest.json lists the files canvass wrote there: a report\n"
          "  whose store and options are unchanged is not redone, files an earlier report wrote\n"
          "  and this one does not are removed, and files canvass did not write are never\n"
          "  overwritten or removed (one standing where a report file must go stops the report).\n",
          run_report};
}

}  // namespace canvass::cli
