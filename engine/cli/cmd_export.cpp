// canvass export: tidy long tables for other tools.
#include "cli/commands.hpp"

namespace canvass::cli {

namespace {

int run_export(const std::vector<std::string>&, Io io) { return not_built("export", io); }

}  // namespace

Command export_command() {
  return {"export", "tidy long tables for other tools (not built yet)",
          "usage: canvass export [--db FILE] --table responses|comments|notes|quotes|respondents [--format csv|jsonl]\n  (not built yet)\n",
          run_export};
}

}  // namespace canvass::cli
