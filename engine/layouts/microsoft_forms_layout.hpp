// Microsoft Forms (the workbook's table, or its CSV save): one header row starting
// `ID, Start time, Completion time, Email, Name` (then `Last modified time` on newer
// tenants), one column per question, a Likert question as one column per statement with
// no shared title, multi-select joined with ';' and a trailing ';'. Quiz forms add
// `Total points`, `Quiz feedback` and `Points - Q` / `Feedback - Q` columns.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout microsoft_forms_layout();
}
