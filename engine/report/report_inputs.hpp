// The fingerprint of everything a report is made from: the program's build, the data it
// ships (codebook, word lists), the report options and the store's content. Equal
// fingerprints mean the report would come out the same, so a re-run can keep the files.
#pragma once

#include <string>

#include "report/report_section.hpp"

namespace canvass {

// SHA-256 hex; empty when the program cannot name its own build (then nothing is reused).
Result<std::string> report_fingerprint(Database& db, const ReportOptions& options);

}  // namespace canvass
