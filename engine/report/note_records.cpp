#include "report/note_records.hpp"

#include <charconv>


#include "report/csv_writer.hpp"
#include "report/json_writer.hpp"
#include "report/markdown_writer.hpp"

namespace canvass {

namespace {

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

constexpr std::size_t kDuplicateField = 10;  // duplicate_of in kNoteFields

// The record's fields as text, empty for none, in kNoteFields order; duplicate_of empty
// (it is filled in as the record is written).
std::vector<std::string> fields(const NoteRecord& r) {
  auto number = [](const std::optional<std::size_t>& n) { return n ? std::to_string(*n) : std::string{}; };
  return {std::to_string(r.id), to_string(r.kind), r.section.value_or(""), r.question.value_or(""),
          r.heading.value_or(""), number(r.group), std::to_string(r.depth), number(r.parent), r.text,
          std::to_string(r.line), std::string{}, joined(r.themes)};
}

// The record as a JSON object with its fields in kNoteFields order, appended to `o`
// (JsonObject's layout, without a string per field); duplicate_of's value left out, its
// place returned (from where the record starts).
std::size_t json_of(const NoteRecord& r, std::string& o) {
  const std::size_t start = o.size();
  o.reserve(start + 160 + r.text.size() + (r.section ? r.section->size() : 0) + (r.question ? r.question->size() : 0));
  bool first = true;
  const auto name = [&](const char* field) {
    o += first ? "{\"" : ",\"";
    first = false;
    o += field;
    o += "\":";
  };
  const auto text = [&](const char* field, const std::optional<std::string>& v) {
    name(field);
    if (v) append_json_string(o, *v);
    else o += "null";
  };
  const auto integer = [&](const char* field, const std::optional<std::size_t>& v) {
    name(field);
    if (!v) {
      o += "null";
      return;
    }
    char digits[24];
    o.append(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, *v).ptr - digits));
  };
  integer("id", r.id);
  name("kind");
  append_json_string(o, to_string(r.kind));
  text("section", r.section);
  text("question", r.question);
  text("heading", r.heading);
  integer("group", r.group);
  integer("depth", r.depth);
  integer("parent", r.parent);
  text("text", r.text);
  integer("line", r.line);
  name("duplicate_of");
  const std::size_t duplicate_at = o.size() - start;
  name("themes");
  o += '[';
  for (std::size_t i = 0; i < r.themes.size(); ++i) {
    if (i) o += ',';
    append_json_string(o, r.themes[i]);
  }
  o += "]}";
  return duplicate_at;
}

}  // namespace

void NoteRecordWriter::start() {
  if (format_ == Format::csv) {
    write_csv_row(out_, std::vector<std::string>(std::begin(kNoteFields), std::end(kNoteFields)));
  } else if (format_ == Format::md) {
    out_ << '|';
    for (const char* f : kNoteFields) out_ << ' ' << f << " |";
    out_ << "\n|";
    for (std::size_t i = 0; i < std::size(kNoteFields); ++i) out_ << "---|";
    out_ << '\n';
  }
}

std::size_t NoteRecordWriter::format(const NoteRecord& r, Format format, std::string& out) {
  if (format == Format::json) return json_of(r, out);
  const std::size_t start = out.size();
  std::size_t duplicate_at = 0;
  const std::vector<std::string> values = fields(r);
  if (format == Format::md) out += '|';
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (format == Format::csv && i) out += ',';
    if (format == Format::md) out += ' ';
    if (i == kDuplicateField) duplicate_at = out.size() - start;
    out += format == Format::csv ? csv_field(values[i]) : md_cell(values[i]);
    if (format == Format::md) out += " |";
  }
  out += '\n';
  return duplicate_at;
}

void NoteRecordWriter::write(const NoteRecord& r) {
  std::string text;
  const std::size_t duplicate_at = format(r, format_, text);
  write_formatted(text, duplicate_at, r.duplicate_of);
}

void NoteRecordWriter::write_formatted(std::string_view record, std::size_t duplicate_at,
                                       std::optional<std::size_t> duplicate_of) {
  if (written_++ == 0) start();
  if (format_ == Format::json) out_ << (written_ == 1 ? "[\n  " : ",\n  ");
  out_ << record.substr(0, duplicate_at);
  if (duplicate_of) out_ << *duplicate_of;
  else if (format_ == Format::json) out_ << "null";
  out_ << record.substr(duplicate_at);
}

void NoteRecordWriter::finish() {
  if (format_ == Format::json) out_ << (written_ == 0 ? "[]\n" : "\n]\n");
  else if (written_ == 0) start();
}

namespace {

void write_all(std::ostream& out, const std::vector<NoteRecord>& records, NoteRecordWriter::Format format) {
  NoteRecordWriter w(out, format);
  for (const NoteRecord& r : records) w.write(r);
  w.finish();
}

}  // namespace

void write_note_records_json(std::ostream& out, const std::vector<NoteRecord>& records) {
  write_all(out, records, NoteRecordWriter::Format::json);
}
void write_note_records_csv(std::ostream& out, const std::vector<NoteRecord>& records) {
  write_all(out, records, NoteRecordWriter::Format::csv);
}
void write_note_records_markdown(std::ostream& out, const std::vector<NoteRecord>& records) {
  write_all(out, records, NoteRecordWriter::Format::md);
}

}  // namespace canvass
