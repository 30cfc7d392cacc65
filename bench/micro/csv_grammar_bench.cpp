// The CSV grammar (Spirit X3, building strings) against the fast scanner the streaming
// path uses, over the same Google-Forms-style records; bytes/s per core.
#include <benchmark/benchmark.h>

#include <random>

#include "csv/csv.hpp"
#include "sources/csv_scan.hpp"

namespace {

// 2,000 records like the benchmark export: quoted timestamp, 40 answers, 2 comments.
const std::string& records() {
  static const std::string text = [] {
    const std::vector<std::string> labels = {"Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
                                             "Strongly disagree", ""};
    std::mt19937 rng(1);
    std::string t;
    for (int r = 0; r < 2000; ++r) {
      t += "\"2024/03/01 10:00:00 am GMT\",\"Teacher, part-time\"";
      for (int c = 0; c < 40; ++c) t += ",\"" + labels[rng() % labels.size()] + "\"";
      t += ",\"Good sessions, \"\"really\"\" — café\nsecond line\",\"\"\r\n";
    }
    return t;
  }();
  return text;
}

void BM_X3ParseRecords(benchmark::State& state) {
  const std::string& text = records();
  std::vector<canvass::grammar::CsvField> fields;
  for (auto _ : state) {
    const char* p = text.data();
    const char* last = p + text.size();
    std::size_t n = 0;
    while (p < last) {
      canvass::grammar::parse_record(p, last, ',', fields);
      n += fields.size();
    }
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_X3ParseRecords);

void BM_FastScanRecords(benchmark::State& state) {
  const std::string& text = records();
  for (auto _ : state) {
    const char* p = text.data();
    const char* last = p + text.size();
    std::size_t bytes = 0;
    while (p < last)
      canvass::scan_record(p, last, true, ',', [&](std::size_t, const canvass::FieldView& f) { bytes += f.bytes().size(); });
    benchmark::DoNotOptimize(bytes);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FastScanRecords);

}  // namespace
