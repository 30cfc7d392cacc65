// What the whole-file (general) path makes of files, for the tests that hold the streamed
// paths to it: the pooled tallies, and the store an ingest leaves.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "analysis/tally.hpp"
#include "ingest/ingest_file.hpp"
#include "ingest/load_survey.hpp"
#include "store/schema.hpp"
#include "store_dump.hpp"

namespace canvass::testing {

// The tallies of `paths` read whole and pooled; nothing when any file fails or rejects rows.
inline std::optional<std::vector<ItemTally>> general_tallies(const std::vector<std::string>& paths) {
  const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();
  std::vector<LoadedSurvey> loaded;
  for (const auto& p : paths) {
    auto s = load_survey_file(p, vocabulary);
    if (!s || !s->survey.rejects.empty()) return std::nullopt;
    loaded.push_back(std::move(s).value());
  }
  std::vector<const Survey*> surveys;
  for (const auto& l : loaded) surveys.push_back(&l.survey);
  return tally_surveys(surveys);
}

// `file` ingested into a new store at `db_path` (streamed or read whole), then the store's
// canonical dump followed by what `extra_sql` selects (one text column).
inline std::string ingested_store(const std::string& db_path, const std::string& file, bool stream,
                                  const std::string& extra_sql) {
  {
    auto db = open_store(db_path, true);
    EXPECT_TRUE(db);
    IngestOptions options("batch-1");
    options.stream = stream;
    auto outcome = ingest_file(*db, file, options, ScaleVocabulary::builtin());
    EXPECT_FALSE(outcome.error) << outcome.error->to_string();
  }
  auto db = open_store(db_path, false);
  return dump(db_path) + query_text(*db, extra_sql);
}

}  // namespace canvass::testing
