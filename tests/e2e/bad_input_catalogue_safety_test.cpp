// The bad-input catalogue, second half: hostile files canvass reads without complaint, and
// every output must still be safe. Personal columns (by heading or by answers) appear in
// no output and are no --by group; no CSV cell is a formula; no Markdown runs HTML or a
// javascript: link; no output or message carries a control character; every SVG is
// well-formed; a read-only store serves every read-only command.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

#include "store_dump.hpp"
#include "sources/zip_archive.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

// `text` as one quoted CSV field, its quotes doubled.
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// A Google Forms export with personal columns under headings a person might write, two
// whose headings say nothing but whose answers are names, and hostile groups, statements
// and comments: formulas, raw HTML, javascript: links and control characters.
std::string hostile_export() {
  std::string csv =
      "Timestamp,Your name,Contact e-mail (optional),Contact phone (optional),Full name,Referee,"
      "What is your role?,How far do you agree? [The sessions helped],"
      "How far do you agree? [The pace\x1B[2J was right],Any other comments?\n";
  const char* roles[] = {"=HYPERLINK(\"http://evil.example\",\"x\")", "Staff\x07\xC2\x9B", "@SUM(1+1)", "-2+3"};
  const char* comments[] = {
      "<script>alert(1)</script> The mentoring sessions were really helpful for planning my lessons.",
      "[click](javascript:alert(1)) Mentoring was honest and practical every single week.",
      "=cmd|' /C calc'!A0 The training gave me time to plan with colleagues properly.",
      "\tTabbed start: the workshop pace was right and the materials were clear.",
      "Bell\x07 and escape\x1B[31m inside a comment about the useful coaching model.",
      "+1 the peer observation was the most useful part of the whole programme.",
      "-0.5",
      "<img src=x onerror=alert(1)> The resources were easy to use in class.",
  };
  const char* names[] = {"Jane Smith", "Tom Brown", "Ann Lee", "Bob Hill", "Sara Khan", "Owen Price", "Lucy Ward",
                         "Iwan Morgan"};
  const char* levels[] = {"Agree", "Strongly agree", "Disagree", "Agree"};
  for (int i = 0; i < 8; ++i) {
    const std::string n = std::to_string(i + 1);
    csv += "2025-01-0" + n + " 10:00:00," + names[i] + ",person" + n + "@example.org,07700 90012" + n + "," +
           names[(i + 3) % 8] + "," + names[(i + 5) % 8] + "," + quoted(roles[i % 4]) + "," + levels[i % 4] + "," +
           levels[(i + 1) % 4] + "," + quoted(comments[i]) + "\n";
  }
  return csv;
}

const char* kPersonal[] = {"Jane Smith", "Tom Brown", "Iwan Morgan", "person1@example.org", "07700 900121",
                           "example.org", "900123"};

// The first control character (not tab, LF or CR) in `text`, as an offset, or npos.
std::size_t control_character(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) return i;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9F)
      return i;
  }
  return std::string::npos;
}

// Every field of a CSV text (RFC 4180), to look at how each one begins.
std::vector<std::string> csv_fields(const std::string& text) {
  std::vector<std::string> out;
  std::string field;
  bool quoted = false, at_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"' && at_start) {
      quoted = true;
      at_start = false;
    } else if (c == ',' || c == '\n') {
      out.push_back(field);
      field.clear();
      at_start = true;
    } else {
      field += c;
      at_start = false;
    }
  }
  if (!field.empty()) out.push_back(field);
  return out;
}

bool plain_number(const std::string& s) {
  char* end = nullptr;
  std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size() && s.find_first_of("xXnNiI") == std::string::npos;
}

void expect_safe_csv(const std::string& name, const std::string& text) {
  for (const auto& f : csv_fields(text)) {
    if (f.size() < 2 || plain_number(f)) continue;
    const bool formula = f[0] == '=' || f[0] == '+' || f[0] == '-' || f[0] == '@' || f[0] == '\t' || f[0] == '\r';
    EXPECT_FALSE(formula) << name << ": a cell a spreadsheet would run: " << f;
  }
}

// Raw: not escaped by a backslash, so Markdown would pass it through as HTML or a link.
void expect_safe_markdown(const std::string& name, const std::string& text) {
  for (const std::string bad : {"<script", "<img", "](javascript:", "<javascript:"})
    for (std::size_t at = text.find(bad); at != std::string::npos; at = text.find(bad, at + 1))
      EXPECT_TRUE(bad[0] == '<' && at > 0 && text[at - 1] == '\\')  // "\<script" is text
          << name << " holds raw " << bad << " at " << at;
}

// Every check that holds for any output, by its kind.
void expect_safe_output(const std::string& name, const std::string& text) {
  EXPECT_EQ(control_character(text), std::string::npos) << name << " holds a control character";
  for (const char* value : kPersonal) EXPECT_EQ(text.find(value), std::string::npos) << name << " shows " << value;
  const auto ends = [&](const char* ext) { return name.size() > std::strlen(ext) && name.rfind(ext) == name.size() - std::strlen(ext); };
  if (ends(".csv")) expect_safe_csv(name, text);
  if (ends(".md")) expect_safe_markdown(name, text);
}

class HostileExport : public ::testing::Test {
 protected:
  void SetUp() override {
    t_.write("hostile.csv", hostile_export());
    auto r = run_canvass("ingest --db s.db hostile.csv", dir());
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string dir() const { return t_.path().string(); }
  TempDir t_;
};

TEST_F(HostileExport, PersonalColumnsAreListedByInspectAndOfferedToNoBreakdown) {
  auto r = run_canvass("inspect hostile.csv", dir());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("personal (kept only in the store, never in any output): name email phone name_2 name_3"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("name_3  Referee  (by its answers)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("column 2  name  Your name  (by its heading)"), std::string::npos) << r.out;
  for (const char* by : {"name", "email", "phone", "Your name", "name_2", "Referee"}) {
    auto d = run_canvass(std::string("dist --db s.db --by '") + by + "'", dir());
    EXPECT_EQ(d.exit_code, 2) << by << ": " << d.out;
    for (const char* candidate : {"\"Your name\"", "\"name\"", "\"email\"", "\"Referee\""})
      EXPECT_EQ(d.err.find(candidate), std::string::npos) << d.err;
  }
  // kept in the store, all the same
  EXPECT_EQ(testing::count_rows(t_.file("s.db"), "respondent_attribute WHERE name = 'email'"), 8);
}

TEST_F(HostileExport, EveryOutputIsSafeToOpen) {
  std::vector<std::pair<std::string, std::string>> outputs;
  auto keep = [&](const std::string& name, const std::string& args) {
    auto r = run_canvass(args, dir());
    EXPECT_LE(r.exit_code, 1) << args << "\n" << r.err;
    outputs.emplace_back(name, r.out);
    outputs.emplace_back(name + " (stderr)", r.err);
  };
  keep("dist.csv", "dist --db s.db --format csv");
  keep("dist.md", "dist --db s.db --format md");
  keep("dist-by-role.csv", "dist --db s.db --by role --format csv");
  keep("dist-by-role.md", "dist --db s.db --by role --format md");
  keep("export-comments.csv", "export --db s.db --table comments --format csv");
  keep("export-respondents.csv", "export --db s.db --table respondents --format csv");
  keep("export-responses.csv", "export --db s.db --table responses --format csv");
  keep("export-comments.jsonl", "export --db s.db --table comments --format jsonl");
  keep("quotes.csv", "quotes --db s.db --format csv --limit 50");
  keep("quotes.md", "quotes --db s.db --format md --limit 50");
  keep("report (stdout)", "report --db s.db --by role --out rep");
  for (const auto& e : std::filesystem::directory_iterator(t_.file("rep"))) {
    const std::string file = e.path().filename().string(), ext = e.path().extension().string();
    if (ext == ".png") continue;  // an image rendered from the SVG checked here
    if (ext != ".docx" && ext != ".xlsx") {
      outputs.emplace_back(file, testing::read_text(e.path().string()));
      continue;
    }
    // Word and Excel: the text lives in the package's XML parts.
    auto zip = ZipArchive::open_file(e.path().string());
    ASSERT_TRUE(zip) << zip.error().to_string();
    for (const auto& entry : zip->entries()) {
      if (entry.name.size() < 4 || (entry.name.rfind(".xml") != entry.name.size() - 4 &&
                                    entry.name.rfind(".rels") != entry.name.size() - 5))
        continue;
      auto part = zip->read(entry.name);
      ASSERT_TRUE(part) << part.error().to_string();
      outputs.emplace_back(file + ":" + entry.name, std::string(*part));
    }
  }
  for (const auto& [name, text] : outputs) expect_safe_output(name, text);
  // the hostile text itself arrived, made harmless
  const std::string comments = outputs[8].second;
  EXPECT_NE(comments.find("'=cmd|"), std::string::npos) << comments;
  EXPECT_NE(comments.find(",-0.5,"), std::string::npos) << comments;
  for (const auto& e : std::filesystem::directory_iterator(t_.file("rep")))
    if (e.path().extension() == ".svg" && std::system("xmllint --version >/dev/null 2>&1") == 0) {
      EXPECT_EQ(std::system(("xmllint --noout '" + e.path().string() + "' 2>/dev/null").c_str()), 0) << e.path();
    }
}

TEST_F(HostileExport, AReadOnlyStoreServesEveryReadOnlyCommand) {
  testing::ReadOnlyFile read_only(t_.file("s.db"));
  if (!read_only.ok()) GTEST_SKIP() << "this machine cannot make a file read-only for us";
  for (const char* args : {"report --db s.db --out ro", "dist --db s.db", "quotes --db s.db",
                           "export --db s.db --table comments"}) {
    auto r = run_canvass(args, dir());
    EXPECT_EQ(r.exit_code, 0) << args << "\n" << r.err;
    EXPECT_EQ(r.err.find("not a canvass store"), std::string::npos) << r.err;
  }
  auto w = run_canvass("ingest --db s.db hostile.csv", dir());
  EXPECT_NE(w.exit_code, 0);
  EXPECT_NE(w.err.find("read-only"), std::string::npos) << w.err;
}

// A folder canvass may not write to: 0555 for a user, immutable for root (where it can).
class ReadOnlyFolder {
 public:
  explicit ReadOnlyFolder(std::string path) : path_(std::move(path)) {
    if (::geteuid() != 0) ok_ = ::chmod(path_.c_str(), 0555) == 0;
    else ok_ = std::system(("chattr +i '" + path_ + "' 2>/dev/null").c_str()) == 0;
  }
  ~ReadOnlyFolder() {
    if (::geteuid() == 0) (void)std::system(("chattr -i '" + path_ + "' 2>/dev/null").c_str());
    ::chmod(path_.c_str(), 0700);
  }
  bool ok() const { return ok_; }

 private:
  std::string path_;
  bool ok_ = false;
};

TEST_F(HostileExport, AStoreInAReadOnlyFolderServesEveryReadOnlyCommand) {
  std::filesystem::create_directory(t_.file("kept"));
  std::filesystem::copy_file(t_.file("s.db"), t_.file("kept/s.db"));
  {
    ReadOnlyFolder read_only(t_.file("kept"));
    if (!read_only.ok()) GTEST_SKIP() << "this machine cannot make a folder read-only for us";
    for (const char* args : {"report --db kept/s.db --out ro", "dist --db kept/s.db", "quotes --db kept/s.db",
                             "export --db kept/s.db --table comments"}) {
      auto r = run_canvass(args, dir());
      EXPECT_EQ(r.exit_code, 0) << args << "\n" << r.err;
    }
  }
  EXPECT_FALSE(std::filesystem::exists(t_.file("kept/s.db-wal")));
}

TEST(BadInputSafety, StudySourcesLinkingOutOfTheStudyFolderAreNotRead) {
  TempDir outside, study;
  outside.write("secret.csv", "Timestamp,Any other comments?\nt1,the secret outside the study\n");
  study.write("good.csv", "Timestamp,Role\nt1,Staff\nt2,Pupil\n");
  std::filesystem::create_symlink(outside.file("secret.csv"), study.file("link.csv"));
  std::filesystem::create_directory_symlink(outside.path(), study.file("elsewhere"));
  study.write("study.xml",
              "<study title='t' store='s.db'><sources><source files='good.csv'/><source files='link.csv'/>"
              "<source files='elsewhere/secret.csv'/></sources></study>\n");
  auto r = run_canvass("run study.xml", study.path().string());
  // A refused source is a mistake in study.xml: the run stops before any work, like any other.
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("refused source link.csv"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("refused source elsewhere/secret.csv"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("secret outside"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(study.file("s.db")));
  EXPECT_FALSE(std::filesystem::exists(study.file("report")));
}

TEST(BadInputSafety, ATripleSDataLinkLeavingItsFolderIsNotRead) {
  TempDir outside, here;
  outside.write("secret.asc", "the secret outside\n");
  here.write("x.sss",
             "<?xml version='1.0'?>\n<sss version='2.0'><survey><name>x</name><record ident='A'>"
             "<variable ident='1' type='character'><name>c</name><label>Comment</label>"
             "<position start='1' finish='20'/></variable></record></survey></sss>\n");
  std::filesystem::create_symlink(outside.file("secret.asc"), here.file("x.asc"));
  auto r = run_canvass("ingest --db s.db x.sss", here.path().string());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("x.sss: refused the data file x.asc: it links outside"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace canvass
