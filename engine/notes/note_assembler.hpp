// Turns classified lines of table notes into note records: keeps the section, question,
// round, label and bullet nesting in force as it walks. Duplicates are flagged after
// (notes/duplicates.hpp).
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "notes/note_record.hpp"
#include "notes/note_source.hpp"

namespace canvass {

using NoteRecordSink = std::function<void(NoteRecord&&)>;

// Streams: lines in, records out in order as soon as they are complete, so memory holds a
// line and a record at a time, never the file. Every non-blank line ends up in some record
// (continuation lines in their bullet's). `duplicate_of` is left unset: the records'
// receiver marks them (DuplicateMarker, or its two halves on different threads).
class NoteAssembler {
 public:
  explicit NoteAssembler(NoteRecordSink sink);
  ~NoteAssembler();
  void push(NoteSourceLine line);
  void finish();  // hands on the last records

 private:
  class Walk;
  std::unique_ptr<Walk> walk_;
};

// All the records of `lines` at once (duplicates not yet marked).
std::vector<NoteRecord> assemble_notes(const std::vector<NoteSourceLine>& lines);

}  // namespace canvass
