// canvass dist: agreement distributions per statement, from the store or from files,
// in the long form or one summary row per item, optionally broken down by a group.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <ostream>

#include "analysis/breakdown.hpp"
#include "analysis/item_order.hpp"
#include "analysis/streamed_counts.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/statement_counts.hpp"
#include "ingest/ingest_file.hpp"
#include "report/csv_writer.hpp"
#include "report/distribution_report.hpp"
#include "report/html_page.hpp"
#include "report/summary_report.hpp"
#include "store/schema.hpp"

namespace canvass::cli {

namespace {

// True unless `path` is an existing file that does not start like an SQLite database.
bool looks_like_store(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return true;
  char head[16] = {};
  f.read(head, sizeof head);
  return f.gcount() == 0 || std::string_view(head, static_cast<std::size_t>(f.gcount())) == std::string_view("SQLite format 3\0", 16);
}

// The store to read: --db, or the given files read into a store in memory (nothing is
// written), each file its own batch named after the file so `--by batch` compares them.
// A file the streamed pass already refused for its own damage is not read again.
Result<Database> open_input(const Args& args, Io io, int& code,
                            const std::vector<std::pair<std::string, Error>>& refused) {
  if (args.inputs.empty()) {
    const std::string path = args.get_or("--db", "canvass.db");
    auto db = open_store(path, /*create=*/false);
    if (!db && args.get("--db") && !looks_like_store(path))  // `dist --db export.csv`: the file was meant
      return Error{{path}, "not a canvass store; to read an export directly, give it without --db: canvass dist " + path,
                   Error::Kind::usage};
    return db;
  }
  auto db = open_scratch_store();
  if (!db) return db.error();
  const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();
  std::size_t read = 0;
  for (const auto& path : args.inputs) {
    IngestOptions options{std::filesystem::path(path).filename().string(), args.get_or("--platform", "")};
    options.sheet = args.get_or("--sheet", "");
    IngestOutcome r;
    auto known = std::find_if(refused.begin(), refused.end(), [&](const auto& f) { return f.first == path; });
    if (known != refused.end()) r.error = known->second;
    else r = ingest_file(*db, path, options, vocabulary);
    for (const auto& rj : r.rejects) io.err << Error{rj.where, "rejected: " + rj.reason}.to_string() << '\n';
    if (!r.rejects.empty() || r.error) code = kSomeRejected;
    if (r.error) io.err << r.error->to_string() << '\n';
    else ++read;
  }
  if (read == 0) return Error{{args.inputs.front()}, "nothing could be read", Error::Kind::input};
  return db;
}

std::optional<long> parse_count(const std::string& s) {
  long v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || end != s.data() + s.size() || v < 0) return std::nullopt;
  return v;
}

// Writes `rows` (and the breakdown, when there is one) in the chosen format.
void write_dist(std::ostream& out, const Args& args, const std::string& format,
                const std::vector<ItemDistribution>& rows, const Breakdown* breakdown, Palette palette,
                long min_cell) {
  if (format == "csv" && args.has("--bom")) out << kUtf8Bom;
  if (format == "html") {
    HtmlDistPage page{args.get_or("--title", "Agreement distributions"), palette, min_cell, args.has("--summary")};
    write_dist_html(out, page, breakdown ? breakdown->overall : rows, breakdown);
  } else if (args.has("--summary")) {
    const auto summaries = summarise_all(rows);
    if (format == "csv") write_summary_csv(out, summaries);
    else if (format == "json") write_summary_json(out, summaries);
    else write_summary_markdown(out, summaries, min_cell);
  } else {
    if (format == "csv") write_distribution_csv(out, rows);
    else if (format == "json") write_distribution_json(out, rows);
    else write_distribution_markdown(out, rows);
  }
}

int run_dist(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--db", "--format", "--by", "--min-cell", "--sort", "--palette", "--title", "--platform", "--sheet"},
                                {"--summary", "--bom"},
                                {}, "dist"});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  const std::string format = args->get_or("--format", "md");
  if (format != "md" && format != "csv" && format != "json" && format != "html" && format != "counts") {
    io.err << "canvass dist: --format must be csv, json, md or html\n";
    return kUsage;
  }
  if (args->get("--db") && !args->inputs.empty()) {
    io.err << "canvass dist: give --db or files, not both\n";
    return kUsage;
  }
  const auto min_cell = parse_count(args->get_or("--min-cell", std::to_string(kDefaultMinCell)));
  if (!min_cell) {
    io.err << "canvass dist: --min-cell must be a whole number of respondents\n";
    return kUsage;
  }
  const auto order = item_order_from_string(args->get_or("--sort", "questionnaire"));
  if (!order) {
    io.err << "canvass dist: --sort must be questionnaire or agree\n";
    return kUsage;
  }
  const auto palette = palette_from_string(args->get_or("--palette", "standard"));
  if (!palette) {
    io.err << "canvass dist: --palette must be standard or colourblind\n";
    return kUsage;
  }

  // Files with no breakdown are counted while streaming when their layout allows it: the
  // fast path never holds the file. Everything else reads through a store.
  // A file refused there for its own damage (a broken or hostile workbook) is refused once,
  // as the general path would refuse it.
  std::vector<std::pair<std::string, Error>> refused;
  if (!args->inputs.empty() && !args->get("--by") && !args->get("--platform") && !args->get("--sheet")) {
    auto streamed = stream_tallies(args->inputs, ScaleVocabulary::builtin());
    refused = std::move(streamed.refused);
    if (const auto& tallies = streamed.tallies) {
      for (const auto& [path, why] : refused) io.err << why.to_string() << '\n';
      if (refused.size() == args->inputs.size()) {
        io.err << Error{{args->inputs.front()}, "nothing could be read", Error::Kind::input}.to_string() << '\n';
        return kNothingRead;
      }
      const int code = refused.empty() ? kSuccess : kSomeRejected;
      if (format == "counts") {
        write_statement_counts(io.out, *tallies);
        return code;
      }
      std::vector<ItemDistribution> rows;
      for (const auto& t : *tallies) rows.push_back(distribute(t));
      reorder(rows, *order);
      write_dist(io.out, *args, format, rows, nullptr, *palette, *min_cell);
      return code;
    }
  }

  int code = kSuccess;
  auto db = open_input(*args, io, code, refused);
  if (!db) {
    io.err << db.error().to_string() << '\n';
    return kNothingRead;
  }
  std::optional<Breakdown> breakdown;
  std::vector<ItemDistribution> rows;
  if (auto by = args->get("--by")) {
    auto grouping = resolve_grouping(*db, *by);
    if (!grouping) {
      io.err << "canvass dist: " << grouping.error().message << '\n';
      return kUsage;
    }
    auto b = break_down(*db, *grouping, *min_cell);
    if (!b) {
      io.err << b.error().to_string() << '\n';
      return kNothingRead;
    }
    reorder(*b, *order);
    rows = (args->has("--summary") || format == "csv" || format == "json") ? b->rows() : b->rows_by_group();
    breakdown = std::move(b).value();
  } else {
    auto d = overall_distributions(*db);
    if (!d) {
      io.err << d.error().to_string() << '\n';
      return kNothingRead;
    }
    rows = std::move(d).value();
    reorder(rows, *order);
  }

  if (format == "counts") {
    auto tallies = tally_store(*db);
    if (!tallies) {
      io.err << tallies.error().to_string() << '\n';
      return kNothingRead;
    }
    write_statement_counts(io.out, *tallies);
    return code;
  }
  write_dist(io.out, *args, format, rows, breakdown ? &*breakdown : nullptr, *palette, *min_cell);
  return code;
}

}  // namespace

Command dist_command() {
  return {"dist", "agreement distributions per statement",
          "usage: canvass dist [--db FILE | [--platform NAME] [--sheet NAME] FILE...] [--summary] [--by ATTRIBUTE]\n"
          "                    [--min-cell N] [--sort questionnaire|agree] [--format csv|json|md|html]\n"
          "                    [--palette standard|colourblind] [--title TEXT] [--bom]\n"
          "  Prints, for every Likert statement, the count and percentage of each level.\n"
          "  Reads the store, or the given export files directly (nothing is stored).\n"
          "  --db FILE         the store (default canvass.db)\n"
          "  --platform NAME   files only: skip detection (see canvass inspect --help for the names)\n"
          "  --sheet NAME      files only: the worksheet to read in Excel workbooks\n"
          "  --summary         one row per statement: question,item,group,n,missing,nonsubstantive,\n"
          "                    agree,neutral,disagree,agree_pct,agree_low,agree_high,net,mean,median,sd,\n"
          "                    suppressed (agree_low/high: Wilson 95% interval)\n"
          "  --by ATTRIBUTE    break down by a single-choice question (its code, or words of its text:\n"
          "                    'role' finds \"What is your role?\"), a metadata attribute, or 'batch'\n"
          "  --min-cell N      suppress groups of fewer than N respondents (default 10), and any\n"
          "                    further group whose figures would reveal them by subtraction\n"
          "  --sort ORDER      questionnaire (default) or agree (highest agree share first)\n"
          "  --format FORMAT   md (default), csv, json, or html (a page with the chart)\n"
          "  --palette NAME    html chart colours: standard (green to red) or colourblind (blue to orange)\n"
          "  --title TEXT      html: the page's title\n"
          "  --bom             csv: start with a UTF-8 byte-order mark, for Excel (files in a report\n"
          "                    folder always have one; standard output only when asked)\n"
          "  long CSV columns: question,item,group,level,label,count,percent,n\n",
          run_dist};
}

}  // namespace canvass::cli
