// The build's paths for the tests: only this file carries them (tests/CMakeLists.txt), so
// the other test files compile the same in any checkout.
#include "test_support.hpp"

namespace canvass::testing {

std::string source_dir() { return CANVASS_SOURCE_DIR; }
std::string shared_dir() { return CANVASS_SHARED_DIR; }
std::string canvass_bin() { return CANVASS_BIN; }

}  // namespace canvass::testing
