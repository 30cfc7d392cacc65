#include "layouts/detect.hpp"

#include "layouts/generic_layout.hpp"
#include "layouts/google_forms_layout.hpp"
#include "layouts/jisc_layout.hpp"
#include "layouts/kobotoolbox_layout.hpp"
#include "layouts/limesurvey_layout.hpp"
#include "layouts/microsoft_forms_layout.hpp"
#include "layouts/odk_layout.hpp"
#include "layouts/qualtrics_layout.hpp"
#include "layouts/repeated_columns.hpp"
#include "layouts/smartsurvey_layout.hpp"
#include "layouts/surveymonkey_layout.hpp"
#include "text/fold.hpp"

namespace canvass {

const std::string& cell_at(const Table& table, std::size_t row, std::size_t column) {
  static const std::string empty;  // immutable: shared safely
  if (row >= table.rows.size() || column >= table.rows[row].cells.size()) return empty;
  return table.rows[row].cells[column];
}

const std::vector<Layout>& layouts() {
  // The order of export-formats.md §13: the most specific signatures first.
  static const std::vector<Layout> all{qualtrics_layout(),  qualtrics_legacy_layout(), surveymonkey_layout(),
                                       smartsurvey_layout(), google_forms_layout(),     microsoft_forms_layout(),
                                       limesurvey_layout(),  kobotoolbox_layout(),      odk_layout(),
                                       jisc_layout(),        generic_layout()};
  return all;
}

std::string known_platforms() {
  std::string names;
  for (const auto& l : layouts()) names += (names.empty() ? "" : ", ") + std::string(l.name);
  return names;
}

Detection detect(const Table& table) {
  Detection d;
  for (const auto& layout : layouts()) {
    Signature s = layout.signature(table);
    d.steps.push_back({layout.name, s});
    if (s.matched) {
      d.platform = layout.name;
      return d;
    }
  }
  d.platform = "generic";
  return d;
}

std::string detect_platform(const Table& table) { return detect(table).platform; }

namespace {

// A structure file read where responses were expected: say what it is and what to give.
std::optional<Error> structure_file(const Table& table) {
  const std::string& first = cell_at(table, 0, 0);
  if (first.rfind("<?xml", 0) != 0 && first.rfind("<", 0) != 0) return std::nullopt;
  std::string head;
  for (std::size_t r = 0; r < table.rows.size() && r < 12; ++r)
    for (const auto& c : table.rows[r].cells) head += c + " ";
  if (head.find("LimeSurveyDocType") != std::string::npos)
    return Error{{table.path, 1, 1},
                 "a LimeSurvey survey structure file (.lss): it describes the questions but holds no responses; "
                 "ingest the responses export (CSV, code headings) with the .lss beside it, named like it "
                 "(<stem>.lss, or limesurvey_survey_<SID>.lss beside results-survey<SID>.csv), for its question "
                 "texts and answer labels"};
  if (head.find("<sss") != std::string::npos || head.find("DOCTYPE sss") != std::string::npos)
    return Error{{table.path, 1, 1},
                 "a Triple-S metadata file (.sss): it describes the variables; the responses are in the data file "
                 "named beside it (.asc/.dat/.csv)"};
  return Error{{table.path, 1, 1}, "an XML file, not a survey response export"};
}

}  // namespace

Result<SurveyReading> read_survey_explained(const Table& table, const ScaleVocabulary& vocabulary,
                                            const std::string& platform) {
  if (table.rows.empty() && !table.rejects.empty())  // text, but no record could be read: say why
    return Error{table.rejects.front().where, "no header row could be read: " + table.rejects.front().reason};
  if (table.rows.empty()) return Error{{table.path}, "the file is empty: no header row"};
  if (auto e = structure_file(table)) return *e;
  SurveyReading reading;
  if (platform.empty()) {
    reading.detection = detect(table);
  } else {
    reading.detection.platform = platform;
    reading.detection.chosen_by_user = true;
  }
  const Layout* layout = nullptr;
  for (const auto& l : layouts())
    if (reading.detection.platform == l.name) layout = &l;
  if (!layout)
    return Error{{table.path}, "unknown platform '" + platform + "' (known: " + known_platforms() + ")", Error::Kind::usage};
  auto plan = layout->plan(table);
  if (!plan) return plan.error();
  reading.plan = std::move(plan).value();
  separate_repeated_columns(reading.plan, table.rows.front().cells);
  auto survey = build_survey(table, reading.plan, vocabulary);
  if (!survey) return survey.error();
  reading.survey = std::move(survey).value();
  return reading;
}

std::size_t header_rows_of(const Table& first_rows, const std::string& platform) {
  if (first_rows.rows.empty()) return 1;
  const std::string name = platform.empty() ? detect(first_rows).platform : platform;
  for (const auto& l : layouts())
    if (name == l.name) {
      auto plan = l.plan(first_rows);
      return plan ? plan->header_rows : 1;
    }
  return 1;
}

Result<Survey> read_survey(const Table& table, const ScaleVocabulary& vocabulary, const std::string& platform) {
  auto r = read_survey_explained(table, vocabulary, platform);
  if (!r) return r.error();
  return std::move(r->survey);
}

}  // namespace canvass
