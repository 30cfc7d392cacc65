// The extension point of the report: a report is an ordered list of sections, each a
// function that reads the ReportContext and writes its part of report.html and report.md
// (and any CSV or SVG files beside them). To add a section, write section_NAME.cpp with a
// function returning a ReportSection, declare it here and list it in report_sections().
#pragma once

#include <map>
#include <optional>
#include <set>
#include <ostream>
#include <string>
#include <vector>

#include "analysis/breakdown.hpp"
#include "analysis/codebook.hpp"
#include "analysis/item_order.hpp"
#include "model/progress.hpp"
#include "report/palette.hpp"
#include "store/sqlite.hpp"

namespace canvass {

struct ReportOptions {
  std::string title = "Survey report";
  Palette palette = Palette::standard;
  long min_cell = kDefaultMinCell;
  ItemOrder order = ItemOrder::questionnaire;
  // `--by` specs; none: every single-choice question, and batch when there are several.
  std::vector<std::string> by;
  // The study's theme codebook for the quote bank; none: the shipped default codebook.
  std::optional<Codebook> codebook;
  // The study's names, redacted wherever the report quotes what people wrote, on top of
  // the names found by rule.
  std::vector<std::string> names_to_redact;
  // Which files the folder gets, by kind: html (report.html), md (report.md and the SVG
  // figures it links), csv (agreement, distribution and breakdown tables), json (the same
  // tables as JSON arrays, fields as in `dist --format json`), docx (report.docx: the
  // report in Word's built-in styles), xlsx (report.xlsx: one sheet per table).
  std::set<std::string> formats = {"html", "md", "csv", "docx", "xlsx"};
};

// What every section may read: the store, the options, and the figures computed once.
struct ReportContext {
  Database& db;
  const ReportOptions& options;
  long respondents = 0;                   // in the store
  std::vector<ItemDistribution> overall;  // every Likert item, whole sample, in report order
  std::vector<Breakdown> breakdowns;      // small groups already suppressed
  Progress progress;                      // for a section that takes a while (the quote bank)
};

// Where a section writes. Tables and figures are numbered across the whole report.
struct ReportOutput {
  std::ostream& html;
  std::ostream& markdown;
  std::map<std::string, std::string> files;  // more files for the report folder: name -> content
  int tables = 0;
  int figures = 0;
  int next_table() { return ++tables; }
  int next_figure() { return ++figures; }
};

struct ReportSection {
  const char* id;  // stable, used as the HTML anchor: "agreement", "quote-bank"
  Status (*write)(ReportContext& context, ReportOutput& out);
};

ReportSection title_section();
ReportSection agreement_section();
ReportSection chart_section();
ReportSection breakdown_section();
ReportSection quote_bank_section();
ReportSection focus_group_notes_section();

// The sections in report order.
std::vector<ReportSection> report_sections();

}  // namespace canvass
