// Reads table notes from a Word document: paragraphs (headings, Title, list levels, bold
// runs, line breaks) and tables (header row over the cells) become the assembler's lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "notes/note_record.hpp"
#include "notes/note_source.hpp"
#include "sources/docx_reader.hpp"

namespace canvass {

// One line per paragraph, or per piece of a paragraph between line breaks (same number).
std::vector<NoteSourceLine> docx_note_lines(const std::vector<DocxParagraph>& paragraphs);

// The records, duplicates not yet marked.
Result<NoteDocument> read_docx_notes(const std::string& path, std::string_view bytes);

}  // namespace canvass
