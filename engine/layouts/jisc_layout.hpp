// Jisc Online Surveys, written from its documentation and best knowledge (no public
// fixture): one header row; `Response ID`, `Started`, `Completed` (no IP addresses: the
// platform does not expose them); questions numbered as the builder numbers them, "1. Q",
// sub-questions "2.1. Question - Statement".
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout jisc_layout();
}
