// A study as `canvass run` sees it: the plain settings read from study.xml (sources,
// scales, breakdowns, suppression, codebook, names to redact, outputs), paths resolved.
#pragma once

#include <string>
#include <vector>

#include "model/error.hpp"

namespace canvass {

enum class SourceKind { automatic, survey, notes };

// One <source>: a file or glob pattern relative to the study's folder.
struct StudySource {
  std::string files;
  std::string platform;  // empty: detect
  std::string label;     // the workshop or cohort; empty: none
  std::string sheet;     // an Excel workbook's worksheet; empty: the first with data
  SourceKind kind = SourceKind::automatic;
  bool optional = false;  // optional="true": a pattern matching no file is a note, not an error
  Location where;  // the <source> element in study.xml, for errors about it
};

// One <override>: the question (its code or wording) always read on the named scale form
// of grammars/scales.xml ("agreement-5").
struct ScaleOverride {
  std::string question;
  std::string scale;
  Location where;  // the <override> element, for errors about it
};

// One <reverse>: a statement (its wording or code) worded so that agreeing is unfavourable.
struct ReverseItem {
  std::string item;
  Location where;
};

struct StudyTheme {
  std::string name;
  std::vector<std::string> keywords;
};

struct StudyConfig {
  std::string path;    // the study file
  std::string folder;  // its folder: every relative path below is resolved from here
  std::string title;
  std::string store;        // the store file (default: STUDY.db beside the study)
  std::string batch_label;  // empty: the run's start time
  std::string sources_folder;        // where the default "everything" is taken from
  std::vector<StudySource> sources;  // empty: everything under sources_folder
  std::vector<ScaleOverride> scale_overrides;
  std::vector<ReverseItem> reverse_items;  // reverse-coded statements
  std::vector<std::string> breakdowns;     // respondent attributes to break down by
  std::vector<Location> breakdown_where;   // each <by> element, for errors about it
  long min_cell = 10;                      // suppression threshold
  std::vector<StudyTheme> themes;          // the theme codebook (empty: the default one)
  std::vector<std::string> names_to_redact;
  std::string output_folder;          // the report folder
  std::vector<std::string> formats;   // html, md, csv, json (empty: all)
};

}  // namespace canvass
