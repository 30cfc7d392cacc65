#include "report/note_records.hpp"

#include <sstream>

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

// The record's fields as text, empty for none, in kNoteFields order.
std::vector<std::string> fields(const NoteRecord& r) {
  auto number = [](const std::optional<std::size_t>& n) { return n ? std::to_string(*n) : std::string{}; };
  return {std::to_string(r.id), to_string(r.kind), r.section.value_or(""), r.question.value_or(""),
          r.heading.value_or(""), number(r.group), std::to_string(r.depth), number(r.parent), r.text,
          std::to_string(r.line), number(r.duplicate_of), joined(r.themes)};
}

JsonObject& optional_text(JsonObject& o, const char* name, const std::optional<std::string>& v) {
  return v ? o.text(name, *v) : o.null(name);
}

JsonObject& optional_integer(JsonObject& o, const char* name, const std::optional<std::size_t>& v) {
  return v ? o.integer(name, static_cast<long long>(*v)) : o.null(name);
}

JsonObject json_of(const NoteRecord& r) {
  JsonObject o;
  o.integer("id", static_cast<long long>(r.id)).text("kind", to_string(r.kind));
  optional_text(o, "section", r.section);
  optional_text(o, "question", r.question);
  optional_text(o, "heading", r.heading);
  optional_integer(o, "group", r.group);
  o.integer("depth", static_cast<long long>(r.depth));
  optional_integer(o, "parent", r.parent);
  o.text("text", r.text).integer("line", static_cast<long long>(r.line));
  optional_integer(o, "duplicate_of", r.duplicate_of);
  std::string themes = "[";
  for (std::size_t i = 0; i < r.themes.size(); ++i) themes += (i ? "," : "") + json_string(r.themes[i]);
  o.raw("themes", themes + "]");
  return o;
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

std::string NoteRecordWriter::format(const NoteRecord& r, Format format) {
  switch (format) {
    case Format::json: return json_of(r).str();
    case Format::csv: {
      std::ostringstream row;
      write_csv_row(row, fields(r));
      return row.str();
    }
    case Format::md: break;
  }
  std::string row = "|";
  for (const auto& f : fields(r)) row += ' ' + md_cell(f) + " |";
  return row + '\n';
}

void NoteRecordWriter::write(const NoteRecord& r) { write_formatted(format(r, format_)); }

void NoteRecordWriter::write_formatted(std::string_view record) {
  if (written_++ == 0) start();
  if (format_ == Format::json) out_ << (written_ == 1 ? "[\n  " : ",\n  ");
  out_ << record;
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
