// The focus-group notes' place in the report: the section itself is report/notes_section,
// which reads the notes from the store (nothing is written when the store holds none) and
// redacts personal data (the study's names to redact as well as the rules): a published
// report never names anyone.
#include "report/notes_section.hpp"
#include "report/report_section.hpp"

namespace canvass {

namespace {

Status write_focus_group_notes(ReportContext& c, ReportOutput& out) {
  auto redactor = Redactor::shipped(c.options.names_to_redact);  // the study's names too
  if (!redactor) return redactor.error();
  return write_stored_notes(c.db, *redactor, out.html, out.markdown);
}

}  // namespace

ReportSection focus_group_notes_section() { return {"focus-group-notes", write_focus_group_notes}; }

}  // namespace canvass
