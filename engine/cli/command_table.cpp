#include <ostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"

namespace canvass::cli {

const std::vector<Command>& commands() {
  static const std::vector<Command> kCommands = {ingest_command(),  dist_command(),   quotes_command(),
                                                 notes_command(),   inspect_command(), export_command(),
                                                 run_command(),     report_command(),  redact_command()};
  return kCommands;
}

int not_built(const char* name, Io io) {
  io.err << "canvass " << name << ": not built yet\n";
  return kUsage;
}

}  // namespace canvass::cli
