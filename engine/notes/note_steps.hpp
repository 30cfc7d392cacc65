// What each note record goes through once read, for `canvass notes`: the codebook themes
// its text raises (from the text as written), then personal data redacted; the text is
// normalised and split into words once for both.
#pragma once

#include "analysis/codebook.hpp"
#include "notes/note_record.hpp"
#include "notes/note_themes.hpp"
#include "notes/redact_notes.hpp"
#include "text/redactor.hpp"

namespace canvass {

// One per thread: it keeps a stemmer and the last section, question and heading redacted.
// The codebook and the Redactor are only read, and may be shared by every thread.
class NoteSteps {
 public:
  NoteSteps(const Codebook& codebook, const Redactor& redactor)
      : redactor_(redactor), themes_(codebook), redact_(redactor) {}
  void operator()(NoteRecord& record);

 private:
  const Redactor& redactor_;
  NoteThemes themes_;
  NoteRedactor redact_;
};

}  // namespace canvass
