// canvass quotes: illustrative, anonymised quotes.
#include "cli/commands.hpp"

namespace canvass::cli {

namespace {

int run_quotes(const std::vector<std::string>&, Io io) { return not_built("quotes", io); }

}  // namespace

Command quotes_command() {
  return {"quotes", "illustrative, anonymised quotes (not built yet)",
          "usage: canvass quotes [--db FILE] [--limit N] [--theme NAME] [--tone positive|critical|any] [--question TEXT] [--item TEXT --level L] [--format json|md|csv]\n  (not built yet)\n",
          run_quotes};
}

}  // namespace canvass::cli
