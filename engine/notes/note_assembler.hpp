// Turns classified lines of table notes into note records: keeps the section, question,
// round, label and bullet nesting in force as it walks, and flags copy-paste duplicates.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "notes/note_record.hpp"
#include "notes/note_source.hpp"

namespace canvass {

using NoteRecordSink = std::function<void(NoteRecord&&)>;

// Streams: lines in, records out in order as soon as they are complete, so memory holds a
// line and a record at a time (plus one hash per record for duplicates), never the file.
// Every non-blank line ends up in some record (continuation lines in their bullet's). A
// record whose folded text (case, spaces, quotes, dashes) an earlier record of the same
// section already has gets `duplicate_of`; separator lines are never duplicates.
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

// All the records of `lines` at once.
std::vector<NoteRecord> assemble_notes(const std::vector<NoteSourceLine>& lines);

}  // namespace canvass
