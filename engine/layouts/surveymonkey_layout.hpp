// SurveyMonkey "All individual responses" (CSV or XLSX, expanded columns, answer text):
// two header rows (see two_header_rows.hpp) after the metadata columns `Respondent ID,
// Collector ID, Start Date, End Date, IP Address, Email Address, First Name, Last Name,
// Custom Data 1`; dates US-style as written.
#pragma once

#include "layouts/layout.hpp"

namespace canvass {
Layout surveymonkey_layout();
}
