#include "cli/commands.hpp"

#include <ostream>

#include "cli/args.hpp"

namespace canvass::cli {

namespace {

int quotes(const std::vector<std::string>& a, Io io) { return run_not_built("quotes", a, io); }
int notes(const std::vector<std::string>& a, Io io) { return run_not_built("notes", a, io); }
int inspect(const std::vector<std::string>& a, Io io) { return run_not_built("inspect", a, io); }
int exporter(const std::vector<std::string>& a, Io io) { return run_not_built("export", a, io); }
int run_study(const std::vector<std::string>& a, Io io) { return run_not_built("run", a, io); }
int report(const std::vector<std::string>& a, Io io) { return run_not_built("report", a, io); }

}  // namespace

const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands = {
      {"ingest", "read survey exports into the store",
       "usage: canvass ingest [--db FILE] [--batch LABEL] [--platform NAME] INPUT...\n"
       "  Reads each INPUT (a survey export) into the store (default canvass.db).\n"
       "  A file already ingested with identical bytes adds nothing; a changed file at the\n"
       "  same path replaces its old records. Rows that cannot be read are recorded as rejects.\n"
       "  --db FILE        the store (default canvass.db in the working directory)\n"
       "  --batch LABEL    the batch (cohort, workshop) these files belong to (default: today's date)\n"
       "  --platform NAME  skip detection: google-forms, generic\n",
       run_ingest},
      {"dist", "agreement distributions per statement",
       "usage: canvass dist [--db FILE | FILE...] [--format md|csv] \n"
       "  Prints, for every Likert statement, the count and percentage of each level.\n"
       "  Reads the store, or the given export files directly (nothing is stored).\n"
       "  --db FILE       the store (default canvass.db)\n"
       "  --format md|csv Markdown tables (default) or long CSV:\n"
       "                  question,item,group,level,label,count,percent,n\n",
       run_dist},
      {"quotes", "illustrative, anonymised quotes (not built yet)", "usage: canvass quotes [--db FILE] ... (not built yet)\n", quotes},
      {"notes", "focus-group table notes into note records (not built yet)", "usage: canvass notes FILE [--format json|md|csv] (not built yet)\n", notes},
      {"inspect", "show how a file was read (not built yet)", "usage: canvass inspect FILE (not built yet)\n", inspect},
      {"export", "tidy long tables for other tools (not built yet)", "usage: canvass export [--db FILE] --table NAME [--format csv|jsonl] (not built yet)\n", exporter},
      {"run", "run a whole study (not built yet)", "usage: canvass run STUDY.xml (not built yet)\n", run_study},
      {"report", "write the report folder (not built yet)", "usage: canvass report [--db FILE] --out DIR (not built yet)\n", report},
  };
  return kCommands;
}

int run_not_built(const char* name, const std::vector<std::string>&, Io io) {
  io.err << "canvass " << name << ": not built yet\n";
  return kUsage;
}

}  // namespace canvass::cli
