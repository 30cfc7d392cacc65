// canvass inspect: show how a file was read — container, encoding, delimiter, each
// detection step, header rows, platform, questions with kind, items and scale, and
// respondents — so a user can see why canvass read a file the way it did.
#include <algorithm>
#include <map>
#include <ostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "ingest/load_survey.hpp"
#include "layouts/detect.hpp"
#include "layouts/personal_columns.hpp"
#include "sources/read_table.hpp"
#include "sources/sav_reader.hpp"
#include "sources/triple_s_reader.hpp"
#include "text/printable.hpp"

namespace canvass::cli {

namespace {

std::string delimiter_name(char d) {
  switch (d) {
    case ',': return "',' (comma)";
    case ';': return "';' (semicolon)";
    case '\t': return "TAB";
    case '|': return "'|' (pipe)";
  }
  return std::string(1, d);
}

void write_scale(std::ostream& out, const Scale& scale) {
  out << "      scale: " << scale.name << " (" << scale.points() << " points):";
  bool first = true;
  for (const auto& l : scale.levels) {
    if (l.polarity == Polarity::nonsubstantive) continue;
    out << (first ? " " : " | ") << l.position << ' ' << l.label;
    if (!l.code.empty()) out << " [" << l.code << ']';
    first = false;
  }
  out << '\n';
  first = true;
  for (const auto& l : scale.levels) {
    if (l.polarity != Polarity::nonsubstantive) continue;
    out << (first ? "      off the scale: " : " | ") << l.label;
    first = false;
  }
  if (!first) out << '\n';
}

void write_survey(std::ostream& out, const Survey& s);

// Data rows with fewer fields than the header (ODK and R leave trailing empty fields out).
std::size_t rows_short_of_header(const Table& table, const SurveyPlan& plan) {
  std::size_t n = 0;
  for (std::size_t r = plan.header_rows; r < table.rows.size(); ++r)
    if (!table.rows[r].cells.empty() && table.rows[r].cells.size() < plan.columns.size()) ++n;
  return n;
}

void write_inspection(std::ostream& out, const Table& table, const SurveyReading& r) {
  out << "file: " << table.path << '\n';
  out << "container: " << table.container << '\n';
  if (auto differ = name_and_content_differ(table.path, table.container)) out << "  note: " << *differ << '\n';
  out << "encoding: " << table.encoding << '\n';
  if (table.container == "csv") out << "delimiter: " << delimiter_name(table.delimiter) << '\n';
  out << "detection:\n";
  if (r.detection.chosen_by_user) out << "  skipped: --platform " << r.detection.platform << '\n';
  for (std::size_t i = 0; i < r.detection.steps.size(); ++i) {
    const auto& s = r.detection.steps[i];
    out << "  " << i + 1 << ". " << s.platform << ": " << (s.signature.matched ? "yes" : "no") << " — "
        << s.signature.evidence << '\n';
  }
  out << "platform: " << r.plan.platform << '\n';
  out << "header rows: " << r.plan.header_rows << '\n';
  for (const auto& note : r.plan.notes) out << "  note: " << note << '\n';
  if (const std::size_t padded = rows_short_of_header(table, r.plan); padded > 0)
    out << "  note: " << padded << (padded == 1 ? " data row ends" : " data rows end")
        << " before the header's last columns: the missing trailing fields were read as empty (as R, pandas and "
           "spreadsheets read them)\n";
  write_survey(out, r.survey);
}

// SPSS and Triple-S carry their own metadata: no table, no header rows to detect.
void write_self_described(std::ostream& out, const LoadedSurvey& loaded) {
  out << "file: " << loaded.file.path << '\n';
  out << "container: " << loaded.file.kind << '\n';
  out << "encoding: " << loaded.file.encoding << '\n';
  out << "detection:\n  read from the container's own metadata (variable names, labels and value labels)\n";
  out << "platform: " << loaded.survey.platform << '\n';
  out << "header rows: 0 (metadata, not a header)\n";
  write_survey(out, loaded.survey);
}

void write_survey(std::ostream& out, const Survey& s) {
  out << "respondents: " << s.respondents.size() << " (" << s.rows_read << " data rows read, " << s.rejects.size()
      << " rejected)\n";
  std::map<std::string, std::size_t> types;
  std::vector<std::string> attributes;
  for (const auto& p : s.respondents)
    for (const auto& a : p.attributes) {
      if (a.name == "response_type") ++types[a.value];
      if (std::find(attributes.begin(), attributes.end(), a.name) == attributes.end()) attributes.push_back(a.name);
    }
  if (!types.empty()) {
    out << "response types:";
    for (const auto& [t, n] : types) out << ' ' << t << ' ' << n << ';';
    out << '\n';
  }
  out << "attributes:";
  for (const auto& a : attributes)
    if (!is_personal_attribute(a)) out << ' ' << a;
  out << '\n';
  out << "personal (kept only in the store, never in any output):";
  for (const auto& a : attributes)
    if (is_personal_attribute(a)) out << ' ' << a;
  out << '\n';
  for (const auto& f : s.personal)
    out << "  column " << f.column << "  " << f.attribute << "  " << f.heading << "  (by its " << f.evidence << ")\n";

  out << "questions: " << s.questions.size() << '\n';
  for (std::size_t qi = 0; qi < s.questions.size(); ++qi) {
    const Question& q = s.questions[qi];
    out << "  " << q.code << "  " << to_string(q.kind) << "  " << q.text << '\n';
    if (q.kind == QuestionKind::likert && q.scale) write_scale(out, *q.scale);
    if (q.kind == QuestionKind::single) {
      out << "      choices:";
      for (std::size_t i = 0; i < q.choices.size(); ++i) out << (i ? " | " : " ") << q.choices[i];
      out << "\n      scale: none — the answers match no known scale, read as a single choice\n";
    }
    if (q.kind == QuestionKind::text) {
      std::size_t comments = 0;
      for (const auto& p : s.respondents)
        for (const auto& c : p.comments) comments += c.question == qi;
      out << "      comments: " << comments << '\n';
    }
    const bool list_items = q.items.size() > 1 || (q.items.size() == 1 && !q.items[0].text.empty());
    if (list_items) {
      out << (q.kind == QuestionKind::multi ? "      choices (items):\n" : "      items:\n");
      for (const auto& item : q.items) out << "        " << item.code << "  " << item.text << "  (column " << item.column << ")\n";
    } else if (!q.items.empty()) {
      out << "      column: " << q.items[0].column << '\n';
    }
  }
  for (const auto& rj : s.rejects) out << "rejected: " << rj.where.to_string() << ": " << rj.reason << '\n';
}

int run_inspect(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--platform", "--sheet"}, {}, {}, "inspect"});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  if (args->inputs.size() != 1) {
    io.err << "canvass inspect: give exactly one FILE (see --help)\n";
    return kUsage;
  }
  const std::string& path = args->inputs[0];
  std::string bytes;
  auto file = identify_file(path, bytes);
  if (!file) {
    io.err << file.error().to_string() << '\n';
    return kNothingRead;
  }
  const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();
  if (looks_like_sav(bytes) || looks_like_triple_s(path, bytes)) {
    auto loaded = load_survey(std::move(file).value(), bytes, vocabulary, args->get_or("--platform", ""));
    if (!loaded) {
      io.err << loaded.error().to_string() << '\n';
      return kNothingRead;
    }
    std::ostringstream shown;
    write_self_described(shown, *loaded);
    io.out << printable(shown.str());  // headings and answers as text, never terminal controls
    return loaded->survey.rejects.empty() ? kSuccess : kSomeRejected;
  }
  auto table = read_table(path, bytes, args->get_or("--sheet", ""));
  if (!table) {
    io.err << table.error().to_string() << '\n';
    return table.error().kind == Error::Kind::usage ? kUsage : kNothingRead;  // e.g. no such --sheet
  }
  auto reading = read_survey_explained(*table, vocabulary, args->get_or("--platform", ""));
  if (!reading) {
    io.err << reading.error().to_string() << '\n';
    return reading.error().kind == Error::Kind::usage ? kUsage : kNothingRead;
  }
  std::ostringstream shown;
  write_inspection(shown, *table, *reading);
  io.out << printable(shown.str());
  return reading->survey.rejects.empty() ? kSuccess : kSomeRejected;
}

}  // namespace

Command inspect_command() {
  return {"inspect", "show how a file was read",
          "usage: canvass inspect [--platform NAME] [--sheet NAME] FILE\n"
          "  Prints what was detected: container, encoding, delimiter, each platform signature\n"
          "  tried, header rows, platform, each question with its kind, items and scale, and the\n"
          "  respondent count. Nothing is stored.\n"
          "  --platform NAME  skip detection: qualtrics, qualtrics-legacy, surveymonkey, smartsurvey,\n"
          "                   google-forms, microsoft-forms, limesurvey, kobotoolbox, odk, jisc, generic\n"
          "  --sheet NAME     the worksheet to read in an Excel workbook (default: the first with data)\n",
          run_inspect};
}

}  // namespace canvass::cli
