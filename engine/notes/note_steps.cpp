#include "notes/note_steps.hpp"

namespace canvass {

void NoteSteps::operator()(NoteRecord& r) {
  if (r.text.size() > NoteRedactor::kPiece) {  // matched and redacted a piece at a time
    r.themes = themes_.of(r.text);
    redact_.redact(r);
    return;
  }
  const PreparedText text = redactor_.prepare(r.text);
  r.themes = themes_.of(r.text, text);
  redact_.redact(r, text);
}

}  // namespace canvass
