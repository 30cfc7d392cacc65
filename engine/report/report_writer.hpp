// Writes the report folder: report.html (self-contained: inline CSS and SVG, no network),
// report.md, and the CSV and SVG files the sections add, each written whole or not at all.
#pragma once

#include <string>
#include <vector>

#include "report/report_section.hpp"

namespace canvass {

// The figures every section reads, computed once: whole-sample distributions in the
// chosen order, and the breakdowns (options.by, or by default every single-choice
// question and, when the store holds several batches, batch).
Result<ReportContext> prepare_report(Database& db, const ReportOptions& options);

// Runs the sections into `out_dir` (created when missing), keeping the files of the formats
// in options.formats (and removing other formats' files a run left there); returns the files written.
Result<std::vector<std::string>> write_report(Database& db, const ReportOptions& options, const std::string& out_dir);

}  // namespace canvass
