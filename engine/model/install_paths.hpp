// Where canvass's shipped files live (schemas/, grammars/scales.xml, data/): the source tree
// CMake was configured from. One function, so only its own file carries the path.
#pragma once

#include <string>

namespace canvass {

// The folder holding schemas/, grammars/ and data/ (no trailing slash).
const std::string& install_dir();

}  // namespace canvass
