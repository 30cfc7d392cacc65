// Triple-S data streamed (read_triple_s_file) against the whole-file path (read_triple_s):
// generated surveys larger than a read block, in fixed and csv format, give the same
// tallies (dist) and the same store (ingest); a malformed line stops the streamed reading
// with the data file's line; data that is not plain UTF-8 is left to the whole-file path.
#include <gtest/gtest.h>

#include <random>

#include "analysis/streamed_counts.hpp"
#include "ingest/ingest_file.hpp"
#include "ingest/load_survey.hpp"
#include "ingest/streamed_coded.hpp"
#include "general_path.hpp"
#include "sources/triple_s_reader.hpp"
#include "store/schema.hpp"
#include "store_dump.hpp"
#include "tally_text.hpp"
#include "test_support.hpp"

using namespace canvass;
using canvass::testing::render;
using canvass::testing::TempDir;

namespace {

std::optional<std::vector<ItemTally>> general_tallies(const std::string& path) {
  return canvass::testing::general_tallies({path});
}

std::string stored(const std::string& db_path, const std::string& file, bool stream) {
  return canvass::testing::ingested_store(db_path, file, stream,
                                          "SELECT q.text || '|' || c.text || '|' || r.line FROM comment c JOIN question q "
                                          "ON q.id = c.question_id JOIN respondent r ON r.id = c.respondent_id "
                                          "ORDER BY c.respondent_id, q.position");
}

const char* kAgree =
    "<values><value code=\"1\">Strongly disagree</value><value code=\"2\">Disagree</value>"
    "<value code=\"3\">Neither agree nor disagree</value><value code=\"4\">Agree</value>"
    "<value code=\"5\">Strongly agree</value><value code=\"9\">Don't know</value></values>";

// One variable; `start`-`finish` are columns (fixed) or fields (csv).
std::string variable(int ident, const std::string& type, const std::string& name, const std::string& label,
                     int start, int finish, const std::string& inner = "", const std::string& use = "") {
  return "<variable ident=\"" + std::to_string(ident) + "\" type=\"" + type + "\"" +
         (use.empty() ? "" : " use=\"" + use + "\"") + "><name>" + name + "</name><label>" + label +
         "</label><position start=\"" + std::to_string(start) + "\" finish=\"" + std::to_string(finish) + "\"/>" + inner +
         "</variable>\n";
}

struct Generated {
  std::string sss, data;
};

// A survey with a serial, a Likert grid of three statements (codes written "4", "04" or
// left blank, a "Don't know" 9, an unlabelled 7), a role, a multiple as a bitstring, a
// comment with accented letters (csv: commas, quotes and line breaks too) and the date it
// was completed.
Generated survey(bool csv, std::uint32_t seed, std::size_t rows, bool crlf = false) {
  std::mt19937 rng(seed);
  const std::vector<std::string> words = {"fine", "caf\xC3\xA9 was cold", "na\xC3\xAFve", "good", "too long"};
  std::string vars;
  // Fixed columns: id 1-6, grid 7-8 9-10 11-12, role 13, channels 14-16, comment 17-36, date 37-44.
  const bool f = !csv;
  vars += variable(1, "character", "id", "Respondent", f ? 1 : 1, f ? 6 : 1, "", "serial");
  vars += variable(2, "single", "q1_1", "Agreement - I enjoyed it", f ? 7 : 2, f ? 8 : 2, kAgree);
  vars += variable(3, "single", "q1_2", "Agreement - I learned something", f ? 9 : 3, f ? 10 : 3, kAgree);
  vars += variable(4, "single", "q1_3", "Agreement - I would come again", f ? 11 : 4, f ? 12 : 4, kAgree);
  vars += variable(5, "single", "role", "Role", f ? 13 : 5, f ? 13 : 5,
                   "<values><value code=\"1\">Teacher</value><value code=\"2\">Leader</value></values>");
  vars += variable(6, "multiple", "heard", "How did you hear of it?", f ? 14 : 6, f ? 16 : 6,
                   "<values><value code=\"1\">E-mail</value><value code=\"2\">Colleague</value>"
                   "<value code=\"3\">Website</value></values>");
  vars += variable(7, "character", "why", "Any comments?", f ? 17 : 7, f ? 36 : 7);
  vars += variable(8, "date", "EndDate", "Completed", f ? 37 : 8, f ? 44 : 8);
  Generated g;
  g.sss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sss version=\"2.0\">\n<survey><name>t</name>\n<record ident=\"A\"" +
          std::string(csv ? " format=\"csv\" skip=\"1\"" : "") + ">\n" + vars + "</record></survey></sss>\n";
  const std::string eol = crlf ? "\r\n" : "\n";
  if (csv) g.data = "id,q1_1,q1_2,q1_3,role,heard,why,EndDate" + eol;
  auto pad = [](std::string s, std::size_t w) {
    std::size_t chars = 0;
    for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
    return s + std::string(w > chars ? w - chars : 0, ' ');
  };
  for (std::size_t r = 0; r < rows; ++r) {
    std::vector<std::string> cells;
    cells.push_back("R" + std::to_string(10000 + r));
    for (int k = 0; k < 3; ++k) {
      const unsigned x = rng() % 14;
      cells.push_back(x == 0 ? "" : x == 1 ? "9" : x == 2 ? "7" : x == 3 ? "0" + std::to_string(1 + rng() % 5)
                                                                          : std::to_string(1 + x % 5));
    }
    cells.push_back(rng() % 7 ? std::to_string(1 + rng() % 2) : "");
    std::string bits;
    for (int k = 0; k < 3; ++k) bits += rng() % 2 ? '1' : '0';
    cells.push_back(bits);
    std::string comment = rng() % 3 ? "" : words[rng() % words.size()];
    if (csv && !comment.empty() && rng() % 4 == 0) comment += ", \"really\"\nsecond line";
    cells.push_back(comment);
    cells.push_back("202405" + std::to_string(10 + rng() % 18));
    if (csv) {
      std::string line;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        std::string cell = cells[c];
        if (cell.find_first_of(",\"\n") != std::string::npos) {
          std::string q = "\"";
          for (char ch : cell) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
          cell = q + "\"";
        }
        line += (c ? "," : "") + cell;
      }
      g.data += line + eol;
    } else {
      g.data += pad(cells[0], 6) + pad(cells[1], 2) + pad(cells[2], 2) + pad(cells[3], 2) + pad(cells[4], 1) + cells[5] +
                pad(cells[6], 20) + cells[7] + eol;
    }
  }
  return g;
}

std::string write(TempDir& tmp, const std::string& stem, const Generated& g, bool csv) {
  tmp.write(stem + (csv ? ".csv" : ".asc"), g.data);
  return tmp.write(stem + ".sss", g.sss);
}

}  // namespace

TEST(StreamedTripleS, SameTalliesAsTheWholeFile) {
  TempDir tmp;
  for (bool csv : {false, true}) {
    const Generated g = survey(csv, 5, 40000, csv);  // past one 1 MiB block, CRLF for csv
    ASSERT_GT(g.data.size(), std::size_t{1} << 20);
    const std::string path = write(tmp, csv ? "c" : "f", g, csv);
    auto general = general_tallies(path);
    ASSERT_TRUE(general) << (csv ? "csv" : "fixed");
    auto streamed = stream_tallies({path}, ScaleVocabulary::builtin()).tallies;
    ASSERT_TRUE(streamed) << (csv ? "csv" : "fixed");
    EXPECT_EQ(render(*streamed), render(*general)) << (csv ? "csv" : "fixed");
    EXPECT_NE(render(*streamed).find("Don't know"), std::string::npos);
  }
}

TEST(StreamedTripleS, IngestStoresWhatTheWholeFileStores) {
  TempDir tmp;
  for (bool csv : {false, true}) {
    const std::string stem = csv ? "c" : "f";
    const std::string path = write(tmp, stem, survey(csv, 17, 3000), csv);
    auto source = StreamedCodedExport::open(path, *file_state(path), ScaleVocabulary::builtin());
    ASSERT_TRUE(source) << stem;
    EXPECT_EQ(source->container(), "triple-s");
    EXPECT_EQ(stored(tmp.file(stem + "s.db"), path, true), stored(tmp.file(stem + "g.db"), path, false)) << stem;
  }
}

TEST(StreamedTripleS, AMalformedLineStopsTheStreamWithItsFileAndLine) {
  TempDir tmp;
  Generated g = survey(false, 9, 30000);
  const std::size_t line_1234 = [&] {
    std::size_t at = 0;
    for (int k = 1; k < 1234; ++k) at = g.data.find('\n', at) + 1;
    return at;
  }();
  g.data.replace(line_1234, g.data.find('\n', line_1234) - line_1234, "R11233 4");  // too short
  const std::string path = write(tmp, "bad", g, false);
  CodedCases cases;
  auto read = read_triple_s_file(path, cases);
  ASSERT_FALSE(read);
  const std::string message = read.error().to_string();
  EXPECT_NE(message.find(tmp.file("bad.asc") + ":1234:9"), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  EXPECT_NE(message.find("data line too short"), std::string::npos) << message;
  // dist and ingest take the whole-file path, which keeps the line as a reject and reads on.
  EXPECT_FALSE(stream_tallies({path}, ScaleVocabulary::builtin()).tallies);
  auto whole = load_survey_file(path, ScaleVocabulary::builtin());
  ASSERT_TRUE(whole);
  ASSERT_EQ(whole->survey.rejects.size(), 1u);
  EXPECT_EQ(whole->survey.rejects[0].where.line, 1234u);
  EXPECT_EQ(whole->survey.respondents.size(), 29999u);
}

TEST(StreamedTripleS, DataThatIsNotPlainUtf8IsReadWhole) {
  TempDir tmp;
  Generated g = survey(false, 21, 200);
  // Windows-1252 throughout: one byte for each accented letter, still one character.
  for (auto [utf8, cp1252] : {std::pair<std::string, std::string>{"\xC3\xA9", "\xE9"}, {"\xC3\xAF", "\xEF"}})
    for (auto at = g.data.find(utf8); at != std::string::npos; at = g.data.find(utf8, at)) g.data.replace(at, 2, cp1252);
  const std::string path = write(tmp, "w", g, false);
  CodedCases cases;
  EXPECT_FALSE(read_triple_s_file(path, cases));
  EXPECT_EQ(stored(tmp.file("s.db"), path, true), stored(tmp.file("g.db"), path, false));
  EXPECT_NE(stored(tmp.file("s2.db"), path, true).find("caf\xC3\xA9"), std::string::npos);
}

TEST(StreamedTripleS, ACsvRecordWithTooFewFieldsStopsTheStreamWithItsLine) {
  TempDir tmp;
  Generated g = survey(true, 13, 20000);
  g.data += "R99999,4,4\n";  // the last record: three fields of eight
  const std::size_t last_line = static_cast<std::size_t>(std::count(g.data.begin(), g.data.end(), '\n'));
  const std::string path = write(tmp, "short", g, true);
  CodedCases cases;
  auto read = read_triple_s_file(path, cases);
  ASSERT_FALSE(read);
  const std::string message = read.error().to_string();
  EXPECT_NE(message.find(tmp.file("short.csv") + ":" + std::to_string(last_line)), std::string::npos) << message;
  EXPECT_NE(message.find("the record has 3 fields"), std::string::npos) << message;
  EXPECT_EQ(message.find('\n'), std::string::npos) << message;
}
