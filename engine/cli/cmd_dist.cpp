// canvass dist: agreement distributions per statement, from the store or from files.
#include <ostream>

#include "analysis/distribution.hpp"
#include "analysis/streamed_counts.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/statement_counts.hpp"
#include "ingest/load_survey.hpp"
#include "report/distribution_report.hpp"
#include "store/schema.hpp"

namespace canvass::cli {

namespace {

int run_dist(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--db", "--format"}, {}, {}});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  const std::string format = args->get_or("--format", "md");
  if (format != "md" && format != "csv" && format != "counts") {
    io.err << "canvass dist: --format must be md, csv or counts\n";
    return kUsage;
  }
  if (args->get("--db") && !args->inputs.empty()) {
    io.err << "canvass dist: give --db or files, not both\n";
    return kUsage;
  }

  std::vector<ItemTally> tallies;
  int code = kSuccess;
  if (args->inputs.empty()) {
    auto db = open_store(args->get_or("--db", "canvass.db"), /*create=*/false);
    if (!db) {
      io.err << db.error().to_string() << '\n';
      return kNothingRead;
    }
    auto t = tally_store(*db);
    if (!t) {
      io.err << t.error().to_string() << '\n';
      return kNothingRead;
    }
    tallies = std::move(t).value();
  } else if (auto streamed = stream_tallies(args->inputs, ScaleVocabulary::builtin())) {
    // Fast path: plain one-header exports are counted while streaming, never held whole.
    tallies = std::move(streamed).value();
  } else {
    const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();
    std::vector<LoadedSurvey> loaded;
    for (const auto& path : args->inputs) {
      auto s = load_survey_file(path, vocabulary);
      if (!s) {
        io.err << s.error().to_string() << '\n';
        code = kSomeRejected;
        continue;
      }
      for (const auto& rj : s->survey.rejects) io.err << Error{rj.where, "rejected: " + rj.reason}.to_string() << '\n';
      if (!s->survey.rejects.empty()) code = kSomeRejected;
      loaded.push_back(std::move(s).value());
    }
    if (loaded.empty()) return kNothingRead;
    std::vector<const Survey*> surveys;
    for (const auto& l : loaded) surveys.push_back(&l.survey);
    tallies = tally_surveys(surveys);
  }

  if (format == "counts") {
    write_statement_counts(io.out, tallies);
    return code;
  }
  std::vector<ItemDistribution> dists;
  for (const auto& t : tallies) dists.push_back(distribute(t));
  if (format == "csv") write_distribution_csv(io.out, dists);
  else write_distribution_markdown(io.out, dists);
  return code;
}

}  // namespace

Command dist_command() {
  return {"dist", "agreement distributions per statement",
          "usage: canvass dist [--db FILE | FILE...] [--format md|csv|counts]\n"
          "  Prints, for every Likert statement, the count and percentage of each level.\n"
          "  Reads the store, or the given export files directly (nothing is stored).\n"
          "  --db FILE       the store (default canvass.db)\n"
          "  --format md|csv Markdown tables (default) or long CSV:\n"
          "                  question,item,group,level,label,count,percent,n\n"
          "  --format counts statement,label,count: one row per statement and level plus\n"
          "                  (blank) for no answer, sorted by statement then label (bytes)\n",
          run_dist};
}

}  // namespace canvass::cli
