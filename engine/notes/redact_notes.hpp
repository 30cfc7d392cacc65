// Personal data out of note records before they leave canvass (`notes FILE`, the report's
// notes section, `export --table notes`): names, e-mails, phones... become "[name]",
// "[email]"..., and nothing else in the text changes.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "notes/note_record.hpp"
#include "text/redactor.hpp"

namespace canvass {

// Redacts every text field of record after record (section, question, heading, text). The
// section, question and heading repeat over many records (labels come back round after
// round), so the last few of each are remembered. A text longer than a few kilobytes is redacted a piece at a time, cut at line
// or sentence ends (else between words), so a huge pasted line costs the memory of a piece.
class NoteRedactor {
 public:
  explicit NoteRedactor(const Redactor& redactor) : redactor_(redactor) {}
  void redact(NoteRecord& record);
  // The same with the record's text already prepared (Redactor::prepare), when it is no
  // longer than a piece.
  void redact(NoteRecord& record, const PreparedText& text);

  static constexpr std::size_t kPiece = 16 * 1024;

 private:
  static constexpr std::size_t kRemembered = 8;
  using Remembered = std::vector<std::pair<std::string, std::string>>;  // (as written, redacted), latest first
  void redact_repeated(std::optional<std::string>& field, Remembered& last);
  const Redactor& redactor_;
  Remembered section_, question_, heading_;
};

// Every record of the document.
void redact_notes(NoteDocument& document, const Redactor& redactor);

}  // namespace canvass
