// The scale recogniser: recognising a column's distinct answers (once per column), and
// the per-cell level lookup the general path makes for every answer.
#include <benchmark/benchmark.h>

#include "scales/scale_vocabulary.hpp"

namespace {

const std::vector<std::string> kAnswers = {"Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
                                           "Strongly disagree", "Don't know", "N/A", "  strongly AGREE "};

void BM_RecogniseDistinctAnswers(benchmark::State& state) {
  const auto vocabulary = canvass::ScaleVocabulary::builtin();
  for (auto _ : state) benchmark::DoNotOptimize(vocabulary.recognise(kAnswers));
}
BENCHMARK(BM_RecogniseDistinctAnswers);

void BM_RecogniseNonScaleColumn(benchmark::State& state) {
  const auto vocabulary = canvass::ScaleVocabulary::builtin();
  std::vector<std::string> comments;
  for (int i = 0; i < 64; ++i) comments.push_back("comment number " + std::to_string(i) + ", café — fine");
  for (auto _ : state) benchmark::DoNotOptimize(vocabulary.recognise(comments));
}
BENCHMARK(BM_RecogniseNonScaleColumn);

void BM_LevelOfEachCell(benchmark::State& state) {
  const auto vocabulary = canvass::ScaleVocabulary::builtin();
  const auto match = *vocabulary.recognise(kAnswers);
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(match.level_of(kAnswers[i++ % kAnswers.size()]));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_LevelOfEachCell);

}  // namespace
