// Qualtrics. Current exports: three header rows (export tag `Q2_1`; label
// "Question - Statement"; ImportId JSON `{"ImportId":"QID2_1"}`), and the 2016 "Insights"
// variant whose row 3 is a Python dict (`{'ImportId': 'QID4-1-2'}`) with labels joined by
// '-'. Legacy exports (before 2017): two rows, `V1..V10,Q1,..` over the labels.
// Metadata columns become attributes; Status (preview, test, spam) becomes response_type.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout qualtrics_layout();
Layout qualtrics_legacy_layout();
}  // namespace canvass
