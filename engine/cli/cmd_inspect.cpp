// canvass inspect: show how a file was read.
#include "cli/commands.hpp"

namespace canvass::cli {

namespace {

int run_inspect(const std::vector<std::string>&, Io io) { return not_built("inspect", io); }

}  // namespace

Command inspect_command() {
  return {"inspect", "show how a file was read (not built yet)",
          "usage: canvass inspect FILE\n  (not built yet)\n",
          run_inspect};
}

}  // namespace canvass::cli
