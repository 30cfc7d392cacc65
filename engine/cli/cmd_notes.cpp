// canvass notes: focus-group table notes into note records (parse only, nothing stored).
#include <ostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "notes/read_notes.hpp"
#include "notes/redact_notes.hpp"
#include "report/note_records.hpp"

namespace canvass::cli {

namespace {

int run_notes(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--format"}, {}, {}, "notes"});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  const std::string format = args->get_or("--format", "json");
  if (format != "json" && format != "md" && format != "csv") {
    io.err << "canvass notes: --format must be json, md or csv\n";
    return kUsage;
  }
  if (args->inputs.size() != 1) {
    io.err << "canvass notes: give exactly one FILE (see --help)\n";
    return kUsage;
  }
  auto doc = read_notes_file(args->inputs.front());
  if (!doc) {
    io.err << doc.error().to_string() << '\n';
    return kNothingRead;
  }
  if (doc->records.empty()) {
    io.err << Error{{doc->path}, "no notes: the file holds only blank lines"}.to_string() << '\n';
    return kNothingRead;
  }
  auto redactor = Redactor::shipped();
  if (!redactor) {
    io.err << redactor.error().to_string() << '\n';
    return kNothingRead;
  }
  redact_notes(*doc, *redactor);
  if (format == "csv") write_note_records_csv(io.out, doc->records);
  else if (format == "md") write_note_records_markdown(io.out, doc->records);
  else write_note_records_json(io.out, doc->records);
  return kSuccess;
}

}  // namespace

Command notes_command() {
  return {"notes", "focus-group table notes into note records",
          "usage: canvass notes FILE [--format json|md|csv]\n"
          "  Reads table notes as written (plain text, Markdown or a Word .docx) and prints one\n"
          "  record per line or paragraph: sections, questions, labels, bullets with their\n"
          "  nesting, rounds between \"-\" lines, summary blocks; copy-paste duplicates flagged.\n"
          "  Nothing is stored (use `canvass ingest` for that). Text is kept as written, except\n"
          "  that personal data (names, e-mails, phones...) is replaced by [name], [email]...\n"
          "  --format json|md|csv  JSON array (default), Markdown table or CSV, with the fields\n"
          "                        id,kind,section,question,heading,group,depth,parent,text,line,duplicate_of\n",
          run_notes};
}

}  // namespace canvass::cli
