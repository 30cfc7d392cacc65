// End to end through the program: quotes from a survey with planted personal data that
// must never appear in any output of any command, decisions that survive re-runs, quotes
// tied to an answer, and attribution that never names a small group.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

const std::string kPlanted = testing::source_dir() + "/tests/data/quotes/planted-survey.csv";
const std::string kCi = testing::sample("ci-survey/ci-final-survey.csv");

// Planted in the survey's comments; none may be printed or written by canvass.
const std::vector<std::string> kPersonal = {"jane.doe@example.org", "07700 900123", "07700900123", "EH1 3AB",
                                            "Morag",                "Fletcher",     "Priya",       "0131 496 0000"};

// The commands the program lists in its --help.
std::vector<std::string> listed_commands() {
  const std::string help = run_canvass("--help").out;
  std::vector<std::string> out;
  std::istringstream in(help.substr(help.find("commands:")));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line) && line.rfind("  ", 0) == 0) {
    std::istringstream words(line);
    std::string name;
    words >> name;
    out.push_back(name);
  }
  return out;
}

// The alternatives an option offers in a usage text ("--format json|md|csv").
std::vector<std::string> alternatives(const std::string& usage, const std::string& option) {
  std::smatch m;
  if (!std::regex_search(usage, m, std::regex(option + " ([a-z]+(\\|[a-z]+)+)"))) return {""};
  std::vector<std::string> out;
  std::stringstream ss(m[1].str());
  std::string alt;
  while (std::getline(ss, alt, '|')) out.push_back(option + " " + alt);
  return out;
}

std::string everything_under(const std::filesystem::path& dir) {
  std::string all;
  for (const auto& f : std::filesystem::recursive_directory_iterator(dir))
    if (f.is_regular_file() && f.path().extension() != ".db" && f.path().string().find(".db-") == std::string::npos)
      all += testing::read_text(f.path().string());
  return all;
}

TEST(QuotesEndToEnd, PlantedPersonalDataNeverLeavesAnyCommand) {
  TempDir tmp;
  const std::string cwd = tmp.path().string();
  auto ingest = run_canvass("ingest --db s.db '" + kPlanted + "'", cwd);
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  // The comments really are in the store, so a leak would be possible.
  auto json = run_canvass("quotes --db s.db --limit 100 --format json", cwd);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("[email]"), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("[name]"), std::string::npos) << json.out;

  std::vector<std::string> runs;
  for (const auto& command : listed_commands()) {
    if (command == "ingest") continue;
    const std::string usage = run_canvass(command + " --help").out;
    std::string base = command;
    if (usage.find("--db") != std::string::npos) base += " --db s.db";
    if (usage.find("--out") != std::string::npos) base += " --out out-" + command;
    for (const auto& format : alternatives(usage, "--format"))
      for (const auto& table : alternatives(usage, "--table")) {
        runs.push_back(base + " " + format + " " + table);
        if (command == "quotes") {
          runs.push_back(base + " " + format + " --limit 100 --tone critical");
          runs.push_back(base + " " + format + " --limit 100 --question improved");
        }
      }
    if (usage.find("FILE") != std::string::npos) runs.push_back(command + " '" + kPlanted + "'");
  }
  ASSERT_GE(runs.size(), 5u);
  for (const auto& args : runs) {
    auto r = run_canvass(args, cwd);
    for (const auto& secret : kPersonal) {
      EXPECT_EQ(r.out.find(secret), std::string::npos) << "stdout of `canvass " << args << "` shows " << secret;
      EXPECT_EQ(r.err.find(secret), std::string::npos) << "stderr of `canvass " << args << "` shows " << secret;
    }
  }
  const std::string written = everything_under(tmp.path());
  for (const auto& secret : kPersonal) EXPECT_EQ(written.find(secret), std::string::npos) << "a file holds " << secret;
}

TEST(QuotesEndToEnd, TheStoredBankHoldsOnlyRedactedText) {
  TempDir tmp;
  const std::string cwd = tmp.path().string();
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kPlanted + "'", cwd).exit_code, 0);
  ASSERT_EQ(run_canvass("quotes --db s.db", cwd).exit_code, 0);
  const std::string dump = "sqlite3 '" + tmp.file("s.db") + "' 'SELECT text FROM quote' > '" + tmp.file("q.txt") + "'";
  if (std::system(dump.c_str()) != 0) GTEST_SKIP() << "the sqlite3 shell is not installed";
  const std::string stored = testing::read_text(tmp.file("q.txt"));
  EXPECT_NE(stored.find("[phone]"), std::string::npos);
  for (const auto& secret : kPersonal) EXPECT_EQ(stored.find(secret), std::string::npos) << secret;
}

std::vector<std::string> ids_in(const std::string& json) {
  std::vector<std::string> ids;
  const std::regex id("\"id\": \"([0-9a-f]+)\"");
  for (std::sregex_iterator it(json.begin(), json.end(), id), end; it != end; ++it) ids.push_back((*it)[1].str());
  return ids;
}

TEST(QuotesEndToEnd, KeepAndRejectSurviveReRunsAndReingest) {
  TempDir tmp;
  const std::string cwd = tmp.path().string();
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kPlanted + "'", cwd).exit_code, 0);
  const auto all = ids_in(run_canvass("quotes --db s.db --limit 100 --format json", cwd).out);
  const auto top = ids_in(run_canvass("quotes --db s.db --limit 3 --format json", cwd).out);
  ASSERT_GE(all.size(), 6u);
  ASSERT_EQ(top.size(), 3u);
  std::string outsider;  // a quote not in the top 3
  for (const auto& id : all)
    if (std::find(top.begin(), top.end(), id) == top.end()) outsider = id;
  auto decide = run_canvass("quotes --db s.db --reject " + top[0] + " --keep " + outsider.substr(0, 6), cwd);
  ASSERT_EQ(decide.exit_code, 0) << decide.err;
  for (int run = 0; run < 2; ++run) {
    const auto now = ids_in(run_canvass("quotes --db s.db --limit 3 --format json", cwd).out);
    ASSERT_FALSE(now.empty());
    EXPECT_EQ(now[0], outsider) << "kept quotes come first (run " << run << ")";
    EXPECT_EQ(std::find(now.begin(), now.end(), top[0]), now.end()) << "rejected quotes never return";
  }
  EXPECT_EQ(run_canvass("quotes --db s.db --keep zzzzzz", cwd).exit_code, 2);
}

TEST(QuotesEndToEnd, QuotesTiedToAnAnswerFollowTheSmallGroupRule) {
  TempDir tmp;
  const std::string cwd = tmp.path().string();
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kPlanted + "'", cwd).exit_code, 0);
  // Three people are fewer than the default --min-cell of 10: say how many, quote none.
  for (const char* format : {"md", "csv", "json"}) {
    auto r = run_canvass(std::string("quotes --db s.db --item 'well organised' --level disagree --format ") + format, cwd);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("Not quoted: the 3 of 12 respondents who disagreed that"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("are fewer than --min-cell (10)"), std::string::npos) << r.err;
    EXPECT_EQ(r.out.find("R4"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("R6"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("R12"), std::string::npos) << r.out;
  }
  // Lowered explicitly, the quotes come, from those three only.
  auto r = run_canvass("quotes --db s.db --item 'well organised' --level disagree --limit 20 --min-cell 3 --format csv", cwd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Rows 5, 7 and 13 (respondents 4, 6 and 12) disagreed; all 12 answered the statement.
  EXPECT_NE(r.err.find("the 3 of 12 respondents who disagreed"), std::string::npos) << r.err;
  std::istringstream rows(r.out);
  std::string row;
  std::getline(rows, row);
  int n = 0;
  while (std::getline(rows, row)) {
    ++n;
    EXPECT_TRUE(std::regex_search(row, std::regex(",R(4|6|12),"))) << row;
  }
  EXPECT_GT(n, 0);
  EXPECT_EQ(run_canvass("quotes --db s.db --item nothing-like-this --level agree", cwd).exit_code, 2);
  EXPECT_EQ(run_canvass("quotes --db s.db --item organised", cwd).exit_code, 2) << "--item needs --level";
}

TEST(QuotesEndToEnd, CiSampleNeverNamesASmallRole) {
  TempDir tmp;
  const std::string cwd = tmp.path().string();
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kCi + "'", cwd).exit_code, 0);
  auto md = run_canvass("quotes --db s.db --limit 20", cwd);
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_NE(md.out.find("\xE2\x80\x94 Survey respondent"), std::string::npos) << md.out;
  EXPECT_EQ(md.out.find("Local authority staff"), std::string::npos) << "9 < 10: the role stays hidden";
  EXPECT_EQ(md.out.find("Education Scotland staff"), std::string::npos);
  EXPECT_EQ(md.out.find("\xE2\x80\x9CN/A"), std::string::npos) << "junk is never a quote";
  auto shown = run_canvass("quotes --db s.db --limit 20 --min-cell 9", cwd);
  EXPECT_NE(shown.out.find("Survey respondent, Local authority staff"), std::string::npos) << shown.out;
  EXPECT_EQ(shown.out.find("Education Scotland staff"), std::string::npos) << "4 < 9";
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

// A study's own codebook: "collaborat" marks "collaborative" (a prefix), and keywords that
// can never match, or themes that matched nothing, are warned about on stderr.
TEST(QuotesEndToEnd, CodebookPrefixesWorkAndDeadKeywordsAreWarnedAbout) {
  TempDir tmp;
  const std::string cwd = tmp.path().string();
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kCi + "'", cwd).exit_code, 0);
  std::ofstream(tmp.path() / "book.xml")
      << "<codebook><theme name=\"collaboration\"><keyword>collaborat</keyword><keyword>---</keyword></theme>"
         "<theme name=\"weather\"><keyword>snowfall</keyword></theme></codebook>";
  auto r = run_canvass("quotes --db s.db --codebook book.xml --theme collaboration --format json", cwd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("It was collaborative"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("keyword \"---\" has no letters, so it can never match"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("theme \"weather\": none of its keywords matched"), std::string::npos) << r.err;
}

// The report's quote bank on the bundled survey sample: praise and criticism both shown,
// each tagged with its tone, no respondent more than twice, and the same ids the store holds.
TEST(QuotesEndToEnd, ReportQuoteBankShowsBothSidesTaggedAndCapped) {
  TempDir tmp;
  const std::string cwd = tmp.path().string();
  ASSERT_EQ(run_canvass("ingest --db s.db '" + kCi + "'", cwd).exit_code, 0);
  auto r = run_canvass("report --db s.db --out rep", cwd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(tmp.path() / "rep" / "report.md");
  std::stringstream md;
  md << in.rdbuf();
  const std::string text = md.str();
  const auto bank = text.find("## Quote bank");
  ASSERT_NE(bank, std::string::npos);
  const std::string section = text.substr(bank, text.find("\n## ", bank + 5) - bank);
  EXPECT_NE(section.find(", positive)"), std::string::npos) << section;
  EXPECT_NE(section.find(", critical)"), std::string::npos) << section;
  EXPECT_EQ(section.find("No comment was confidently critical"), std::string::npos);

  // Every id shown, with its respondent from the stored bank (export: id,key,origin,origin_id,sentence,respondent,...).
  auto all = run_canvass("export --db s.db --table quotes --format csv", cwd);
  ASSERT_EQ(all.exit_code, 0) << all.err;
  std::map<std::string, std::string> respondent_of;
  std::istringstream rows(all.out);
  std::string row;
  std::getline(rows, row);
  const std::regex fields("^[0-9]+,([0-9a-f]{10}),[a-z]+,[0-9]+,[0-9]+,(R[0-9]+),");
  while (std::getline(rows, row)) {
    std::smatch m;
    if (std::regex_search(row, m, fields)) respondent_of[m[1]] = m[2];
  }
  std::map<std::string, int> shown;
  const std::regex id("([0-9a-f]{10}) \\(");
  int ids = 0;
  for (auto it = std::sregex_iterator(section.begin(), section.end(), id); it != std::sregex_iterator(); ++it) {
    ++ids;
    ASSERT_TRUE(respondent_of.count((*it)[1])) << (*it)[1];
    ++shown[respondent_of[(*it)[1]]];
  }
  EXPECT_GE(ids, 2);
  for (const auto& [who, n] : shown) EXPECT_LE(n, 2) << who;
}

}  // namespace
}  // namespace canvass
