// canvass: survey exports and focus-group notes into evidence for evaluation reports.
#include <iostream>
#include <string>
#include <vector>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/printable_stream.hpp"
#include "cli/suggest.hpp"

#ifndef CANVASS_VERSION
#define CANVASS_VERSION "unknown"
#endif

namespace {

void print_help(std::ostream& out) {
  out << "canvass: survey exports and focus-group notes into evidence for evaluation reports\n\n"
         "usage: canvass COMMAND [OPTIONS] [INPUT...]\n\ncommands:\n";
  for (const auto& c : canvass::cli::commands()) {
    std::string name = c.name;
    name.resize(10, ' ');
    out << "  " << name << c.summary << '\n';
  }
  out << "\n`canvass COMMAND --help` describes one command; `canvass --version` prints the version.\n"
         "exit codes: 0 success, 1 some input rejected, 2 usage error, 3 nothing could be read\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  canvass::cli::PrintableBuf printable_err(std::cerr.rdbuf());  // messages never carry control characters
  std::ostream err(&printable_err);
  canvass::cli::Io io{std::cout, err};
  if (argc < 2) {
    print_help(std::cerr);
    return canvass::cli::kUsage;
  }
  const std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    print_help(std::cout);
    return canvass::cli::kSuccess;
  }
  if (name == "--version" || name == "-V" || name == "version") {
    std::cout << "canvass " CANVASS_VERSION "\n";
    return canvass::cli::kSuccess;
  }
  std::vector<std::string> rest(argv + 2, argv + argc);
  for (const auto& c : canvass::cli::commands()) {
    if (name != c.name) continue;
    for (const auto& a : rest)
      if (a == "--help" || a == "-h") {
        std::cout << c.usage;
        return canvass::cli::kSuccess;
      }
    const int code = c.run(rest, io);
    std::cout.flush();
    return code;
  }
  std::vector<std::string> names{"help", "--help", "--version"};
  for (const auto& c : canvass::cli::commands()) names.push_back(c.name);
  const std::string hint = canvass::cli::did_you_mean(name, names);
  std::cerr << "canvass: unknown " << (name.rfind("-", 0) == 0 ? "option " + name : "command '" + name + "'")
            << (hint.empty() ? " (see canvass --help)" : hint) << '\n';
  return canvass::cli::kUsage;
}
