// canvass notes: focus-group table notes into note records (parse only, nothing stored),
// or with --tally the codebook's themes counted across the tables of several files.
#include <memory>
#include <optional>
#include <ostream>
#include <utility>
#include <vector>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "model/ordered_work.hpp"
#include "notes/duplicates.hpp"
#include "notes/note_steps.hpp"
#include "notes/read_notes.hpp"
#include "notes/theme_tally.hpp"
#include "report/note_records.hpp"
#include "report/theme_tally_writer.hpp"
#include "sources/file_bytes.hpp"
#include "text/word_list.hpp"

namespace canvass::cli {

namespace {

// A record done by a worker: itself when the records are not printed, else where its printed
// form is in its batch's text (with the place of its duplicate_of value); and the key it is
// compared by for duplicates (none: never a duplicate).
struct DoneRecord {
  std::size_t id;
  NoteRecord record;
  std::size_t begin, end, duplicate_at;
  std::optional<DuplicateKey> key;
  std::string_view printed(const std::string& text) const { return std::string_view(text).substr(begin, end - begin); }
};

// A batch done: its records, and their printed forms one after another (one string a batch,
// not one a record, made on a worker and freed on the reading thread).
struct DoneBatch {
  std::vector<DoneRecord> records;
  std::string text;
};

// What the record steps are built from, once per worker.
struct StepsSource {
  const Codebook& codebook;
  const Redactor& redactor;
  std::optional<NoteRecordWriter::Format> format;  // none: the records are not printed
};

// Reads `path` and hands each record, themed, redacted (and formatted), to `each` in
// reading order with the id of the record it duplicates. The file is read and the records
// assembled on this thread; the steps (and each record's duplicate key) are worked out on
// worker threads, a few batches of records at a time, and the duplicates are looked up
// here, in order. Returns the number of records, or the error to print.
template <class Each>
Result<std::size_t> each_record(const std::string& path, const StepsSource& source, Each each) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  std::size_t n = 0;
  DuplicateTable duplicates;
  // Batches of records go to the workers and come back whole, so that the table slots of a
  // batch's records are fetched from memory together, before they are looked up one by one.
  using Batch = std::vector<NoteRecord>;
  OrderedWork<Batch, DoneBatch> work(
      worker_count(),
      [&source] {
        // each worker its own steps (NoteSteps keeps a stemmer) and duplicate keys (the last
        // section's); the codebook and the Redactor are shared and only read
        auto steps = std::make_shared<NoteSteps>(source.codebook, source.redactor);
        auto keys = std::make_shared<DuplicateKeys>();
        return [steps, keys, format = source.format](Batch& batch) {
          DoneBatch done;
          done.records.reserve(batch.size());
          for (NoteRecord& r : batch) {
            auto key = keys->key_of(r);  // of the text as written, before redaction
            (*steps)(r);
            // a printed record goes back as its text only: freed here, not on the reading thread
            if (format) {
              const std::size_t begin = done.text.size();
              const std::size_t at = NoteRecordWriter::format(r, *format, done.text);
              done.records.push_back({r.id, {}, begin, done.text.size(), at, key});
            } else {
              done.records.push_back({r.id, std::move(r), 0, 0, 0, key});
            }
          }
          batch = Batch{};
          return done;
        };
      },
      [&](DoneBatch&& done) {
        for (const DoneRecord& r : done.records)
          if (r.key) duplicates.prefetch(*r.key);
        for (DoneRecord& r : done.records) each(r, done.text, r.key ? duplicates.first_with(*r.key, r.id) : std::nullopt);
        n += done.records.size();
      },
      1);
  constexpr std::size_t kBatch = 256;
  Batch batch;
  auto doc = stream_notes(path, *bytes, [&](NoteRecord&& r) {
    batch.push_back(std::move(r));
    if (batch.size() == kBatch) work.add(std::exchange(batch, Batch{}));
  });
  if (!doc) return doc.error();
  if (!batch.empty()) work.add(std::move(batch));
  work.finish();
  if (n == 0) return Error{{path}, "no notes: the file holds only blank lines"};
  return n;
}

NoteRecordWriter::Format writer_format(const std::string& format) {
  return format == "csv" ? NoteRecordWriter::Format::csv
         : format == "md" ? NoteRecordWriter::Format::md
                          : NoteRecordWriter::Format::json;
}

int print_records(const std::string& path, const std::string& format, const Codebook& codebook,
                  const Redactor& redactor, Io io) {
  NoteRecordWriter writer(io.out, writer_format(format));
  auto n = each_record(path, StepsSource{codebook, redactor, writer_format(format)},
                       [&](const DoneRecord& r, const std::string& text, std::optional<std::size_t> duplicate_of) {
                         writer.write_formatted(r.printed(text), r.duplicate_at, duplicate_of);
                       });
  if (!n) {
    io.err << n.error().to_string() << '\n';
    return kNothingRead;
  }
  writer.finish();
  return kSuccess;
}

int print_tally(const std::vector<std::string>& paths, const std::string& format, const Codebook& codebook,
                const Redactor& redactor, Io io) {
  auto stop_words = load_tally_stop_words(data_dir());
  if (!stop_words) {
    io.err << stop_words.error().to_string() << '\n';
    return kNothingRead;
  }
  std::vector<std::string> themes;
  for (const auto& t : codebook.themes) themes.push_back(t.name);
  ThemeTallyBuilder tally(std::move(themes), std::move(*stop_words), paths.size() > 1);
  std::size_t read = 0;
  for (const auto& path : paths) {
    auto n = each_record(path, StepsSource{codebook, redactor, std::nullopt},
                         [&](DoneRecord& r, const std::string&, std::optional<std::size_t> duplicate_of) {
                           r.record.duplicate_of = duplicate_of;
                           tally.add(path, r.record);
                         });
    if (!n) io.err << n.error().to_string() << '\n';
    else ++read;
  }
  if (read == 0) return kNothingRead;
  const ThemeTally result = tally.finish();
  if (format == "csv") write_theme_tally_csv(io.out, result);
  else if (format == "json") write_theme_tally_json(io.out, result);
  else write_theme_tally_markdown(io.out, result);
  return read == paths.size() ? kSuccess : kSomeRejected;
}

int run_notes(const std::vector<std::string>& argv, Io io) {
  auto args = parse_args(argv, {{"--format", "--codebook"}, {"--tally"}, {}, "notes"});
  if (!args) {
    io.err << args.error().to_string() << '\n';
    return kUsage;
  }
  const bool tally = args->has("--tally");
  const std::string format = args->get_or("--format", tally ? "md" : "json");
  if (format != "json" && format != "md" && format != "csv") {
    io.err << "canvass notes: --format must be json, md or csv\n";
    return kUsage;
  }
  if (args->inputs.empty() || (!tally && args->inputs.size() != 1)) {
    io.err << "canvass notes: give exactly one FILE, or several with --tally (see --help)\n";
    return kUsage;
  }
  auto codebook = args->get("--codebook") ? load_codebook(*args->get("--codebook")) : load_default_codebook(data_dir());
  if (!codebook) {
    io.err << codebook.error().to_string() << '\n';
    return args->get("--codebook") ? kUsage : kNothingRead;
  }
  auto redactor = Redactor::shipped();
  if (!redactor) {
    io.err << redactor.error().to_string() << '\n';
    return kNothingRead;
  }
  if (tally) return print_tally(args->inputs, format, *codebook, *redactor, io);
  return print_records(args->inputs.front(), format, *codebook, *redactor, io);
}

}  // namespace

Command notes_command() {
  return {"notes", "focus-group table notes into note records, or their themes across tables",
          "usage: canvass notes FILE [--format json|md|csv] [--codebook FILE]\n"
          "       canvass notes FILE... --tally [--format md|csv|json] [--codebook FILE]\n"
          "  Reads table notes as written (plain text, Markdown or a Word .docx) and prints one\n"
          "  record per line or paragraph: sections, questions, labels, bullets with their\n"
          "  nesting, rounds between \"-\" lines, summary blocks; copy-paste duplicates flagged;\n"
          "  the codebook themes each record's text raises.\n"
          "  Nothing is stored (use `canvass ingest` for that). Text is kept as written, except\n"
          "  that personal data (names, e-mails, phones...) is replaced by [name], [email]...\n"
          "  --format json|md|csv  JSON array (default), Markdown table or CSV, with the fields\n"
          "                        id,kind,section,question,heading,group,depth,parent,text,line,\n"
          "                        duplicate_of,themes (CSV and Markdown: themes joined by \"; \")\n"
          "  --tally               themes across tables (each file's sections; a file without\n"
          "                        sections is one table): per theme, the tables that raised it\n"
          "                        out of all tables, its notes and up to three example note ids\n"
          "                        (FILE#ID with several files), then \"(no theme)\" for the\n"
          "                        notes no theme matched. Summaries and duplicates are not\n"
          "                        counted as notes. Columns theme,tables,of,notes,examples;\n"
          "                        Markdown (default) also lists the words that notes no theme\n"
          "                        matched share, to extend the codebook with.\n"
          "  --codebook FILE       themes and keywords (default data/codebook/default-codebook.xml)\n",
          run_notes};
}

}  // namespace canvass::cli
