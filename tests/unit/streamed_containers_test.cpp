// The streamed paths for Excel workbooks and SPSS files against the general path: the
// same tallies (dist) and the same store (ingest) on generated exports with what makes
// workbooks hard (cells left out, blank rows, a column that starts late, rich text,
// numbers, markup characters), and the bulk-part scanner's refusals.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "analysis/streamed_counts.hpp"
#include "ingest/ingest_file.hpp"
#include "ingest/load_survey.hpp"
#include "ingest/streamed_coded.hpp"
#include "ingest/streamed_export.hpp"
#include "general_path.hpp"
#include "sav_builder.hpp"
#include "sources/xlsx_reader.hpp"
#include "store/schema.hpp"
#include "store_dump.hpp"
#include "text/decode.hpp"
#include "tally_text.hpp"
#include "test_support.hpp"
#include "xlsx_builder.hpp"

using namespace canvass;
using canvass::testing::TempDir;
using canvass::testing::XlsxBuilder;
using canvass::testing::XlsxCell;
using canvass::testing::XlsxRow;

namespace {

using canvass::testing::render;

std::optional<std::vector<ItemTally>> general_tallies(const std::string& path) {
  return canvass::testing::general_tallies({path});
}

std::string stored(const std::string& db_path, const std::string& file, bool stream) {
  return canvass::testing::ingested_store(db_path, file, stream,
                                          "SELECT q.text || '|' || c.text FROM comment c JOIN question q ON q.id = "
                                          "c.question_id ORDER BY c.respondent_id, q.position");
}

// A Google-Forms-like export written as Excel writes it, with the workbook's quirks.
std::string workbook(std::uint32_t seed, std::size_t rows) {
  std::mt19937 rng(seed);
  auto coin = [&](double p) { return std::uniform_real_distribution<>(0, 1)(rng) < p; };
  auto pick = [&](const std::vector<std::string>& from) { return from[rng() % from.size()]; };
  const std::vector<std::string> statements = {"I enjoyed it", "Staff were <friendly> & helpful", "The \"buddy\" system",
                                               "I learned something"};
  const std::vector<std::string> answers = {"Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
                                            "Strongly disagree"};
  const std::size_t grid = 1 + rng() % statements.size();
  const bool late_column = coin(0.5);  // the last column has no header and no cell in the first rows
  const bool dated = coin(0.5);        // timestamps as date-styled serials, else as text
  XlsxBuilder book;
  const int date_style = book.date_style(22);
  std::vector<XlsxRow> sheet;
  XlsxRow header{1, {{0, XlsxCell::str("Timestamp")}, {1, XlsxCell::str("Role")}}};
  for (std::size_t i = 0; i < grid; ++i)
    header.cells[2 + i] = XlsxCell::str("To what extent do you agree? [" + statements[i] + "]");
  header.cells[2 + grid] = XlsxCell::str("Any other comments?");
  if (!late_column) header.cells[3 + grid] = XlsxCell::str("Overall I was satisfied");
  sheet.push_back(header);
  std::size_t number = 2;
  for (std::size_t r = 0; r < rows; ++r) {
    if (coin(0.03)) ++number;  // a row with no cells: absent from the sheet
    XlsxRow row{number++, {}};
    if (coin(0.02)) {  // a row of blank cells
      row.cells[1] = XlsxCell::str(" ");
      sheet.push_back(row);
      continue;
    }
    row.cells[0] = dated ? XlsxCell::date(45000 + static_cast<double>(r) / 1000, date_style)
                         : XlsxCell::str("2024/03/01 10:" + std::to_string(10 + r % 50) + ":00");
    if (!coin(0.1)) row.cells[1] = XlsxCell::str(pick({"Teacher", "Support staff, part-time", "Leader & manager"}));
    for (std::size_t i = 0; i < grid; ++i) {
      if (coin(0.08)) continue;  // unanswered: no cell
      const std::string a = coin(0.05) ? pick({"Don't know", "N/A", " Agree "}) : pick(answers);
      row.cells[2 + i] = coin(0.2) ? XlsxCell::inline_str(a) : XlsxCell::str(a);
    }
    if (coin(0.6)) {
      std::string comment = pick({"good sessions overall", "café — ok but the room was cold", "a < b & c, said the tutor",
                                  "line\nbreak in the middle of a thought", "rich\x1ftext run across two parts"});
      for (int k = 2 + rng() % 5; k > 0; --k) comment += " " + pick({"more", "words", "\"quoted\"", "x" + std::to_string(r)});
      row.cells[2 + grid] = XlsxCell::str(comment);
    }
    if ((!late_column || r > rows / 3) && !coin(0.1)) row.cells[3 + grid] = XlsxCell::str(pick(answers));
    sheet.push_back(row);
  }
  book.add_sheet("Form responses 1", sheet);
  return book.bytes();
}

}  // namespace

TEST(StreamedWorkbooks, SameTalliesAndStoreAsTheGeneralPath) {
  TempDir tmp;
  for (std::uint32_t seed = 1; seed <= 12; ++seed) {
    const std::string path = tmp.write("w" + std::to_string(seed) + ".xlsx", workbook(seed, 20 + seed * 23));
    auto general = general_tallies(path);
    ASSERT_TRUE(general) << "seed " << seed;
    auto streamed = stream_tallies({path}, ScaleVocabulary::builtin()).tallies;
    ASSERT_TRUE(streamed) << "seed " << seed;
    EXPECT_EQ(render(*streamed), render(*general)) << "seed " << seed;
    ASSERT_TRUE(StreamedExport::open(path, *file_state(path), ScaleVocabulary::builtin()).value()) << "seed " << seed;
    EXPECT_EQ(stored(tmp.file("f" + std::to_string(seed) + ".db"), path, true),
              stored(tmp.file("g" + std::to_string(seed) + ".db"), path, false))
        << "seed " << seed;
  }
}

TEST(StreamedWorkbooks, TheSecondPassIsTheSameWhenTheStoreStopsEarly) {
  TempDir tmp;
  const std::string path = tmp.write("w.xlsx", workbook(99, 3000));
  auto source = StreamedExport::open(path, *file_state(path), ScaleVocabulary::builtin()).value();
  ASSERT_TRUE(source);
  EXPECT_EQ(source->container(), "xlsx");
  Respondent r;
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(source->next(r));
  // Destroyed with the reading thread still ahead: it stops and is joined.
}

namespace {

// An SPSS export: an identifier, a closed question without a scale, a Likert grid and a
// single Likert item with a labelled user-missing code and an unlabelled one, a comment.
std::string spss_export(std::uint32_t seed) {
  using canvass::testing::SavVariable;
  using canvass::testing::SavCell;
  const std::vector<std::pair<double, std::string>> agree = {
      {1, "Strongly agree"}, {2, "Agree"}, {3, "Neither agree nor disagree"}, {4, "Disagree"}, {5, "Strongly disagree"},
      {9, "Don't know"}};
  std::vector<SavVariable> vars = {{"id", "Respondent", false, 0, "F8.0", {}, {}},
                                   {"role", "Role", false, 0, "F1.0", {{1, "Teacher"}, {2, "Leader"}}, {}},
                                   {"q1_1", "Agreement - I enjoyed it", false, 0, "F1.0", agree, {9}},
                                   {"q1_2", "Agreement - I learned", false, 0, "F1.0", agree, {9}},
                                   {"sat", "Overall satisfied", false, 0, "F1.0", agree, {9}},
                                   {"comment", "Any comments?", true, 40, "", {}, {}}};
  std::mt19937 rng(seed);
  std::vector<std::vector<SavCell>> rows;
  for (int r = 0; r < 700; ++r) {
    std::vector<SavCell> row{std::to_string(r + 1), rng() % 9 ? SavCell{std::to_string(1 + rng() % 2)} : SavCell{}};
    for (int k = 0; k < 3; ++k) {
      const unsigned x = rng() % 12;
      row.push_back(x == 0 ? SavCell{} : x == 1 ? SavCell{"9"} : x == 2 ? SavCell{"7"} : SavCell{std::to_string(1 + x % 5)});
    }
    row.push_back(rng() % 3 ? SavCell{"fine " + std::to_string(r)} : SavCell{});
    rows.push_back(row);
  }
  return canvass::testing::write_sav(vars, rows);
}

}  // namespace

TEST(StreamedSpss, SameTalliesAsTheGeneralPath) {
  TempDir tmp;
  const std::string path = tmp.write("s.sav", spss_export(7));
  auto general = general_tallies(path);
  ASSERT_TRUE(general);
  auto streamed = stream_tallies({path}, ScaleVocabulary::builtin()).tallies;
  ASSERT_TRUE(streamed);
  EXPECT_EQ(render(*streamed), render(*general));
  EXPECT_NE(render(*streamed).find("Don't know"), std::string::npos) << render(*streamed);
}

TEST(StreamedSpss, IngestStoresWhatTheGeneralPathStores) {
  TempDir tmp;
  for (std::uint32_t seed : {3u, 11u, 29u}) {
    const std::string path = tmp.write("s" + std::to_string(seed) + ".sav", spss_export(seed));
    ASSERT_TRUE(StreamedCodedExport::open(path, *file_state(path), ScaleVocabulary::builtin()));
    EXPECT_EQ(stored(tmp.file("f" + std::to_string(seed) + ".db"), path, true),
              stored(tmp.file("g" + std::to_string(seed) + ".db"), path, false))
        << "seed " << seed;
  }
}

TEST(SpssText, InvalidUtf8InLabelsAndStringsIsReplaced) {
  using canvass::testing::SavVariable;
  std::vector<SavVariable> vars = {{"q1", "Caf\xE9 question", false, 0, "F1.0", {{1, "Agree"}, {2, "Dis\xFF" "agree"}}, {}},
                                   {"note", "Note", true, 20, "", {}, {}}};
  TempDir tmp;
  const std::string path =
      tmp.write("bad.sav", canvass::testing::write_sav(vars, {{"1", "ok \xC3"}, {"2", std::string("x\x80y")}}));
  auto s = load_survey_file(path, ScaleVocabulary::builtin());
  ASSERT_TRUE(s) << s.error().to_string();
  auto valid = [](const std::string& t) { return is_valid_utf8(t); };
  for (const auto& q : s->survey.questions) {
    EXPECT_TRUE(valid(q.text)) << q.text;
    for (const auto& c : q.choices) EXPECT_TRUE(valid(c)) << c;
  }
  for (const auto& r : s->survey.respondents) {
    for (const auto& a : r.answers) EXPECT_TRUE(valid(a.raw)) << a.raw;
    for (const auto& c : r.comments) EXPECT_TRUE(valid(c.text)) << c.text;
  }
}
