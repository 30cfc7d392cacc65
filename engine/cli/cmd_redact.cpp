// canvass redact: the redactor's view of a text file, so a team can audit what canvass
// would replace in its own comments or notes without publishing them.
#include <map>
#include <ostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "sources/file_bytes.hpp"
#include "text/decode.hpp"
#include "text/redactor.hpp"

namespace canvass::cli {

namespace {

// "LINE:COLUMN" (1-based; the column counts characters) of byte `at` in `text`.
std::string position(std::string_view text, std::size_t at) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

// What was replaced, printable on one line of a terminal or a TSV.
std::string shown(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : (static_cast<unsigned char>(c) < 0x20 ? '?' : c);
  return out;
}

int run_redact(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--redact"}, {"--list"}, {"--redact"}});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  if (args->inputs.size() != 1) {
    io.err << "canvass redact: give exactly one FILE (see --help)\n";
    return kUsage;
  }
  const std::string& path = args->inputs.front();
  auto bytes = read_file_bytes(path);
  if (!bytes) {
    io.err << bytes.error().to_string() << '\n';
    return kNothingRead;
  }
  auto text = decode_text(*bytes, Location{path});
  if (!text) {
    io.err << text.error().to_string() << '\n';
    return kNothingRead;
  }
  auto redactor = Redactor::shipped(args->all("--redact"));
  if (!redactor) {
    io.err << redactor.error().to_string() << '\n';
    return kNothingRead;
  }
  const std::string_view t = text->text;
  const auto found = redactor->find(t);
  if (args->has("--list")) {
    io.out << "position\tkind\ttext\n";
    for (const auto& r : found)
      io.out << position(t, r.begin) << '\t' << r.kind << '\t' << shown(t.substr(r.begin, r.end - r.begin)) << '\n';
  } else {
    io.out << redactor->redact(t).text;
    if (!t.empty() && t.back() != '\n') io.out << '\n';
  }
  std::map<std::string, int> counts;
  for (const auto& r : found) ++counts[r.kind];
  io.err << "canvass redact: " << found.size() << (found.size() == 1 ? " replacement" : " replacements");
  const char* sep = " (";
  for (const auto& [kind, n] : counts) {
    io.err << sep << kind << ' ' << n;
    sep = ", ";
  }
  io.err << (counts.empty() ? "" : ")") << '\n';
  return kSuccess;
}

}  // namespace

Command redact_command() {
  return {"redact", "what canvass would redact in a text file, for auditing",
          "usage: canvass redact FILE [--list] [--redact NAME]...\n"
          "  Prints FILE (plain text; UTF-8, UTF-16 or Windows-1252) with the personal data canvass\n"
          "  removes from every output replaced by its kind: [name], [email], [phone], [postcode],\n"
          "  [url], [NI number], [NHS number], [CHI number], [number], [date], [address], [school],\n"
          "  [handle], [vehicle registration]. Nothing is stored or sent anywhere. A count per kind\n"
          "  goes to stderr. See docs/redaction.md for the rules and their measured recall.\n"
          "  --list         one line per replacement instead: LINE:COLUMN, kind and the text\n"
          "                 replaced (tab-separated), to check what was caught and what was not\n"
          "  --redact NAME  also redact this name wherever it occurs (repeatable), as a study's\n"
          "                 <redact><name> does\n",
          run_redact};
}

}  // namespace canvass::cli
