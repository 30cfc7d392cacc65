// The bad-input catalogue: files people actually send, broken or hostile, each through the
// `canvass` program against a store that already holds good data. Every case must give a
// one-line error naming the file, a non-zero exit (1 or 3, never a crash), and a store
// that passes its integrity check with the earlier data exactly as it was.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <random>

#include "store_dump.hpp"
#include "test_support.hpp"
#include "sources/zip_archive.hpp"
#include "text/printable.hpp"
#include "xlsx_builder.hpp"
#include "zip_builder.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

const std::string kGood =
    "Timestamp,Role,Agree? [A],Agree? [B]\n"
    "t1,Staff,Agree,Strongly agree\n"
    "t2,Pupil,Disagree,Agree\n";

const std::string kHeader = "Timestamp,Role,Agree? [A],Agree? [B]\n";

std::string random_bytes(std::size_t n, unsigned seed) {
  std::mt19937 gen(seed);
  std::string s(n, '\0');
  for (auto& c : s) c = static_cast<char>(gen() & 0xFF);
  return s;
}

std::string zip(const std::vector<std::pair<std::string, std::string>>& parts,
                testing::ZipMethod method = testing::ZipMethod::deflated) {
  testing::ZipBuilder z;
  for (const auto& [name, content] : parts) z.add(name, content, method);
  return z.finish();
}

const std::string kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";

// A real workbook (a header and one answer, as shared strings) with one part replaced, so
// the hostile content sits exactly where a reader will parse it.
std::string workbook_with_part(const std::string& part, const std::string& content) {
  testing::XlsxBuilder b;
  testing::XlsxRow header{1, {}}, answer{2, {}};
  header.cells[0] = testing::XlsxCell::str("Role");
  header.cells[1] = testing::XlsxCell::str("How far do you agree?");
  answer.cells[0] = testing::XlsxCell::str("Staff");
  answer.cells[1] = testing::XlsxCell::str("Agree");
  b.add_sheet("Sheet1", {header, answer});
  const std::string bytes = b.bytes();
  auto archive = ZipArchive::open("book.xlsx", bytes);
  if (!archive) return {};
  testing::ZipBuilder z;
  const auto entries = archive->entries();
  for (const auto& e : entries) z.add(e.name, e.name == part ? content : archive->read(e.name).value());
  return z.finish();
}

std::string xlsx_with_shared_strings(const std::string& shared_strings) {
  return workbook_with_part("xl/sharedStrings.xml", shared_strings);
}

const std::string kBillionLaughs =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
    "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
    "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
    "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
    "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
    "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
    "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
    "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
    "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>\n";

const std::string kExternalEntity =
    "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n";

// How a case is run: the bad file given to `ingest`, given as the store, as a study, or
// its name given to `ingest --db` as it is (":memory:", a URI, a device).
enum class Via { ingest, store, study, db_name };

// A Triple-S definition whose record's data file is `href`.
std::string triple_s_with_href(const std::string& href) {
  return "<?xml version='1.0'?>\n<sss version='2.0'><survey><name>x</name><record ident='A' href='" + href +
         "'><variable ident='1' type='character'><name>c</name><label>Comment</label>"
         "<position start='1' finish='20'/></variable></record></survey></sss>\n";
}

struct Case {
  const char* name;
  const char* file;  // written into the temporary folder
  std::function<std::string()> bytes;
  const char* says;  // part of the one-line error
  Via via = Via::ingest;
  int exit_code = 3;  // 3 nothing read; 1 the file was read with some rows rejected
};

const std::vector<Case>& catalogue() {
  static const std::vector<Case> cases = {
      // Text and encodings
      {"empty file", "empty.csv", [] { return std::string(); }, "the file is empty"},
      {"byte-order mark only", "bom.csv", [] { return std::string("\xEF\xBB\xBF"); }, "no header row"},
      {"header only", "header.csv", [] { return kHeader; }, "no data rows"},
      {"header and blank lines", "blank.csv", [] { return kHeader + "\n\n,,,\n\n"; }, "no data rows"},
      {"only line breaks", "newlines.csv", [] { return std::string("\n\n\r\n\n"); }, "no data rows"},
      {"NUL byte in a field", "nul.csv", [] { return kHeader + std::string("t1,St\0aff,Agree,Agree\n", 22); },
       "NUL byte"},
      {"invalid UTF-8 after UTF-8 text", "mixed.csv",
       [] { return kHeader + "t1,Caf\xC3\xA9,Agree,Agree\nt2,Staff\x92s,Agree,Agree\n"; }, ":3:9: invalid UTF-8"},
      {"invalid UTF-8 behind a UTF-8 mark", "bom-bad.csv", [] { return "\xEF\xBB\xBF" + kHeader + "t1,\xC3\x28,A,B\n"; },
       "not valid UTF-8"},
      {"UTF-16 cut in half a character", "utf16.csv", [] { return std::string("\xFF\xFET\0i\0m\0\x00\xD8", 10); },
       "not valid utf-16le"},
      {"binary garbage", "garbage.csv", [] { return random_bytes(4096, 7); }, ""},
      {"an executable renamed .csv", "program.csv",
       [] { return std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + random_bytes(512, 3); }, "NUL byte"},
      {"a PNG renamed .csv", "picture.csv",
       [] { return std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + random_bytes(256, 5); }, "NUL byte"},
      // CSV structure
      {"unterminated quote", "open-quote.csv", [] { return kHeader + "t1,\"Staff,Agree,Agree\nt2,Pupil,Agree,Agree\n"; },
       ":2:4: unterminated quoted field"},
      {"unterminated quote after good rows", "late-quote.csv",
       [] { return kGood + "t3,\"Pupil,Agree,Agree\n"; }, ":4:4: rejected: unterminated quoted field", Via::ingest, 1},
      // A row short only by trailing empty fields is read (as R, pandas and spreadsheets read it).
      {"short row with extra fields", "short.csv", [] { return kGood + "t3,Pupil,Agree,Agree,,Agree\n"; },
       ":4: rejected: expected 4 columns, found 6", Via::ingest, 1},
      {"long row", "long.csv", [] { return kGood + "t3,Pupil,Agree,Agree,Agree\n"; },
       ":4: rejected: expected 4 columns, found 5", Via::ingest, 1},
      {"every row ragged", "ragged.csv", [] { return kHeader + "t1,a,b,c,d\nt2,b,c,d,e,f\n"; }, "expected 4 columns"},
      {"text after a closing quote", "after-quote.csv", [] { return kGood + "t3,\"Pupil\"x,Agree,Agree\n"; },
       ":4:11: rejected: text after a closing quote", Via::ingest, 1},
      {"duplicate headers", "duplicate.csv", [] { return std::string("Timestamp,Role,Role\nt1,Staff,Pupil\n"); },
       "duplicate column header: columns 2 and 3"},
      {"one line of 17 MiB with no line break", "no-newline.csv", [] { return std::string(17u << 20, 'x'); },
       ":1:1: no header row could be read: field is larger than the limit of 16 MiB"},
      {"more columns than Excel allows", "wide.csv",
       [] {
         std::string header, row;
         for (int c = 0; c < 16385; ++c) header += (c ? ",c" : "c") + std::to_string(c), row += c ? ",a" : "a";
         return header + "\n" + row + "\n";
       },
       ":1: no header row could be read: record has 16385 columns, more than the limit of 16384"},
      {"a notes line of 2 MiB", "notes.txt", [] { return "Notes\n" + std::string(2u << 20, 'w') + "\n"; },
       ":2: line is longer than the limit of 1 MiB"},
      {"huge field", "huge-field.csv", [] { return kGood + "t3,\"" + std::string(17u << 20, 'x') + "\",Agree,Agree\n"; },
       ":4:4: rejected: field is larger than the limit of 16 MiB", Via::ingest, 1},
      {"a folder given as a file", "folder.csv", [] { return std::string("<folder>"); }, "is a folder"},
      {"a file that is not there", "missing.csv", [] { return std::string("<missing>"); }, "cannot open"},
      {"a name with terminal escapes, not there", "gone\x1B[2J\x07.csv", [] { return std::string("<missing>"); },
       "cannot open"},
      // Containers and XML inside them
      {"fake XLSX", "fake.xlsx", [] { return std::string("PK\x03\x04") + random_bytes(2000, 11); }, "ZIP"},
      {"truncated XLSX", "truncated.xlsx",
       [] {
         const std::string z = xlsx_with_shared_strings(
             "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>Role</t></si></sst>");
         return z.substr(0, z.size() / 2);
       },
       "truncated"},
      {"zip bomb", "bomb.xlsx", [] { return xlsx_with_shared_strings("<sst>" + std::string(24u << 20, ' ') + "</sst>"); },
       "xl/sharedStrings.xml"},
      {"billion laughs in an XLSX part", "laughs.xlsx",
       [] { return xlsx_with_shared_strings(kBillionLaughs + "<sst>&lol9;</sst>"); }, "DOCTYPE"},
      {"external entity in an XLSX part", "xxe.xlsx",
       [] { return xlsx_with_shared_strings(kExternalEntity + "<sst><si><t>&secret;</t></si></sst>"); }, "DOCTYPE"},
      {"a workbook whose sheet is not XML", "sheet.xlsx",
       [] { return workbook_with_part("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>"); },
       "xl/worksheets/sheet1.xml"},
      {"password-protected Office file", "protected.xlsx",
       [] { return std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + random_bytes(4000, 13); }, ""},
      {"an empty Word document", "notes.docx",
       [] { return zip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", "<document/>"}}); }, "no notes"},
      // SPSS and Triple-S
      {"truncated .sav", "cut.sav",
       [] { return testing::read_text(testing::sample("platforms/spss.sav")).substr(0, 300); },
       "not a readable SPSS .sav file"},
      {"a .sav that is only its magic", "magic.sav", [] { return std::string("$FL2"); }, "not a readable SPSS .sav"},
      {"external entity in Triple-S", "xxe.sss",
       [] {
         return std::string("<?xml version='1.0'?>\n<!DOCTYPE sss [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
                            "<sss version='2.0'><survey><name>&x;</name></survey></sss>");
       },
       ":3:37: refused to read an external resource"},
      {"billion laughs in Triple-S", "laughs.sss",
       [] {
         return std::string("<?xml version='1.0'?>\n<!DOCTYPE sss [<!ENTITY a 'aaaaaaaaaa'>"
                            "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>"
                            "<!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'><!ENTITY e '&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;'>]>\n"
                            "<sss version='2.0'><survey><name>&e;</name></survey></sss>");
       },
       "entity expansions"},
      {"Triple-S data named by an absolute path", "passwd.sss", [] { return triple_s_with_href("/etc/passwd"); },
       "refused the data file href=\"/etc/passwd\""},
      {"Triple-S data named outside its folder", "climb.sss", [] { return triple_s_with_href("../../../etc/passwd"); },
       "refused the data file href=\"../../../etc/passwd\""},
      {"Triple-S data that is a device", "zero.sss", [] { return triple_s_with_href("/dev/zero"); },
       "refused the data file href=\"/dev/zero\""},
      {"Triple-S without its data file", "lonely.sss",
       [] { return testing::read_text(testing::sample("platforms/triple-s.sss")); }, "the data file is missing"},
      // The store
      {"a text file given as the store", "notes.txt", [] { return std::string("minutes of the meeting\n"); },
       "not a canvass store", Via::store},
      {"another program's database as the store", "other.db", [] { return std::string("<sqlite>"); },
       "not a canvass store", Via::store},
      {"a damaged store", "damaged.db", [] { return std::string("<damaged>"); }, "damaged", Via::store},
      {"a read-only store", "readonly.db", [] { return std::string("<readonly>"); }, "read-only", Via::store},
      {"a folder as the store", "store-folder", [] { return std::string("<folder>"); }, "cannot open the store",
       Via::store},
      {"an in-memory store name", ":memory:", [] { return std::string(); }, "must be a plain file path",
       Via::db_name},
      {"an SQLite URI as the store", "file:kept.db?mode=memory", [] { return std::string(); },
       "must be a plain file path", Via::db_name},
      {"a device as the store", "/dev/null", [] { return std::string(); }, "not a regular file", Via::db_name},
      // The study file
      {"a study that is not XML", "study.xml", [] { return std::string("title: my study\n"); }, "study.xml:1:",
       Via::study},
      {"a study with an unknown element", "study.xml",
       [] { return std::string("<study title='t'>\n  <sauces/>\n</study>\n"); }, "study.xml:2:", Via::study},
      {"a study with an external entity", "study.xml",
       [] { return kExternalEntity + "<study title='&secret;'/>\n"; }, "DOCTYPE", Via::study},
      {"a study with billion laughs", "study.xml", [] { return kBillionLaughs + "<study title='&lol9;'/>\n"; },
       "DOCTYPE", Via::study},
      {"a study naming only a missing file", "study.xml",
       [] { return std::string("<study title='t' store='s.db'><sources><source files='gone.csv'/></sources></study>"); },
       "source file not found: gone.csv", Via::study},
      {"a study source outside its folder", "study.xml",
       [] { return std::string("<study title='t' store='s.db'><sources><source files='../../../../etc/passwd'/>"
                               "</sources></study>"); },
       "refused source ../../../../etc/passwd: it is outside the study's folder", Via::study},
      {"a study source by absolute path", "study.xml",
       [] { return std::string("<study title='t' store='s.db'><sources><source files='/etc/hostname'/>"
                               "</sources></study>"); },
       "refused source /etc/hostname", Via::study},
  };
  return cases;
}

// Sets up the special stores the store cases need; returns false when the machine cannot.
bool prepare_store_case(const Case& c, TempDir& t, std::unique_ptr<testing::ReadOnlyFile>& read_only) {
  const std::string path = t.file(c.file);
  const std::string marker = c.bytes();
  if (marker == "<sqlite>") {
    return std::system(("sqlite3 '" + path + "' 'CREATE TABLE accounts(id); INSERT INTO accounts VALUES(1);' "
                        "2>/dev/null").c_str()) == 0 ||
           (t.write(c.file, std::string("SQLite format 3\0", 16) + std::string(4080, '\0')), true);
  }
  if (marker == "<folder>") return std::filesystem::create_directory(path);
  if (marker == "<damaged>" || marker == "<readonly>") {
    auto made = run_canvass("ingest --db '" + path + "' '" + t.file("good.csv") + "'", t.path().string());
    if (made.exit_code != 0) return false;
    if (marker == "<readonly>") {
      read_only = std::make_unique<testing::ReadOnlyFile>(path);
      return read_only->ok();
    }
    std::string bytes = testing::read_text(path);
    for (std::size_t i = 4096 + 8; i < std::min<std::size_t>(bytes.size(), 4096 * 3); ++i)
      bytes[i] = static_cast<char>(i * 13);
    t.write(c.file, bytes);
    return true;
  }
  t.write(c.file, marker);
  return true;
}

class BadInput : public ::testing::TestWithParam<std::size_t> {};

TEST_P(BadInput, OneLineErrorNonZeroExitStoreIntact) {
  const Case& c = catalogue()[GetParam()];
  TempDir t;
  t.write("good.csv", kGood);
  const std::string store = t.file("s.db");
  ASSERT_EQ(run_canvass("ingest --db s.db good.csv", t.path().string()).exit_code, 0);
  const std::string before = testing::dump(store);

  std::string named;  // the file the error must name
  testing::RunResult r;
  std::unique_ptr<testing::ReadOnlyFile> read_only;
  if (c.via == Via::store) {
    if (!prepare_store_case(c, t, read_only)) GTEST_SKIP() << "this machine cannot set up: " << c.name;
    named = t.file(c.file);
    r = run_canvass("ingest --db '" + named + "' good.csv", t.path().string());
  } else if (c.via == Via::db_name) {
    named = c.file;
    r = run_canvass("ingest --db '" + named + "' good.csv", t.path().string());
  } else if (c.via == Via::study) {
    t.write(c.file, c.bytes());
    named = c.file;
    r = run_canvass(std::string("run ") + c.file, t.path().string());
  } else {
    const std::string content = c.bytes();
    if (content == "<folder>") std::filesystem::create_directory(t.file(c.file));
    else if (content != "<missing>") t.write(c.file, content);
    named = t.file(c.file);
    r = run_canvass("ingest --db s.db '" + named + "'", t.path().string());
  }

  EXPECT_EQ(r.exit_code, c.exit_code) << c.name << "\n" << r.err;
  // One line names the file and says what is wrong.
  bool found = false;
  std::size_t start = 0;
  while (start < r.err.size()) {
    const std::size_t end = r.err.find('\n', start);
    const std::string line = r.err.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (line.find(printable(named)) != std::string::npos && line.find(c.says) != std::string::npos &&
        line.size() > named.size() + 4)
      found = true;
    start = end == std::string::npos ? r.err.size() : end + 1;
  }
  EXPECT_TRUE(found) << c.name << ": no line naming " << named << " and saying '" << c.says << "' in:\n" << r.err;
  EXPECT_LT(r.err.size(), 4000u) << c.name << ": messages are short, never file content";
  for (char ch : r.err)  // no control character reaches the terminal (tab and line breaks aside)
    EXPECT_FALSE((static_cast<unsigned char>(ch) < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') || ch == 0x7F)
        << c.name << ": control character in " << r.err;
  // The store that held good data still does, whole.
  read_only.reset();
  EXPECT_EQ(testing::integrity(store), "ok") << c.name;
  const std::string after = testing::dump(store);
  if (c.exit_code == 3) {
    EXPECT_EQ(after, before) << c.name;
  } else {  // the bad file's good rows were added as a source of their own; nothing else moved
    EXPECT_NE(after.find("good.csv|"), std::string::npos) << c.name;
    EXPECT_EQ(testing::count_rows(store, "source"), 2) << c.name;
  }
}

std::string case_name(const ::testing::TestParamInfo<std::size_t>& info) {
  std::string name = catalogue()[info.param].name;
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, ::testing::Range<std::size_t>(0, catalogue().size()), case_name);

TEST(BadInputCatalogue, HasAtLeastThirtyCases) { EXPECT_GE(catalogue().size(), 30u); }

}  // namespace
}  // namespace canvass
