// Personal data out of note records before they leave canvass (`notes FILE`, the report's
// notes section, `export --table notes`): names, e-mails, phones... become "[name]",
// "[email]"..., and nothing else in the text changes.
#pragma once

#include "notes/note_record.hpp"
#include "text/redactor.hpp"

namespace canvass {

// Redacts every text field of every record (section, question, heading, text).
void redact_notes(NoteDocument& document, const Redactor& redactor);

}  // namespace canvass
