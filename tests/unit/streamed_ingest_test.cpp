// The streamed ingest (two passes over the file, rows written as they are read) against
// the general path (whole table, layout, store_survey): on generated exports with random
// quoting, line ends, embedded line breaks, blanks, label variants and bad rows, both
// must leave exactly the same rows in every table of the store.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>

#include "ingest/ingest_file.hpp"
#include "ingest/load_survey.hpp"
#include "ingest/streamed_export.hpp"
#include "store/schema.hpp"
#include "random_csv.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::TempDir;

// Every row of every table, as text, sorted; clock times left out.
std::vector<std::string> store_rows(Database& db) {
  std::vector<std::string> tables;
  auto names = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name");
  EXPECT_TRUE(names);
  while (*names->step()) tables.push_back(names->text(0));
  names->reset();
  std::vector<std::string> rows(tables.begin(), tables.end());  // the indexes present count too
  for (const auto& table : tables) {
    auto info = db.prepare("SELECT name FROM pragma_table_info('" + table + "')");
    std::vector<std::string> columns;
    while (*info->step()) columns.push_back(info->text(0));
    info->reset();
    if (columns.empty()) continue;  // an index
    auto st = db.prepare("SELECT * FROM " + table);
    EXPECT_TRUE(st);
    while (*st->step()) {
      std::string row = table + ":";
      for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c] == "ingested_at" || columns[c] == "started_at" || columns[c] == "finished_at") continue;
        if (st->is_null(static_cast<int>(c))) {
          row += "<null>";
        } else {  // appended piece by piece: "[" + text + "]" trips GCC 12's -Wrestrict (PR 105329)
          row += '[';
          row += st->text(static_cast<int>(c));
          row += ']';
        }
        row += '|';
      }
      rows.push_back(row);
    }
    st->reset();
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

// A Google-Forms-like (or generic) export with everything that makes CSV hard.
class Export : testing::RandomCsv {
 public:
  explicit Export(std::uint32_t seed) : RandomCsv(seed) {}

  std::string make(std::size_t rows, bool bad_row) {
    const bool google = coin(0.7), bom = coin(0.15), ages = coin(0.2), emails = coin(0.5);
    quoting_ = static_cast<int>(uniform(0, 2));  // 0 minimal, 1 always, 2 at random
    eol_ = coin(0.5) ? "\r\n" : "\n";
    std::vector<std::string> header{google ? "Timestamp" : "Respondent", "Role"};
    if (emails) header.push_back("Email address");
    if (ages) header.push_back("Age");
    const std::size_t first_grid = header.size(), grid = uniform(1, 5);
    static const std::vector<std::string> statements = {"I enjoyed it", "The staff were friendly, helpful",
                                                        "The \"buddy\" system helped", "I learned something",
                                                        "My views were heard"};
    for (std::size_t i = 0; i < grid; ++i) header.push_back("To what extent do you agree? [" + statements[i] + "]");
    header.push_back("Overall I was satisfied");
    header.push_back("Any other comments?");
    header.push_back("What could be improved?");
    const std::size_t cols = header.size();
    std::vector<int> habit(cols, 0);
    for (std::size_t c = first_grid; c + 2 < cols; ++c) habit[c] = static_cast<int>(uniform(1, 3));

    std::string text = bom ? "\xEF\xBB\xBF" : "";
    write_row(text, header, true);
    for (std::size_t r = 0; r < rows; ++r) {
      if (coin(0.02)) text += coin(0.5) ? eol_ : std::string(cols - 1, ',') + eol_;  // stray blank rows
      std::vector<std::string> row;
      row.push_back(google ? "2024/03/0" + std::to_string(r % 9 + 1) + " 10:00:" + std::to_string(r % 60) + " am GMT"
                           : std::to_string(r + 1));
      row.push_back(pick({"Teacher", "Support staff, part-time", "Leader", "", "Parent, carer or guardian"}));
      if (emails) row.push_back(coin(0.3) ? "" : "p" + std::to_string(r % 50) + "@example.org");
      if (ages) row.push_back(std::to_string(18 + (r * 7) % 50));
      for (std::size_t c = first_grid; c + 2 < cols; ++c) row.push_back(answer(habit[c]));
      row.push_back(comment());
      row.push_back(comment());
      if (bad_row && r == rows / 2) row.pop_back();  // a row one cell short: rejected
      write_row(text, row, false);
    }
    if (coin(0.5)) text += eol_;
    return text;
  }

 private:
  std::string answer(int habit) {
    static const std::vector<std::string> plain = {"Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
                                                   "Strongly disagree"};
    if (coin(0.08)) return pick({"", " ", ""});
    if (habit == 2 && coin(0.2)) return pick({"strongly AGREE", "  Agree ", "Neutral", "Strongly\tdisagree"});
    if (habit == 3 && coin(0.1)) return pick({"Don't know", "N/A", "Don\xE2\x80\x99t know"});
    return pick(plain);
  }

  std::string comment() {
    static const std::vector<std::string> words = {"good", "café", "—", "\"really\"", "a, b", "line\nbreak", "x\r\ny",
                                                   "ok", "the", "sessions", "wonderfully", "organised"};
    return RandomCsv::comment(words, 40, 3000);
  }

};

struct Ingested {
  std::vector<std::string> rows;
  IngestOutcome outcome;
};

Ingested ingest_into(const std::string& db_path, const std::vector<std::string>& files, bool stream,
                     const std::string& label = "") {
  auto db = open_store(db_path, true);
  EXPECT_TRUE(db) << db.error().message;
  IngestOptions options("batch-1");
  options.stream = stream;
  options.label = label;
  Ingested out;
  for (const auto& f : files) out.outcome = ingest_file(*db, f, options, ScaleVocabulary::builtin());
  out.rows = store_rows(*db);
  return out;
}

TEST(StreamedIngest, SameStoreAsTheGeneralPathOnGeneratedExports) {
  TempDir tmp;
  int streamed = 0;
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    const bool bad = seed % 8 == 0;
    const std::string path = tmp.write("s" + std::to_string(seed) + ".csv", Export(seed).make(40 + (seed * 37) % 300, bad));
    const bool streams = StreamedExport::open(path, *file_state(path), ScaleVocabulary::builtin()).value().has_value();
    if (bad) {
      EXPECT_FALSE(streams) << "seed " << seed << ": a short row is the general path's to reject";
    }
    streamed += streams;
    const std::string label = seed % 3 == 0 ? "Workshop 2" : "";
    Ingested general = ingest_into(tmp.file("g" + std::to_string(seed) + ".db"), {path}, false, label);
    Ingested fast = ingest_into(tmp.file("f" + std::to_string(seed) + ".db"), {path}, true, label);
    ASSERT_FALSE(general.outcome.error) << general.outcome.error->message;
    ASSERT_FALSE(fast.outcome.error) << fast.outcome.error->message;
    EXPECT_EQ(fast.outcome.respondents, general.outcome.respondents) << "seed " << seed;
    EXPECT_EQ(fast.outcome.rows_read, general.outcome.rows_read) << "seed " << seed;
    EXPECT_EQ(fast.outcome.rejects.size(), general.outcome.rejects.size()) << "seed " << seed;
    EXPECT_EQ(fast.outcome.platform, general.outcome.platform) << "seed " << seed;
    std::vector<std::string> only_fast, only_general;
    std::set_difference(fast.rows.begin(), fast.rows.end(), general.rows.begin(), general.rows.end(),
                        std::back_inserter(only_fast));
    std::set_difference(general.rows.begin(), general.rows.end(), fast.rows.begin(), fast.rows.end(),
                        std::back_inserter(only_general));
    ASSERT_TRUE(only_fast.empty() && only_general.empty())
        << "seed " << seed << ": first only streamed " << (only_fast.empty() ? "-" : only_fast.front())
        << "; first only general " << (only_general.empty() ? "-" : only_general.front());
  }
  // Exports with an Age column (numbers, no longer counted once they cannot be a scale, so
  // numeric or free text cannot be told) and short-comment columns go the general way.
  EXPECT_GE(streamed, 15) << "clean exports should mostly take the streamed path";
}

TEST(StreamedIngest, ASecondFileAndARerunLandAsOnTheGeneralPath) {
  // Two sources into one store (the second streams into a table that already holds
  // responses, so its index is kept live), then the same bytes again (nothing added),
  // then a changed first file (replaced through the general path).
  TempDir tmp;
  const std::string a = tmp.write("a.csv", Export(501).make(120, false));
  const std::string b = tmp.write("b.csv", Export(502).make(90, false));
  ASSERT_TRUE(StreamedExport::open(a, *file_state(a), ScaleVocabulary::builtin()).value());
  ASSERT_TRUE(StreamedExport::open(b, *file_state(b), ScaleVocabulary::builtin()).value());
  const std::vector<std::string> files{a, b, a, b};
  Ingested general = ingest_into(tmp.file("g.db"), files, false);
  Ingested fast = ingest_into(tmp.file("f.db"), files, true);
  EXPECT_EQ(fast.outcome.stored, StoreOutcome::unchanged);
  EXPECT_EQ(fast.rows, general.rows);

  tmp.write("a.csv", Export(503).make(100, false));
  Ingested general2 = ingest_into(tmp.file("g.db"), {a}, false);
  Ingested fast2 = ingest_into(tmp.file("f.db"), {a}, true);
  EXPECT_EQ(fast2.outcome.stored, StoreOutcome::replaced);
  EXPECT_EQ(fast2.rows, general2.rows);
}

TEST(StreamedIngest, AMalformedRecordFallsBackToTheGeneralPathWithItsReject) {
  TempDir tmp;
  const std::string path =
      tmp.write("m.csv", "Timestamp,Q [a],Q [b]\nt1,Agree,Disagree\nt2,\"Agree\"x,Agree\nt3,Agree,Agree\n");
  EXPECT_FALSE(StreamedExport::open(path, *file_state(path), ScaleVocabulary::builtin()).value());
  Ingested general = ingest_into(tmp.file("g.db"), {path}, false);
  Ingested fast = ingest_into(tmp.file("f.db"), {path}, true);
  ASSERT_EQ(fast.outcome.rejects.size(), 1u);
  EXPECT_EQ(fast.outcome.rejects[0].where.line, 3u);
  EXPECT_EQ(fast.rows, general.rows);
}

TEST(StreamedIngest, AFileChangedDuringTheReadIsRefused) {
  // The source is stored under the SHA-256 taken first; a file that changes before the
  // second pass ends fails instead of being stored under the identity of other bytes.
  TempDir tmp;
  std::optional<StreamedExport> source;
  std::string path;
  for (std::uint32_t seed = 77; seed < 90 && !source; ++seed) {  // one of them streams
    path = tmp.write("c" + std::to_string(seed) + ".csv", Export(seed).make(60, false));
    source = std::move(StreamedExport::open(path, *file_state(path), ScaleVocabulary::builtin()).value());
  }
  ASSERT_TRUE(source);
  Respondent person;
  ASSERT_TRUE(source->next(person));
  {
    std::ofstream more(path, std::ios::app);
    more << "\n";  // a blank line: still the same records, but other bytes
  }
  Result<bool> next = true;
  while ((next = source->next(person)) && *next) {
  }
  ASSERT_FALSE(next);
  EXPECT_NE(next.error().message.find("changed"), std::string::npos) << next.error().message;
  EXPECT_FALSE(source->needs_general_path());
}

TEST(StreamedIngest, TheResponseViewHoldsEveryAnswerAsRead) {
  // response_set packs answers one character per item; the response view must give back
  // exactly the (respondent, item, level, raw) of every answer the layout read, including
  // variants whose raw text differs from the level's label, blanks and single choices.
  TempDir tmp;
  for (std::uint32_t seed : {7u, 11u, 23u}) {
    const std::string path = tmp.write("v" + std::to_string(seed) + ".csv", Export(seed).make(150, false));
    auto loaded = load_survey_file(path, ScaleVocabulary::builtin());
    ASSERT_TRUE(loaded);
    // Respondents and items are numbered from 1 in order in a new store.
    std::vector<std::int64_t> first_item;
    std::int64_t next_item = 1;
    for (const auto& q : loaded->survey.questions) {
      first_item.push_back(next_item);
      next_item += static_cast<std::int64_t>(q.items.size());
    }
    std::vector<std::string> expected;
    for (std::size_t r = 0; r < loaded->survey.respondents.size(); ++r)
      for (const auto& a : loaded->survey.respondents[r].answers)
        expected.push_back(std::to_string(r + 1) + "|" + std::to_string(first_item[a.question] + static_cast<std::int64_t>(a.item)) +
                           "|" + (a.level ? std::to_string(*a.level) : "<null>") + "|" + a.raw);
    std::sort(expected.begin(), expected.end());
    for (bool stream : {false, true}) {
      const std::string db_path = tmp.file("v" + std::to_string(seed) + (stream ? "s" : "g") + ".db");
      Ingested in = ingest_into(db_path, {path}, stream);
      ASSERT_FALSE(in.outcome.error);
      auto db = open_store(db_path, false);
      ASSERT_TRUE(db);
      auto st = db->prepare("SELECT respondent_id, item_id, level, raw FROM response");
      ASSERT_TRUE(st);
      std::vector<std::string> got;
      while (*st->step())
        got.push_back(std::to_string(st->integer(0)) + "|" + std::to_string(st->integer(1)) + "|" +
                      (st->is_null(2) ? "<null>" : std::to_string(st->integer(2))) + "|" + st->text(3));
      st->reset();
      std::sort(got.begin(), got.end());
      EXPECT_EQ(got, expected) << "seed " << seed << (stream ? " streamed" : " general");
    }
  }
}

}  // namespace
}  // namespace canvass
