// The focus-group notes' place in the report: the section itself is report/notes_section,
// which reads the notes from the store (nothing is written when the store holds none).
// Notes are what facilitators wrote down, names included, so they are redacted before they
// are written: each note as the quote bank redacts quotes (the study's names and every
// rule); the headings that structure the notes (sections, questions, labels: "Table 1 -
// North Locality") by the study's names and the rules that need no first-name list, since
// a place or team name there reads like a first name and surname.
#include "report/notes_section.hpp"
#include "report/report_section.hpp"
#include "store/stored_notes.hpp"
#include "text/redactor.hpp"
#include "text/word_list.hpp"

namespace canvass {

namespace {

void redact_in_place(const Redactor& redactor, std::string& text) { text = redactor.redact(text).text; }

void redact_in_place(const Redactor& redactor, std::optional<std::string>& text) {
  if (text) redact_in_place(redactor, *text);
}

Status write_focus_group_notes(ReportContext& c, ReportOutput& out) {
  auto docs = read_stored_notes(c.db);
  if (!docs) return docs.error();
  if (docs->empty()) return Ok{};
  auto names = NameLists::load(data_dir() + "/names");
  if (!names) return names.error();
  const Redactor notes(std::move(names).value(), c.options.names_to_redact);
  const Redactor headings(NameLists{}, c.options.names_to_redact);
  for (auto& doc : *docs)
    for (auto& r : doc.records) {
      const bool heading = r.kind == NoteKind::title || r.kind == NoteKind::heading || r.kind == NoteKind::question;
      redact_in_place(heading ? headings : notes, r.text);
      redact_in_place(headings, r.section);
      redact_in_place(headings, r.question);
      redact_in_place(headings, r.heading);
    }
  write_notes_html(out.html, *docs);
  write_notes_markdown(out.markdown, *docs);
  return Ok{};
}

}  // namespace

ReportSection focus_group_notes_section() { return {"focus-group-notes", write_focus_group_notes}; }

}  // namespace canvass
