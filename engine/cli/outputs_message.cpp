#include "cli/outputs_message.hpp"

namespace canvass::cli {

void print_outputs(std::ostream& err, const OutputsWritten& written) {
  for (const auto& f : written.removed) err << f << ": removed, an earlier run wrote it and this one does not (note)\n";
  for (const auto& f : written.kept)
    err << f << ": kept, though this run no longer writes it: it was changed since canvass wrote it (note)\n";
}

}  // namespace canvass::cli
