#include "report/note_records.hpp"

#include "report/csv_writer.hpp"
#include "report/json_writer.hpp"

namespace canvass {

namespace {

// The record's fields as text, empty for none, in kNoteFields order.
std::vector<std::string> fields(const NoteRecord& r) {
  auto number = [](const std::optional<std::size_t>& n) { return n ? std::to_string(*n) : std::string{}; };
  return {std::to_string(r.id), to_string(r.kind), r.section.value_or(""), r.question.value_or(""),
          r.heading.value_or(""), number(r.group), std::to_string(r.depth), number(r.parent), r.text,
          std::to_string(r.line), number(r.duplicate_of)};
}

JsonObject& optional_text(JsonObject& o, const char* name, const std::optional<std::string>& v) {
  return v ? o.text(name, *v) : o.null(name);
}

JsonObject& optional_integer(JsonObject& o, const char* name, const std::optional<std::size_t>& v) {
  return v ? o.integer(name, static_cast<long long>(*v)) : o.null(name);
}

// A Markdown table cell: pipes escaped, line breaks shown as <br>.
std::string cell(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += "<br>";
    else if (c != '\r') out += c;
  }
  return out;
}

}  // namespace

void write_note_records_json(std::ostream& out, const std::vector<NoteRecord>& records) {
  std::vector<JsonObject> objects;
  objects.reserve(records.size());
  for (const NoteRecord& r : records) {
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
    objects.push_back(std::move(o));
  }
  write_json_array(out, objects);
}

void write_note_records_csv(std::ostream& out, const std::vector<NoteRecord>& records) {
  write_csv_row(out, std::vector<std::string>(std::begin(kNoteFields), std::end(kNoteFields)));
  for (const NoteRecord& r : records) write_csv_row(out, fields(r));
}

void write_note_records_markdown(std::ostream& out, const std::vector<NoteRecord>& records) {
  out << '|';
  for (const char* f : kNoteFields) out << ' ' << f << " |";
  out << "\n|";
  for (std::size_t i = 0; i < std::size(kNoteFields); ++i) out << "---|";
  out << '\n';
  for (const NoteRecord& r : records) {
    out << '|';
    for (const auto& f : fields(r)) out << ' ' << cell(f) << " |";
    out << '\n';
  }
}

}  // namespace canvass
