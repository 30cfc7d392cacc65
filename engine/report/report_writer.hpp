// Writes the report folder: report.html (self-contained: inline CSS and SVG, no network),
// report.md, and the CSV and SVG files the sections add, each written whole or not at all.
#pragma once

#include <string>
#include <vector>

#include "model/progress.hpp"
#include "report/output_manifest.hpp"
#include "report/report_section.hpp"

namespace canvass {

// The figures every section reads, computed once: whole-sample distributions in the
// chosen order, and the breakdowns (options.by, or by default every single-choice
// question and, when the store holds several batches, batch).
Result<ReportContext> prepare_report(Database& db, const ReportOptions& options);

// Runs the sections into `out_dir` (created when missing), keeping the files of the formats
// in options.formats. The folder's manifest (report/output_manifest) makes a re-run cheap
// and safe: when nothing the report is made from changed and its files are as written,
// nothing is redone; files an earlier report wrote and this one does not are removed;
// files canvass did not write are never touched. `progress` hears of each section.
Result<OutputsWritten> write_report(Database& db, const ReportOptions& options, const std::string& out_dir,
                                    const Progress& progress = {});

}  // namespace canvass
