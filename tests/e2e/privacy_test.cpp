// End to end: a survey with an e-mail column and names, phones and e-mails in its comments,
// and table notes naming people, are ingested; no report, export, quote list or notes
// listing may then show any of it, while the non-personal text survives.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

const std::string kData = testing::source_dir() + "/tests/data/privacy/";

// Planted in the fixtures; none may leave canvass.
const std::vector<std::string> kPersonal = {"a.khan@school.example", "b.lowe@school.example", "Hendry",
                                            "07700 900456",          "Eilidh",                "Siobhan",
                                            "Grant",                 "siobhan.grant@council", "0131 496 0777"};

std::string all_files_under(const std::filesystem::path& dir) {
  std::string all;
  for (const auto& f : std::filesystem::recursive_directory_iterator(dir))
    if (f.is_regular_file()) all += testing::read_text(f.path().string());
  return all;
}

void expect_no_personal_data(const std::string& text, const std::string& what) {
  for (const auto& secret : kPersonal) EXPECT_EQ(text.find(secret), std::string::npos) << what << " shows " << secret;
}

class Privacy : public ::testing::Test {
 protected:
  void SetUp() override {
    auto survey = run_canvass("ingest --db s.db '" + kData + "survey-with-contacts.csv'", cwd);
    ASSERT_EQ(survey.exit_code, 0) << survey.err;
    auto notes = run_canvass("ingest --db s.db '" + kData + "notes-with-names.txt'", cwd);
    ASSERT_EQ(notes.exit_code, 0) << notes.err;
  }
  TempDir tmp;
  const std::string cwd = tmp.path().string();
};

TEST_F(Privacy, ExportsRedactFreeTextAndLeaveOutIdentifyingAttributes) {
  for (const std::string table : {"responses", "comments", "notes", "quotes", "respondents"})
    for (const std::string format : {"csv", "jsonl"}) {
      auto r = run_canvass("export --db s.db --table " + table + " --format " + format, cwd);
      ASSERT_EQ(r.exit_code, 0) << table << ": " << r.err;
      expect_no_personal_data(r.out + r.err, "export --table " + table + " --format " + format);
    }
  auto comments = run_canvass("export --db s.db --table comments", cwd).out;
  EXPECT_NE(comments.find("[name] ran a brilliant session"), std::string::npos) << comments;
  EXPECT_NE(comments.find("Ring me on [phone] if the next visit moves"), std::string::npos) << comments;
  auto respondents = run_canvass("export --db s.db --table respondents", cwd).out;
  EXPECT_EQ(respondents.find("email"), std::string::npos) << "the e-mail attribute is left out: " << respondents;
  EXPECT_NE(respondents.find("What is your role?"), std::string::npos) << "other attributes stay: " << respondents;
  auto notes = run_canvass("export --db s.db --table notes", cwd).out;
  EXPECT_NE(notes.find("Working with [name] on the coaching model"), std::string::npos) << notes;
  EXPECT_NE(notes.find("Table 1 - Northfield Cluster"), std::string::npos) << "headings survive: " << notes;
}

TEST_F(Privacy, TheReportAndQuotesNeverNameAnyone) {
  auto report = run_canvass("report --db s.db --out report", cwd);
  ASSERT_EQ(report.exit_code, 0) << report.err;
  const std::string written = all_files_under(tmp.path() / "report");
  expect_no_personal_data(written, "the report folder");
  EXPECT_NE(written.find("Working with [name] on the coaching model"), std::string::npos)
      << "the notes section is there, redacted";
  for (const std::string format : {"json", "md", "csv"}) {
    auto quotes = run_canvass("quotes --db s.db --limit 50 --format " + format, cwd);
    expect_no_personal_data(quotes.out + quotes.err, "quotes --format " + format);
  }
}

TEST_F(Privacy, NotesFileKeepsTheTextButNotThePeople) {
  for (const std::string format : {"json", "md", "csv"}) {
    auto r = run_canvass("notes '" + kData + "notes-with-names.txt' --format " + format);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    expect_no_personal_data(r.out + r.err, "notes --format " + format);
    EXPECT_NE(r.out.find("Contact follow-up via [email] next term"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Cover for staff; phone the office on [phone] to book"), std::string::npos) << r.out;
  }
}

}  // namespace
}  // namespace canvass
