// The generic layout: one header row of question titles, for any export no signature
// matches. Metadata columns are recognised by name; `Question [Statement]` and shared
// "Question - Statement" stems form grids.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout generic_layout();
}
