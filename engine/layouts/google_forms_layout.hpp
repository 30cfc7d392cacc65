// Google Forms: the linked Sheet's "Download CSV" (US-style timestamps, checkboxes joined
// with ", ") and Forms' own "Download responses" (every field quoted, timestamps with a
// zone such as GMT, checkboxes joined with ";"). One header row: `Timestamp`, then each
// question title; grids as `Question [Row]`.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout google_forms_layout();

// True when the timestamps carry a zone ("2025/05/06 9:00:00 AM GMT"): the direct download.
bool is_google_forms_direct_download(const Table& table);
}  // namespace canvass
