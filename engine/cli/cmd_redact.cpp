// canvass redact: the redactor's view of a text file, so a team can audit what canvass
// would replace in its own comments or notes without publishing them.
#include <map>
#include <ostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "sources/file_bytes.hpp"
#include "text/decode.hpp"
#include "text/paragraph_chunks.hpp"
#include "text/redactor.hpp"

namespace canvass::cli {

namespace {

constexpr std::size_t kPieceBytes = 64 * 1024;  // whole paragraphs of about this size

// "LINE:COLUMN" (1-based; the column counts characters) of byte offsets met in order.
class Positions {
 public:
  explicit Positions(std::string_view text) : text_(text) {}
  std::string at(std::size_t offset) {
    for (; done_ < offset; ++done_) {
      if (text_[done_] == '\n') {
        ++line_;
        column_ = 1;
      } else if ((static_cast<unsigned char>(text_[done_]) & 0xC0) != 0x80) {
        ++column_;
      }
    }
    return std::to_string(line_) + ":" + std::to_string(column_);
  }

 private:
  std::string_view text_;
  std::size_t done_ = 0, line_ = 1, column_ = 1;
};

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
  // Piece by piece (whole paragraphs), so memory stays flat however long the text.
  const std::string_view t = text->text;
  const bool list = args->has("--list");
  if (list) io.out << "position\tkind\ttext\n";
  Positions positions(t);
  std::map<std::string, int> counts;
  std::size_t found = 0;
  for_each_paragraph_chunk(t, kPieceBytes, [&](std::string_view piece, std::size_t offset) {
    std::size_t at = 0;
    for (const auto& r : redactor->find(piece)) {
      ++found;
      ++counts[r.kind];
      const std::string_view replaced = piece.substr(r.begin, r.end - r.begin);
      if (list) {
        io.out << positions.at(offset + r.begin) << '\t' << r.kind << '\t' << shown(replaced) << '\n';
      } else if (r.begin >= at) {
        io.out << piece.substr(at, r.begin - at) << '[' << r.kind << ']';
        at = r.end;
      }
    }
    if (!list) io.out << piece.substr(at);
  });
  if (!list && !t.empty() && t.back() != '\n') io.out << '\n';
  io.err << "canvass redact: " << found << (found == 1 ? " replacement" : " replacements");
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
