// The store's insert path: one source of N respondents x 40 Likert items (plus a
// comment each) written into a fresh SQLite file by store_survey (the general path,
// whole Survey in hand) and by store_new_survey (the streamed ingest, one respondent at
// a time, foreign keys off for the load); responses/s.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>

#include "store/schema.hpp"
#include "store/survey_writer.hpp"

namespace {

canvass::Survey make_survey(std::size_t respondents) {
  canvass::Survey s;
  s.platform = "google-forms";
  canvass::Question q;
  q.code = "Q1";
  q.text = "To what extent do you agree?";
  q.kind = canvass::QuestionKind::likert;
  q.scale = canvass::Scale{"agreement-5", "agreement", {}};
  const char* labels[] = {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"};
  for (int i = 0; i < 5; ++i) q.scale->levels.push_back({i + 1, labels[i], "", canvass::Polarity::neutral});
  for (std::size_t i = 0; i < 40; ++i) q.items.push_back({"Q1_" + std::to_string(i + 1), "Statement " + std::to_string(i), i + 2});
  s.questions.push_back(q);
  canvass::Question c;
  c.code = "Q2";
  c.text = "Any other comments?";
  s.questions.push_back(c);
  for (std::size_t r = 0; r < respondents; ++r) {
    canvass::Respondent p;
    p.submitted_at = "2024/03/01 10:00:00";
    p.line = r + 2;
    for (std::size_t i = 0; i < 40; ++i) {
      const int level = static_cast<int>((r * 7 + i * 3) % 6);
      p.answers.push_back({0, i, level ? std::optional<int>(level) : std::nullopt, level ? labels[level - 1] : ""});
    }
    p.comments.push_back({1, "Good sessions, well run"});
    s.respondents.push_back(std::move(p));
  }
  s.rows_read = respondents;
  return s;
}

void BM_StoreSurvey(benchmark::State& state) {
  const auto survey = make_survey(static_cast<std::size_t>(state.range(0)));
  const std::string path = (std::filesystem::temp_directory_path() / "canvass-bench-store.db").string();
  int run = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
    auto db = canvass::open_store(path);
    state.ResumeTiming();
    auto stored = canvass::store_survey(*db, "bench", {"s.csv", "sha" + std::to_string(run++), "csv", "utf-8"}, survey);
    if (!stored) state.SkipWithError(stored.error().to_string().c_str());
  }
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  state.SetItemsProcessed(state.iterations() * state.range(0) * 40);
}
BENCHMARK(BM_StoreSurvey)->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_StoreNewSurveyStreamed(benchmark::State& state) {
  const auto survey = make_survey(static_cast<std::size_t>(state.range(0)));
  const std::string path = (std::filesystem::temp_directory_path() / "canvass-bench-store.db").string();
  int run = 0;
  for (auto _ : state) {
    state.PauseTiming();
    for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
    auto db = canvass::open_store(path);
    state.ResumeTiming();
    std::size_t next = 0;
    auto stored = canvass::store_new_survey(
        *db, canvass::StoreOptions{"bench", {}, std::nullopt}, {"s.csv", "sha" + std::to_string(run++), "csv", "utf-8"},
        survey, [&](canvass::Respondent& into) -> canvass::Result<bool> {
          if (next == survey.respondents.size()) return false;
          into = survey.respondents[next++];
          return true;
        });
    if (!stored || !*stored) state.SkipWithError("store_new_survey did not store the source");
  }
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
  state.SetItemsProcessed(state.iterations() * state.range(0) * 40);
}
BENCHMARK(BM_StoreNewSurveyStreamed)->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond);

}  // namespace
