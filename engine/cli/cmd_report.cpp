// canvass report: write the report folder.
#include "cli/commands.hpp"

namespace canvass::cli {

namespace {

int run_report(const std::vector<std::string>&, Io io) { return not_built("report", io); }

}  // namespace

Command report_command() {
  return {"report", "write the report folder (not built yet)",
          "usage: canvass report [--db FILE] --out DIR\n  (not built yet)\n",
          run_report};
}

}  // namespace canvass::cli
