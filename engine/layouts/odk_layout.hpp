// ODK Central CSV export: one header row `SubmissionDate, meta-instanceID, <fields>, KEY,
// SubmitterID, SubmitterName, ...`, groups joined with '-', select_multiple as
// space-separated choice names; repeat tables carry `PARENT_KEY`. The CSV holds choice
// names only: labels come from the form saved beside it as `<stem>.xlsform.csv`; without
// it the names stand as labels.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout odk_layout();
}
