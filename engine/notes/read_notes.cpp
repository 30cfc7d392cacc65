#include "notes/read_notes.hpp"

#include "notes/text_notes.hpp"
#include "sources/file_bytes.hpp"

namespace canvass {

bool looks_like_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

Result<NoteDocument> read_notes(const std::string& path, std::string_view bytes) {
  if (looks_like_zip(bytes)) return Error{{path}, "not a text file: a ZIP container (Word notes are not readable yet)"};
  return read_text_notes(path, bytes);
}

Result<NoteDocument> read_notes_file(const std::string& path) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  return read_notes(path, *bytes);
}

}  // namespace canvass
