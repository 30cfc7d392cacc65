#include "notes/read_notes.hpp"

#include "notes/docx_notes.hpp"
#include "notes/text_notes.hpp"
#include "sources/file_bytes.hpp"
#include "sources/zip_archive.hpp"

namespace canvass {

Result<NoteDocument> read_notes(const std::string& path, std::string_view bytes) {
  if (looks_like_zip(bytes)) return read_docx_notes(path, bytes);
  return read_text_notes(path, bytes);
}

Result<NoteDocument> read_notes_file(const std::string& path) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  return read_notes(path, *bytes);
}

}  // namespace canvass
