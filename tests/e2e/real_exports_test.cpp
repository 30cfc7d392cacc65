// End to end on real exports nobody on this project wrote (tests/fixtures/real/, see its
// SOURCES.md): each file is read through the one reading path (load_survey) and compared
// with its <file>.expected.tsv, computed without canvass (expected_from_csv.py with the csv
// module for CSV exports, by hand from the exporter's own tests for .sav and .sss). Then
// `inspect`, `dist FILE` and `ingest` must agree on the file's exit code.
//
// Expected lines (tab separated): platform P / respondents N / bookkeeping COL TAG (never a
// question) / question_column COL TAG (read into a question, never dropped) / kind COL KIND /
// choices COL A|B|C (a single choice's options, in code order) /
// count COL VALUE N (how many respondents gave VALUE in column COL; for a flag column of a
// multi-select, the answers other than "0" are the respondents who ticked it).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "ingest/load_survey.hpp"
#include "layouts/detect.hpp"
#include "test_support.hpp"
#include "text/fold.hpp"

namespace canvass {
namespace {

namespace fs = std::filesystem;

std::string corpus_dir() { return testing::source_dir() + "/tests/fixtures/real"; }

struct Expected {
  std::string platform;
  long respondents = -1;
  std::map<std::size_t, std::string> bookkeeping, question_columns, kinds, choices;
  std::map<std::size_t, std::map<std::string, long>> counts;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == '\t') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

Expected read_expected(const std::string& path) {
  Expected e;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split_tabs(line);
    if (f[0] == "platform") e.platform = f.at(1);
    else if (f[0] == "respondents") e.respondents = std::stol(f.at(1));
    else if (f[0] == "bookkeeping") e.bookkeeping[std::stoul(f.at(1))] = f.at(2);
    else if (f[0] == "question_column") e.question_columns[std::stoul(f.at(1))] = f.at(2);
    else if (f[0] == "kind") e.kinds[std::stoul(f.at(1))] = f.at(2);
    else if (f[0] == "choices") e.choices[std::stoul(f.at(1))] = f.at(2);
    else if (f[0] == "count") e.counts[std::stoul(f.at(1))][f.at(2)] = std::stol(f.at(3));
    else ADD_FAILURE() << path << ": unknown line " << line;
  }
  return e;
}

// The fixtures: every file with an .expected.tsv beside it.
std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(corpus_dir())) {
    const std::string name = entry.path().filename().string();
    const std::string suffix = ".expected.tsv";
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      files.push_back(name.substr(0, name.size() - suffix.size()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Where column `column` (1-based) went: the question and item holding it.
struct Place {
  std::size_t question = SIZE_MAX, item = 0;
};
Place place_of(const Survey& s, std::size_t column) {
  for (std::size_t q = 0; q < s.questions.size(); ++q)
    for (std::size_t i = 0; i < s.questions[q].items.size(); ++i)
      if (s.questions[q].items[i].column == column) return {q, i};
  return {};
}

// How many respondents gave each answer in the item at `p` (comments for a text question).
std::map<std::string, long> answers_at(const Survey& s, Place p) {
  std::map<std::string, long> n;
  const Question& q = s.questions[p.question];
  for (const auto& r : s.respondents) {
    if (q.kind == QuestionKind::text) {
      for (const auto& c : r.comments)
        if (c.question == p.question && q.items.size() <= 1) ++n[collapse_spaces(c.text)];
      continue;
    }
    for (const auto& a : r.answers)
      if (a.question == p.question && a.item == p.item && !collapse_spaces(a.raw).empty()) ++n[collapse_spaces(a.raw)];
  }
  return n;
}

class RealExport : public ::testing::TestWithParam<std::string> {};

// Columns of the corpus that hold people's own names, judged by reading the files (not by
// canvass): these must be held back as personal attributes, never read as questions.
const std::set<std::pair<std::string, std::size_t>> kPersonalColumns = {
    {"odk-central__mytestform.csv", 2},        // name: Alice, Bob, Chelsea
    {"odk-central__singlerepeat-child.csv", 1},  // name: Billy, Blaine, Candace
};

bool held_back(const Survey& s, std::size_t column) {
  return std::any_of(s.personal.begin(), s.personal.end(), [&](const PersonalField& f) { return f.column == column; });
}

TEST_P(RealExport, ReadsAsTheExpectedReading) {
  const std::string name = GetParam();
  const std::string path = corpus_dir() + "/" + name;
  const Expected e = read_expected(path + ".expected.tsv");
  const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();
  auto loaded = load_survey_file(path, vocabulary);
  ASSERT_TRUE(loaded) << loaded.error().to_string();
  const Survey& s = loaded->survey;
  EXPECT_EQ(s.platform, e.platform) << name;
  EXPECT_EQ(static_cast<long>(s.respondents.size()), e.respondents) << name;
  EXPECT_TRUE(s.rejects.empty()) << name << ": " << (s.rejects.empty() ? "" : s.rejects.front().reason);

  // The plan says what each column of a table became (sav and .sss have no table plan).
  std::optional<SurveyPlan> plan;
  if (!loaded->table.rows.empty()) {
    auto reading = read_survey_explained(loaded->table, vocabulary);
    ASSERT_TRUE(reading) << reading.error().to_string();
    plan = reading->plan;
  }
  auto role = [&](std::size_t column) {
    return plan && column - 1 < plan->columns.size() ? plan->columns[column - 1].role : ColumnRole::ignored;
  };
  for (const auto& [column, tag] : e.bookkeeping) {
    EXPECT_EQ(place_of(s, column).question, SIZE_MAX) << name << ": bookkeeping column " << column << " (" << tag
                                                       << ") read as a question";
    EXPECT_NE(role(column), ColumnRole::answer) << name << ": column " << column << " (" << tag << ")";
  }
  for (const auto& [file, column] : kPersonalColumns) {
    if (file == name) {
      EXPECT_TRUE(held_back(s, column)) << name << ": column " << column << " is personal";
    }
  }
  for (const auto& [column, tag] : e.question_columns) {
    if (kPersonalColumns.count({name, column})) continue;  // checked above
    EXPECT_FALSE(held_back(s, column)) << name << ": column " << column << " (" << tag << ") held back as personal";
    const bool placed = place_of(s, column).question != SIZE_MAX;
    const bool planned = role(column) == ColumnRole::answer || role(column) == ColumnRole::other_text;
    EXPECT_TRUE(placed || planned) << name << ": column " << column << " (" << tag << ") is in no question";
  }
  for (const auto& [column, kind] : e.kinds) {
    if (kPersonalColumns.count({name, column})) continue;
    const Place p = place_of(s, column);
    if (p.question == SIZE_MAX && kind == "text" && role(column) == ColumnRole::other_text) continue;  // a comment
    ASSERT_NE(p.question, SIZE_MAX) << name << ": column " << column;
    EXPECT_EQ(to_string(s.questions[p.question].kind), kind) << name << ": column " << column;
  }
  for (const auto& [column, expected] : e.choices) {
    if (kPersonalColumns.count({name, column})) continue;
    const Place p = place_of(s, column);
    ASSERT_NE(p.question, SIZE_MAX) << name << ": column " << column;
    std::string got;
    for (const auto& c : s.questions[p.question].choices) got += (got.empty() ? "" : "|") + c;
    EXPECT_EQ(got, expected) << name << ": column " << column << " choices";
  }
  for (const auto& [column, expected] : e.counts) {
    if (kPersonalColumns.count({name, column})) continue;
    const Place p = place_of(s, column);
    if (p.question == SIZE_MAX) continue;  // a summary or "other" column: checked above
    const Question& q = s.questions[p.question];
    const auto got = answers_at(s, p);
    if (q.kind == QuestionKind::multi && q.items[p.item].text != e.question_columns.at(column)) {
      long ticked = 0, seen = 0;  // a flag column: the respondents who ticked it
      for (const auto& [value, n] : expected)
        if (value != "0") ticked += n;
      for (const auto& [value, n] : got) seen += n;
      EXPECT_EQ(seen, ticked) << name << ": column " << column << " (" << q.code << ")";
      continue;
    }
    EXPECT_EQ(got, expected) << name << ": column " << column << " (" << q.code << ")";
  }
}

// inspect, dist FILE and ingest share one reading: the same exit code for every file.
TEST_P(RealExport, CommandsAgreeOnTheExitCode) {
  const std::string path = corpus_dir() + "/" + GetParam();
  testing::TempDir dir;
  const auto inspect = testing::run_canvass("inspect '" + path + "'", dir.path().string());
  const auto dist = testing::run_canvass("dist '" + path + "'", dir.path().string());
  const auto ingest = testing::run_canvass("ingest --db '" + dir.file("s.db") + "' '" + path + "'", dir.path().string());
  EXPECT_EQ(inspect.exit_code, 0) << inspect.err;
  EXPECT_EQ(dist.exit_code, inspect.exit_code) << dist.err;
  EXPECT_EQ(ingest.exit_code, inspect.exit_code) << ingest.err;
  // Read-only commands write nothing where they run: only the store ingest was given.
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir.path())) left.push_back(entry.path().filename().string());
  EXPECT_EQ(left, std::vector<std::string>{"s.db"});
}

INSTANTIATE_TEST_SUITE_P(Corpus, RealExport, ::testing::ValuesIn(corpus_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string id;
                           for (char c : info.param) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
                           return id;
                         });

}  // namespace
}  // namespace canvass
