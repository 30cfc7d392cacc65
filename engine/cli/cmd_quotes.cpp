// canvass quotes: illustrative, anonymised, balanced quotes from comments and notes,
// and the report writer's keep/reject decisions.
#include <unistd.h>

#include <ostream>

#include "analysis/quote_bank.hpp"
#include "analysis/quote_store.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/terminal_progress.hpp"
#include "report/quote_list.hpp"
#include "store/schema.hpp"
#include "text/word_list.hpp"

namespace canvass::cli {

namespace {

int fail(Io io, const Error& e) {
  io.err << e.to_string() << '\n';
  return e.kind == Error::Kind::usage ? kUsage : kNothingRead;
}

Result<std::size_t> positive_number(const std::string& option, const std::string& value) {
  try {
    std::size_t used = 0;
    const long n = std::stol(value, &used);
    if (used == value.size() && n >= 0) return static_cast<std::size_t>(n);
  } catch (...) {
  }
  return Error{{"canvass"}, option + " needs a whole number, not \"" + value + "\"", Error::Kind::usage};
}

Result<QuoteOptions> options_from(const Args& args, const std::string& data) {
  QuoteOptions o;
  if (auto v = args.get("--limit")) {
    auto n = positive_number("--limit", *v);
    if (!n) return n.error();
    o.limit = *n;
  }
  if (auto v = args.get("--min-cell")) {
    auto n = positive_number("--min-cell", *v);
    if (!n) return n.error();
    o.min_cell = static_cast<long>(*n);
  }
  o.theme = args.get_or("--theme", "");
  o.tone = args.get_or("--tone", "any");
  if (o.tone != "any" && o.tone != "positive" && o.tone != "critical" && o.tone != "mixed" && o.tone != "neutral")
    return Error{{"canvass"}, "--tone must be positive, critical, mixed, neutral or any", Error::Kind::usage};
  o.question = args.get_or("--question", "");
  o.item = args.get_or("--item", "");
  o.level = args.get_or("--level", "");
  if (o.item.empty() != o.level.empty())
    return Error{{"canvass"}, "--item and --level go together", Error::Kind::usage};
  o.attribute = args.get_or("--by", "");
  o.names_to_redact = args.all("--redact");
  auto book = args.get("--codebook") ? load_codebook(*args.get("--codebook")) : load_default_codebook(data);
  if (!book) return book.error();
  o.codebook = std::move(book).value();
  if (!o.theme.empty()) {
    bool known = false;
    for (const auto& t : o.codebook.themes) known = known || t.name == o.theme;
    if (!known) {
      std::string names;
      for (const auto& t : o.codebook.themes) names += (names.empty() ? "" : ", ") + t.name;
      return Error{{"canvass"}, "no theme \"" + o.theme + "\" in the codebook (themes: " + names + ")", Error::Kind::usage};
    }
  }
  return o;
}

int run_quotes(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv,
                         {{"--db", "--limit", "--theme", "--tone", "--question", "--item", "--level", "--format",
                           "--min-cell", "--by", "--keep", "--reject", "--clear", "--redact", "--codebook"},
                          {"--progress"},
                          {"--keep", "--reject", "--clear", "--redact"}, "quotes"});
  if (!args) return fail(io, args.error());
  if (!args->inputs.empty()) {
    io.err << "canvass quotes: reads the store (--db FILE), not files; run `canvass ingest` first\n";
    return kUsage;
  }
  const std::string format = args->get_or("--format", "md");
  if (format != "md" && format != "json" && format != "csv") {
    io.err << "canvass quotes: --format must be json, md or csv\n";
    return kUsage;
  }
  const std::string data = data_dir();
  auto options = options_from(*args, data);
  if (!options) return fail(io, options.error());
  auto resources = QuoteResources::load(data);
  if (!resources) return fail(io, resources.error());
  auto db = open_store(args->get_or("--db", "canvass.db"), /*create=*/false);
  if (!db) return fail(io, db.error());

  // Decisions name quotes a previous run listed; the bank is made (and saved) first so they exist.
  TerminalProgress progress(io.err, progress_wanted(args->has("--progress")), ::isatty(STDERR_FILENO));
  auto bank = build_quote_bank(*db, *resources, *options, progress.callback());
  progress.finish();
  if (!bank) return fail(io, bank.error());
  for (const auto& [option, decision] : {std::pair{"--keep", "keep"}, {"--reject", "reject"}, {"--clear", ""}}) {
    for (const auto& id : args->all(option)) {
      auto full = decide_quote(*db, id, decision);
      if (!full) return fail(io, full.error());
      bank->decide(*full, decision);
      io.err << "quote " << *full << ": " << (*decision ? decision : "decision cleared") << '\n';
    }
  }
  auto chosen = select_quotes(*db, *bank, *options);
  if (!chosen) return fail(io, chosen.error());
  for (const auto& w : chosen->warnings) io.err << "canvass quotes: warning: " << w << '\n';
  if (args->get("--codebook"))  // the user's own codebook: say which themes found nothing here
    for (const auto& w : bank->unmatched_keywords()) io.err << "canvass quotes: warning: " << w << '\n';

  std::string heading;
  if (chosen->scope) {
    heading = "Comments from " + chosen->scope->describe();
    io.err << heading << '\n';
    if (chosen->too_few) {
      heading = "Not quoted: " + chosen->scope->describe() + " are fewer than --min-cell (" +
                std::to_string(options->min_cell) +
                "), and a group this small could be recognised. Lower --min-cell to quote them.";
      io.err << heading << '\n';
    }
  }
  const auto& selected = chosen->selected;
  if (format == "json") write_quotes_json(io.out, selected);
  else if (format == "csv") write_quotes_csv(io.out, selected);
  else write_quotes_markdown(io.out, selected, heading);
  return kSuccess;
}

}  // namespace

Command quotes_command() {
  return {"quotes", "illustrative, anonymised, balanced quotes",
          "usage: canvass quotes [--db FILE] [--limit N] [--theme NAME] [--tone positive|critical|mixed|any]\n"
          "                      [--question TEXT] [--item TEXT --level agree|neutral|disagree]\n"
          "                      [--format json|md|csv] [--min-cell N] [--by ATTRIBUTE]\n"
          "                      [--keep ID]... [--reject ID]... [--clear ID]... [--redact NAME]... [--codebook FILE]\n"
          "                      [--progress]\n"
          "  Picks quotes from the store's comments and notes: representative of a theme, substantial,\n"
          "  self-contained, no near-duplicates, at most two per respondent, positive and critical both\n"
          "  shown with --tone any (only confident calls count for balance). Personal data (names, e-mails, phones, postcodes, URLs, NI/NHS\n"
          "  numbers) is replaced by [name], [email]... before anything is stored or printed.\n"
          "  --db FILE          the store (default canvass.db)\n"
          "  --limit N          how many quotes (default 10)\n"
          "  --theme NAME       only quotes on this codebook theme\n"
          "  --tone T           positive, critical, mixed (praise and criticism in balance), neutral\n"
          "                     or any (default)\n"
          "  --question TEXT    only answers to the open question whose text contains TEXT\n"
          "  --item TEXT --level L  only respondents who answered L (agree, neutral, disagree) to the\n"
          "                     statement containing TEXT; none when fewer than --min-cell did\n"
          "  --format F         md (default), json (array of objects: id, text, respondent, attribution,\n"
          "                     group, question, source, line, origin, sentence, theme, themes, tone,\n"
          "                     score, decision) or csv (the same columns)\n"
          "  --min-cell N       name a respondent's group, or quote the respondents behind --item/--level,\n"
          "                     only when they are at least N people (default 10)\n"
          "  --by ATTRIBUTE     the attribute shown in attributions (default: a role question)\n"
          "  --keep ID, --reject ID, --clear ID  record a decision about a listed quote (an id prefix of\n"
          "                     4+ characters); later runs and the report respect it\n"
          "  --redact NAME      a name to remove wherever it occurs (besides the built-in rules)\n"
          "  --codebook FILE    themes and keywords (default data/codebook/default-codebook.xml)\n"
          "  --progress         show progress on stderr even when it is not a terminal\n",
          run_quotes};
}

}  // namespace canvass::cli
