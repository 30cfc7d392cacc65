// canvass notes: focus-group table notes into note records.
#include "cli/commands.hpp"

namespace canvass::cli {

namespace {

int run_notes(const std::vector<std::string>&, Io io) { return not_built("notes", io); }

}  // namespace

Command notes_command() {
  return {"notes", "focus-group table notes into note records (not built yet)",
          "usage: canvass notes FILE [--format json|md|csv]\n  (not built yet)\n",
          run_notes};
}

}  // namespace canvass::cli
