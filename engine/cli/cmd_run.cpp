// canvass run: run a whole study.
#include "cli/commands.hpp"

namespace canvass::cli {

namespace {

int run_run(const std::vector<std::string>&, Io io) { return not_built("run", io); }

}  // namespace

Command run_command() {
  return {"run", "run a whole study (not built yet)",
          "usage: canvass run STUDY.xml\n  (not built yet)\n",
          run_run};
}

}  // namespace canvass::cli
