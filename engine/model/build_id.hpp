// Which build of canvass is running: the linker's GNU build ID of the program, which
// changes with any change to its code. Outputs made by another build are never reused.
#pragma once

#include <string>

namespace canvass {

// "canvass build HEX"; just "canvass" when the program has no build ID (then callers must
// not treat the string as identifying the code).
std::string program_build();

// True when program_build() names the exact code (a build ID was found).
bool program_build_known();

}  // namespace canvass
