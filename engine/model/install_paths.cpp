#include "model/install_paths.hpp"

namespace canvass {

const std::string& install_dir() {
  static const std::string dir = CANVASS_DATA_DIR;  // set for this file only (CMakeLists.txt)
  return dir;
}

}  // namespace canvass
