// SmartSurvey raw-data export, written from best knowledge (no public fixture): metadata
// `UserID, UserNo, Name, Email, IP Address, Unique ID, Started, Ended`, then questions in
// the two-header-row block layout, numbered "1. Question", matrix rows in row 2.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout smartsurvey_layout();
}
