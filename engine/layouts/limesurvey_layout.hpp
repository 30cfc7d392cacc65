// LimeSurvey response export (CSV: UTF-8 byte-order mark, ';' or ',' between fields, every
// non-null field quoted). One header row: metadata `id, submitdate, lastpage,
// startlanguage, seed, ...`, then questions as codes (`role`, `train[SQ001]`,
// `dual[SQ001][1]`, `q[other]`, `q[comment]`) or full text (`Question [Subquestion]`).
// A response with no submitdate is flagged response_type "incomplete". Code headings are
// labelled from the survey's structure file (.lss) beside the export, when one describes it.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout limesurvey_layout();
}
