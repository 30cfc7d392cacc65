#include "notes/note_record.hpp"

namespace canvass {

const char* to_string(NoteKind kind) {
  switch (kind) {
    case NoteKind::title: return "title";
    case NoteKind::heading: return "heading";
    case NoteKind::question: return "question";
    case NoteKind::note: return "note";
    case NoteKind::summary: return "summary";
    case NoteKind::text: return "text";
  }
  return "text";
}

}  // namespace canvass
