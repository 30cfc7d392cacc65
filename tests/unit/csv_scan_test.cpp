// The fast record scanner against the X3 grammar it must equal: random texts from an
// alphabet rich in quotes, delimiters and line breaks, read whole and in pieces.
#include <gtest/gtest.h>

#include <random>

#include "csv/csv.hpp"
#include "sources/csv_scan.hpp"
#include "sources/plain_text_check.hpp"
#include "text/decode.hpp"

namespace canvass {
namespace {

struct Scanned {
  ScanOutcome outcome;
  std::vector<std::string> cells;
  std::vector<bool> quoted;
};

Scanned scan(const char*& p, const char* last, bool at_eof, char delimiter) {
  Scanned s{ScanOutcome::record, {}, {}};
  std::string cell;
  s.outcome = scan_record(p, last, at_eof, delimiter, [&](std::size_t i, const FieldView& f) {
    EXPECT_EQ(i, s.cells.size());
    if (f.escaped) unescape_quotes(f.bytes(), cell);
    else cell.assign(f.bytes());
    s.cells.push_back(cell);
    s.quoted.push_back(f.quoted);
  });
  return s;
}

std::string random_text(std::mt19937& rng, char delimiter) {
  static const std::vector<std::string> pieces = {"a", "bc", " ", "\"", "\"\"", "\r\n", "\n", "\r", "é", "Agree", "x y"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size()), len(0, 60);
  std::string text;
  const std::size_t n = len(rng);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t k = pick(rng);
    text += k == pieces.size() ? std::string(1, delimiter) : pieces[k];
  }
  return text;
}

// Walks `text` record by record with both readers; they must agree on every record's
// cells and end, and on where the text stops being readable.
void expect_same_records(const std::string& text, char delimiter) {
  const char* const last = text.data() + text.size();
  const char* g = text.data();
  const char* s = text.data();
  std::vector<grammar::CsvField> fields;
  while (g < last) {
    const auto parsed = grammar::parse_record(g, last, delimiter, fields);
    std::vector<std::string> cells;
    std::vector<bool> quoted;
    for (const auto& f : fields) {
      cells.push_back(f.text);
      quoted.push_back(f.quoted);
    }
    const Scanned scanned = scan(s, last, true, delimiter);
    if (parsed.outcome != grammar::RecordOutcome::ok) {
      EXPECT_EQ(scanned.outcome, ScanOutcome::malformed) << testing::PrintToString(text);
      return;
    }
    ASSERT_EQ(scanned.outcome, ScanOutcome::record) << testing::PrintToString(text);
    EXPECT_EQ(scanned.cells, cells) << testing::PrintToString(text);
    EXPECT_EQ(scanned.quoted, quoted) << testing::PrintToString(text);
    ASSERT_EQ(s, g) << testing::PrintToString(text);
  }
}

TEST(CsvScan, AgreesWithTheGrammarOnRandomText) {
  std::mt19937 rng(20240301);
  for (char delimiter : {',', ';', '\t', '|'})
    for (int i = 0; i < 4000; ++i) expect_same_records(random_text(rng, delimiter), delimiter);
}

TEST(CsvScan, ACutShortRecordAsksForMoreOrIsTheWholeRecord) {
  std::mt19937 rng(7);
  for (int i = 0; i < 3000; ++i) {
    const std::string text = random_text(rng, ',');
    const char* full_end = text.data();
    const Scanned whole = scan(full_end, text.data() + text.size(), true, ',');
    for (std::size_t cut = 0; cut < text.size(); ++cut) {
      const char* p = text.data();
      const Scanned part = scan(p, text.data() + cut, false, ',');
      if (part.outcome == ScanOutcome::need_more) continue;
      // Deciding before the cut must mean deciding the same as with the whole text.
      ASSERT_EQ(part.outcome, whole.outcome) << testing::PrintToString(text) << " cut " << cut;
      if (whole.outcome == ScanOutcome::record) {
        EXPECT_EQ(part.cells, whole.cells);
        EXPECT_EQ(p, full_end);
      }
    }
  }
}

TEST(CsvScan, FieldsLongerThanOneCompareBlock) {
  const std::string text = "\"" + std::string(100, 'x') + "\"\"" + std::string(40, 'y') + "\"," + std::string(70, 'z') + "\r\n";
  const char* p = text.data();
  const Scanned s = scan(p, text.data() + text.size(), true, ',');
  ASSERT_EQ(s.outcome, ScanOutcome::record);
  EXPECT_EQ(s.cells, (std::vector<std::string>{std::string(100, 'x') + "\"" + std::string(40, 'y'), std::string(70, 'z')}));
  EXPECT_EQ(p, text.data() + text.size());
}

TEST(PlainTextCheck, AgreesWithTheDecoderOnRandomBytes) {
  std::mt19937 rng(11);
  const std::vector<std::string> pieces = {"abcdefghijklmnopqrstu", "é", "—", "\xF0\x9F\x98\x80", "\xC3", "\x80",
                                           "\xED\xA0\x80", "\xC0\xAF", std::string(1, '\0'), "\xF4\x90\x80\x80"};
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), len(0, 12);
  for (int i = 0; i < 5000; ++i) {
    std::string text;
    const std::size_t n = len(rng);
    for (std::size_t k = 0; k < n; ++k) text += pieces[(k % 3 == 0) ? 0 : pick(rng)];
    const bool expected = is_valid_utf8(text) && text.find('\0') == std::string::npos;
    EXPECT_EQ(is_plain_utf8(text.data(), text.data() + text.size()), expected) << testing::PrintToString(text);
  }
}

}  // namespace
}  // namespace canvass
