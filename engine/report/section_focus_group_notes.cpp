// The focus-group notes' place in the report: the section itself is report/notes_section,
// which reads the notes from the store (nothing is written when the store holds none) and
// redacts personal data (the study's names to redact as well as the rules): a published
// report never names anyone. Themes come from the study's codebook, else the shipped one.
#include "report/notes_section.hpp"
#include "report/report_section.hpp"
#include "text/word_list.hpp"

namespace canvass {

namespace {

Status write_focus_group_notes(ReportContext& c, ReportOutput& out) {
  auto redactor = Redactor::shipped(c.options.names_to_redact);  // the study's names too
  if (!redactor) return redactor.error();
  if (c.options.codebook) return write_stored_notes(c.db, *redactor, *c.options.codebook, out.html, out.markdown);
  auto codebook = load_default_codebook(data_dir());  // as the quote bank does
  if (!codebook) return codebook.error();
  return write_stored_notes(c.db, *redactor, *codebook, out.html, out.markdown);
}

}  // namespace

ReportSection focus_group_notes_section() { return {"focus-group-notes", write_focus_group_notes}; }

}  // namespace canvass
