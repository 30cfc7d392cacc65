#include "notes/read_notes.hpp"

#include "notes/docx_notes.hpp"
#include "notes/duplicates.hpp"
#include "notes/text_notes.hpp"
#include "sources/file_bytes.hpp"
#include "sources/zip_archive.hpp"

namespace canvass {

Result<NoteDocument> stream_notes(const std::string& path, std::string_view bytes, const NoteRecordSink& sink) {
  if (!looks_like_zip(bytes)) return stream_text_notes(path, bytes, sink);
  auto doc = read_docx_notes(path, bytes);  // a Word document's text is small beside its file
  if (!doc) return doc.error();
  for (auto& r : doc->records) sink(std::move(r));
  doc->records.clear();
  return doc;
}

Result<NoteDocument> read_notes(const std::string& path, std::string_view bytes) {
  std::vector<NoteRecord> records;
  DuplicateMarker duplicates;
  auto doc = stream_notes(path, bytes, [&](NoteRecord&& r) {
    duplicates.mark(r);
    records.push_back(std::move(r));
  });
  if (doc) doc->records = std::move(records);
  return doc;
}

Result<NoteDocument> read_notes_file(const std::string& path) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  return read_notes(path, *bytes);
}

}  // namespace canvass
