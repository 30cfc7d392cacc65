// Exports whose layout has more than one header row (Qualtrics' wording and ImportId rows,
// legacy Qualtrics and SurveyMonkey's sub-headers) take the streamed paths too: `dist FILE`
// counts and `ingest` stores exactly what the whole-table path gives, on the platform
// samples and on real Qualtrics exports nobody here wrote.
#include <gtest/gtest.h>

#include <filesystem>

#include "analysis/streamed_counts.hpp"
#include "ingest/ingest_file.hpp"
#include "ingest/load_survey.hpp"
#include "ingest/streamed_export.hpp"
#include "store/schema.hpp"
#include "store_dump.hpp"
#include "tally_text.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::vector<std::string> exports_with_header_rows() {
  std::vector<std::string> out;
  for (const char* name : {"qualtrics.csv", "qualtrics-legacy.csv", "surveymonkey.csv", "surveymonkey.xlsx"})
    out.push_back(testing::sample(std::string("platforms/") + name));
  for (const auto& e : fs::directory_iterator(fs::path(testing::source_dir()) / "tests/fixtures/real"))
    if (e.path().filename().string().starts_with("qualtrics") && e.path().extension() == ".csv")
      out.push_back(e.path().string());
  return out;
}

std::string general_tallies(const std::string& path) {
  auto s = load_survey_file(path, ScaleVocabulary::builtin());
  if (!s) return s.error().to_string();
  return testing::render(tally_surveys({&s->survey}));
}

TEST(StreamedHeaderRows, DistCountsWhatTheWholeTableGives) {
  std::size_t streamed = 0, with_tallies = 0;
  for (const auto& path : exports_with_header_rows()) {
    const auto tallies = stream_tallies({path}, ScaleVocabulary::builtin()).tallies;
    if (!tallies) continue;  // the general path's (checked by the other suites)
    ++streamed;
    with_tallies += !tallies->empty();
    EXPECT_EQ(testing::render(*tallies), general_tallies(path)) << path;
  }
  EXPECT_GE(streamed, 15u) << "multi-header-row exports should stream";
  EXPECT_GE(with_tallies, 4u);
}

TEST(StreamedHeaderRows, IngestStoresWhatTheWholeTableStores) {
  TempDir tmp;
  std::size_t streamed = 0, n = 0;
  for (const auto& path : exports_with_header_rows()) {
    ++n;
    auto opened = StreamedExport::open(path, *file_state(path), ScaleVocabulary::builtin());
    ASSERT_TRUE(opened) << path << ": " << opened.error().to_string();
    if (!*opened) continue;
    ++streamed;
    std::string dumps[2];
    for (int stream = 0; stream < 2; ++stream) {
      const std::string db_path = tmp.file("s" + std::to_string(n) + "-" + std::to_string(stream) + ".db");
      {
        auto db = open_store(db_path, true);
        ASSERT_TRUE(db) << db.error().message;
        IngestOptions options("batch");
        options.stream = stream == 1;
        const auto outcome = ingest_file(*db, path, options, ScaleVocabulary::builtin());
        ASSERT_FALSE(outcome.error) << path << ": " << outcome.error->message;
      }
      dumps[stream] = testing::dump(db_path);
    }
    EXPECT_EQ(dumps[1], dumps[0]) << path;
  }
  EXPECT_GE(streamed, 15u) << "multi-header-row exports should stream";
}

TEST(StreamedHeaderRows, ABlankSecondHeaderRowIsTheWholeTablesToRead) {
  TempDir tmp;
  // SurveyMonkey's signature with its sub-header row left blank: not something to guess at.
  const std::string path = tmp.write(
      "sm.csv",
      "Respondent ID,Collector ID,Start Date,End Date,How far do you agree?,\n,,,,,\n"
      "1,2,2025-01-01,2025-01-01,Agree,Disagree\n2,2,2025-01-01,2025-01-01,Agree,Agree\n");
  EXPECT_FALSE(stream_tallies({path}, ScaleVocabulary::builtin()).tallies) << "the stream declines it";
  auto opened = StreamedExport::open(path, *file_state(path), ScaleVocabulary::builtin());
  ASSERT_TRUE(opened) << opened.error().to_string();
  EXPECT_FALSE(*opened) << "ingest's stream declines it too";
}

}  // namespace
}  // namespace canvass
