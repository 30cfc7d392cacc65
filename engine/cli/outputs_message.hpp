// What a command did to the outputs folder beyond writing its files, on stderr: the files
// of an earlier run it removed, and those it kept because they were changed since.
#pragma once

#include <ostream>

#include "report/output_manifest.hpp"

namespace canvass::cli {

void print_outputs(std::ostream& err, const OutputsWritten& written);

}  // namespace canvass::cli
