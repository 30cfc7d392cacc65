// canvass export: tidy long tables for other tools.
#include <ostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "report/csv_writer.hpp"
#include "report/tidy_export.hpp"
#include "store/schema.hpp"

namespace canvass::cli {

namespace {

int run_export(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--db", "--table", "--format"}, {"--bom"}, {}, "export"});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  const auto table = export_table_from_string(args->get_or("--table", ""));
  if (!table) {
    io.err << "canvass export: --table must be responses, comments, notes, quotes or respondents\n";
    return kUsage;
  }
  const auto format = export_format_from_string(args->get_or("--format", "csv"));
  if (!format) {
    io.err << "canvass export: --format must be csv or jsonl\n";
    return kUsage;
  }
  if (!args->inputs.empty()) {
    io.err << "canvass export: unexpected argument '" << args->inputs.front() << "' (see --help)\n";
    return kUsage;
  }
  auto db = open_store(args->get_or("--db", "canvass.db"), /*create=*/false);
  if (!db) {
    io.err << db.error().to_string() << '\n';
    return kNothingRead;
  }
  auto redactor = Redactor::shipped();
  if (!redactor) {
    io.err << redactor.error().to_string() << '\n';
    return kNothingRead;
  }
  if (*format == ExportFormat::csv && args->has("--bom")) io.out << kUtf8Bom;
  auto rows = export_table(*db, *table, *format, *redactor, io.out);
  if (!rows) {
    io.err << rows.error().to_string() << '\n';
    return kNothingRead;
  }
  io.err << *rows << " rows\n";
  return kSuccess;
}

}  // namespace

Command export_command() {
  return {"export", "tidy long tables for other tools (R, pandas, DuckDB, Spark)",
          "usage: canvass export [--db FILE] --table responses|comments|notes|quotes|respondents [--format csv|jsonl] [--bom]\n"
          "  Writes one long, tidy table to standard output: for responses, one row per respondent and\n"
          "  item with question, item, level position, label, polarity, batch, source and every\n"
          "  respondent attribute as its own column. See README.md for the data dictionary.\n"
          "  Nothing is suppressed: this is the analyst's own data, not for publication. But\n"
          "  personal data never leaves canvass: comments, notes and free-text answers are\n"
          "  redacted ([name], [email], [phone]...) and identifying attributes (e-mail, name,\n"
          "  IP address, location, submitter) are left out.\n"
          "  --db FILE        the store (default canvass.db)\n"
          "  --table NAME     responses, comments, notes, quotes or respondents\n"
          "  --format FORMAT  csv (default) or jsonl (one JSON object per line)\n"
          "  --bom            csv: start with a UTF-8 byte-order mark, so Excel reads it as UTF-8\n",
          run_export};
}

}  // namespace canvass::cli
