// Instantiates the delimited-text grammar once and turns its failures into positions.
#include "csv/csv.hpp"

#include "csv/csv_def.hpp"

namespace canvass::grammar {

namespace {

// After a failed parse, reads the record again the way the grammar does to say why:
// a quoted field that never closes, or text after a closing quote.
RecordParse diagnose(const char* p, const char* last, char delimiter) {
  while (p < last) {
    if (*p == '"') {
      const char* open = p++;
      for (;;) {
        if (p >= last) return {RecordOutcome::unterminated_quote, open};
        if (*p == '"') {
          if (p + 1 < last && p[1] == '"') { p += 2; continue; }
          ++p;
          break;
        }
        ++p;
      }
      if (p < last && *p != delimiter && *p != '\n' && *p != '\r') return {RecordOutcome::text_after_quote, p};
    }
    while (p < last && *p != delimiter && *p != '\n' && *p != '\r') ++p;
    if (p < last && *p == delimiter) { ++p; continue; }
    break;
  }
  return {RecordOutcome::text_after_quote, p};  // not reached for records the grammar rejects
}

}  // namespace

RecordParse parse_record(const char*& first, const char* last, char delimiter, std::vector<CsvField>& fields) {
  fields.clear();
  const char* start = first;
  try {
    if (boost::spirit::x3::parse(first, last, csv_rules::record(delimiter), fields)) return {};
  } catch (const boost::spirit::x3::expectation_failure<const char*>&) {
    // handled below: the expectation failure only says where the grammar gave up
  }
  first = start;
  return diagnose(start, last, delimiter);
}

}  // namespace canvass::grammar
