// The commands of the `canvass` program: each is defined in its own cmd_NAME.cpp
// (its summary, --help text and function), and command_table.cpp lists them.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace canvass::cli {

struct Io {
  std::ostream& out;  // results
  std::ostream& err;  // messages and progress
};

using CommandFn = int (*)(const std::vector<std::string>& argv, Io io);

struct Command {
  const char* name;
  const char* summary;
  const char* usage;  // the full --help text
  CommandFn run;
};

const std::vector<Command>& commands();

Command ingest_command();
Command dist_command();
Command quotes_command();
Command notes_command();
Command inspect_command();
Command export_command();
Command run_command();
Command report_command();
Command redact_command();

// For commands not built yet: says so plainly and exits 2.
int not_built(const char* name, Io io);

}  // namespace canvass::cli
