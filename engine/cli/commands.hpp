// The commands of the `canvass` program, one function each in its own file, and the
// table main() dispatches on.
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

int run_ingest(const std::vector<std::string>& argv, Io io);
int run_dist(const std::vector<std::string>& argv, Io io);
int run_not_built(const char* name, const std::vector<std::string>& argv, Io io);

}  // namespace canvass::cli
