// KoboToolbox CSV export (';' between fields, every field quoted, no byte-order mark):
// one header row of labels or names, an optional HXL hashtag row 2, groups as
// `group/question` paths, select_multiple as a summary column plus `question/choice`
// 1/0 columns, system columns `_id, _uuid, _submission_time, _validation_status, ...`.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout kobotoolbox_layout();
}
