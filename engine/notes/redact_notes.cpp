#include "notes/redact_notes.hpp"

namespace canvass {

namespace {

void redact_field(std::string& text, const Redactor& redactor) {
  Redaction r = redactor.redact(text);
  if (r.changed()) text = std::move(r.text);
}

void redact_field(std::optional<std::string>& text, const Redactor& redactor) {
  if (text) redact_field(*text, redactor);
}

}  // namespace

void redact_notes(NoteDocument& document, const Redactor& redactor) {
  for (auto& r : document.records) {
    redact_field(r.section, redactor);
    redact_field(r.question, redactor);
    redact_field(r.heading, redactor);
    redact_field(r.text, redactor);
  }
}

}  // namespace canvass
