// The study file and its sources: glob matching, the loader's fields and defaults, and
// the refusals (schema errors at line:column, DOCTYPE, entities, remote schemas).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "study/source_glob.hpp"
#include "study/study_files.hpp"
#include "study/study_loader.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::TempDir;

TEST(SourceGlob, SegmentWildcards) {
  EXPECT_TRUE(glob_segment_matches("*.csv", "export.csv"));
  EXPECT_TRUE(glob_segment_matches("*.csv", ".csv"));
  EXPECT_FALSE(glob_segment_matches("*.csv", "export.csv.bak"));
  EXPECT_TRUE(glob_segment_matches("w?-*.csv", "w1-final.csv"));
  EXPECT_FALSE(glob_segment_matches("w?-*.csv", "w12-final.csv"));
  EXPECT_TRUE(glob_segment_matches("*a*b*", "xxaxxbxx"));
  EXPECT_FALSE(glob_segment_matches("*a*b", "xxbxxa"));
  EXPECT_TRUE(glob_segment_matches("exact", "exact"));
  EXPECT_FALSE(glob_segment_matches("exact", "exactly"));
  EXPECT_TRUE(glob_segment_matches("*", ""));
}

TEST(SourceGlob, ExpandsStarsAndDoubleStarsRelativeToTheBase) {
  TempDir t;
  std::filesystem::create_directories(t.path() / "a" / "b" / "c");
  for (const char* f : {"a/x.csv", "a/b/y.csv", "a/b/c/z.csv", "a/.hidden.csv", "a/note.txt", "top.csv"})
    t.write(f, "x");
  using V = std::vector<std::string>;
  EXPECT_EQ(expand_glob(t.path(), "a/*.csv"), V({"a/x.csv"}));
  EXPECT_EQ(expand_glob(t.path(), "a/**/*.csv"), V({"a/b/c/z.csv", "a/b/y.csv", "a/x.csv"}));
  EXPECT_EQ(expand_glob(t.path(), "**/*.csv"), V({"a/b/c/z.csv", "a/b/y.csv", "a/x.csv", "top.csv"}));
  EXPECT_EQ(expand_glob(t.path(), "a/.*.csv"), V({"a/.hidden.csv"}));
  EXPECT_EQ(expand_glob(t.path(), "?op.csv"), V({"top.csv"}));
  EXPECT_EQ(expand_glob(t.path(), "a/b/y.csv"), V({"a/b/y.csv"}));
  EXPECT_EQ(expand_glob(t.path(), "a/missing.csv"), V{});
  EXPECT_EQ(expand_glob(t.path(), "a/b"), V{}) << "a folder is not a source file";
  const std::string abs = (t.path() / "a" / "*.txt").string();
  EXPECT_EQ(expand_glob("/nonexistent", abs), V({(t.path() / "a" / "note.txt").string()}));
}

TEST(SourceGlob, DoubleStarDoesNotFollowALinkLoop) {
  TempDir t;
  std::filesystem::create_directories(t.path() / "d");
  t.write("d/a.csv", "x");
  std::filesystem::create_directory_symlink(t.path() / "d", t.path() / "d" / "loop");
  EXPECT_EQ(expand_glob(t.path(), "**/*.csv"), std::vector<std::string>({"d/a.csv"}));
}

const char* kFullStudy = R"(<?xml version="1.0" encoding="UTF-8"?>
<study title="Collaborative Improvement" store="data/ci.db" batch="Workshop 3">
  <sources folder="exports">
    <source files="exports/*.csv" platform="google-forms" label="cohort A"/>
    <source files="notes/*.docx" kind="notes"/>
  </sources>
  <scales>
    <override question="How often" scale="frequency-5"/>
    <reverse item="I felt rushed"/>
  </scales>
  <breakdowns><by attribute="role"/><by attribute="label"/></breakdowns>
  <suppression min-cell="5"/>
  <codebook>
    <theme name="time"><keyword>time</keyword><keyword> workload </keyword></theme>
  </codebook>
  <redact><name>Jane Doe</name><name>St Mary's School</name></redact>
  <outputs folder="out"><format>html</format><format>csv</format></outputs>
</study>
)";

TEST(StudyLoader, ReadsEverySetting) {
  auto s = parse_study(kFullStudy, "/studies/ci/study.xml");
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(s->title, "Collaborative Improvement");
  EXPECT_EQ(s->folder, "/studies/ci");
  EXPECT_EQ(s->store, "/studies/ci/data/ci.db");
  EXPECT_EQ(s->batch_label, "Workshop 3");
  EXPECT_EQ(s->sources_folder, "/studies/ci/exports");
  ASSERT_EQ(s->sources.size(), 2u);
  EXPECT_EQ(s->sources[0].files, "exports/*.csv");
  EXPECT_EQ(s->sources[0].platform, "google-forms");
  EXPECT_EQ(s->sources[0].label, "cohort A");
  EXPECT_EQ(s->sources[0].kind, SourceKind::automatic);
  EXPECT_EQ(s->sources[1].kind, SourceKind::notes);
  EXPECT_EQ(s->sources[1].where.line, 5u);
  ASSERT_EQ(s->scale_overrides.size(), 1u);
  EXPECT_EQ(s->scale_overrides[0].scale, "frequency-5");
  ASSERT_EQ(s->reverse_items.size(), 1u);
  EXPECT_EQ(s->reverse_items[0].item, "I felt rushed");
  EXPECT_EQ(s->reverse_items[0].where.line, 9u);
  EXPECT_EQ(s->scale_overrides[0].where.line, 8u);
  EXPECT_EQ(s->breakdowns, (std::vector<std::string>{"role", "label"}));
  EXPECT_EQ(s->min_cell, 5);
  ASSERT_EQ(s->themes.size(), 1u);
  EXPECT_EQ(s->themes[0].keywords, (std::vector<std::string>{"time", "workload"}));
  EXPECT_EQ(s->names_to_redact, (std::vector<std::string>{"Jane Doe", "St Mary's School"}));
  EXPECT_EQ(s->output_folder, "/studies/ci/out");
  EXPECT_EQ(s->formats, (std::vector<std::string>{"html", "csv"}));
}

TEST(StudyLoader, DefaultsSitBesideTheStudyFile) {
  auto s = parse_study("<study title='t'/>", "/w/s/workshop.xml");
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(s->store, "/w/s/workshop.db");
  EXPECT_EQ(s->output_folder, "/w/s/report");
  EXPECT_EQ(s->sources_folder, "/w/s");
  EXPECT_TRUE(s->sources.empty());
  EXPECT_EQ(s->min_cell, 10);
}

struct Refused {
  const char* name;
  const char* xml;
  const char* message_part;
  std::size_t line;
};

TEST(StudyLoader, SchemaAndSafetyErrorsAreLocated) {
  const Refused cases[] = {
      {"no title", "<study>\n</study>", "title", 1},
      {"unknown element", "<study title='t'>\n  <sources/>\n  <sauces/>\n</study>", "sauces", 3},
      {"threshold below 5", "<study title='t'>\n<suppression min-cell='3'/>\n</study>", "3", 2},
      {"empty files", "<study title='t'><sources>\n<source files=''/></sources></study>", "", 2},
      {"bad kind", "<study title='t'><sources>\n<source files='x' kind='poem'/></sources></study>", "poem", 2},
      {"not well formed", "<study title='t'>\n<sources>\n</study>", "", 3},
      {"external entity",
       "<?xml version='1.0'?>\n<!DOCTYPE study [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n<study title='&x;'/>",
       "DOCTYPE", 2},
      {"billion laughs",
       "<?xml version='1.0'?>\n<!DOCTYPE study [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>"
       "<!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'><!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'>"
       "<!ENTITY e '&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;'><!ENTITY f '&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;'>]>\n"
       "<study title='&f;&f;&f;&f;&f;&f;&f;&f;'/>",
       "DOCTYPE", 2},
      {"external DTD", "<?xml version='1.0'?>\n<!DOCTYPE study SYSTEM 'http://127.0.0.1:9/study.dtd'>\n<study title='t'/>",
       "DOCTYPE", 2},
  };
  for (const auto& c : cases) {
    const auto started = std::chrono::steady_clock::now();
    auto s = parse_study(c.xml, "study.xml");
    const auto took = std::chrono::steady_clock::now() - started;
    ASSERT_FALSE(s) << c.name;
    EXPECT_EQ(s.error().where.file, "study.xml") << c.name;
    EXPECT_EQ(s.error().where.line, c.line) << c.name << ": " << s.error().to_string();
    EXPECT_GT(s.error().where.column, 0u) << c.name;
    EXPECT_NE(s.error().message.find(c.message_part), std::string::npos) << c.name << ": " << s.error().to_string();
    EXPECT_EQ(s.error().to_string().find('\n'), std::string::npos) << c.name << ": one line";
    EXPECT_LT(took, std::chrono::seconds(1)) << c.name;
  }
}

TEST(StudyLoader, ARemoteSchemaLocationIsNeverFetched) {
  // The bundled schema is the only one used: the hint is ignored, and validation still
  // applies (so a port that answers nothing cannot slow or change the parse).
  auto ok = parse_study(
      "<study xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' "
      "xsi:noNamespaceSchemaLocation='http://127.0.0.1:9/evil.xsd' title='t'/>",
      "study.xml");
  ASSERT_TRUE(ok) << ok.error().to_string();
  auto bad = parse_study(
      "<study xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' "
      "xsi:noNamespaceSchemaLocation='http://127.0.0.1:9/evil.xsd'><x/></study>",
      "study.xml");
  EXPECT_FALSE(bad);
}

TEST(StudyFiles, ExpandsSourcesAndDecidesKinds) {
  TempDir t;
  std::filesystem::create_directories(t.path() / "exports");
  std::filesystem::create_directories(t.path() / "notes");
  t.write("exports/b.csv", "x");
  t.write("exports/a.csv", "x");
  t.write("notes/table1.txt", "x");
  t.write("study.xml",
          "<study title='t'><sources><source files='exports/*.csv' label='w1'/><source files='exports/a.csv'/>"
          "<source files='notes/*'/><source files='gone.csv'/><source files='none/*.csv' optional='true'/></sources></study>");
  auto s = load_study(t.file("study.xml"));
  ASSERT_TRUE(s) << s.error().to_string();
  const StudyFiles f = study_files(*s);
  ASSERT_EQ(f.files.size(), 3u);
  EXPECT_EQ(f.files[0].logical_path, "exports/a.csv");
  EXPECT_EQ(f.files[0].label, "w1") << "a file matched twice keeps the first pattern's settings";
  EXPECT_EQ(f.files[1].logical_path, "exports/b.csv");
  EXPECT_EQ(f.files[2].kind, SourceKind::automatic);
  EXPECT_EQ(f.files[0].path, t.file("exports/a.csv"));
  ASSERT_EQ(f.problems.size(), 1u);
  EXPECT_NE(f.problems[0].to_string().find("source file not found: gone.csv"), std::string::npos);
  ASSERT_EQ(f.notes.size(), 1u);
}

TEST(StudyFiles, APatternMatchingNothingIsAnErrorUnlessOptionalAndLockFilesAreSkipped) {
  TempDir t;
  std::filesystem::create_directories(t.file("exports"));
  t.write("exports/staff.xlsx", "PK");
  t.write("exports/~$staff.xlsx", std::string("\0\0\0", 3));
  t.write("study.xml",
          "<study title='t'>\n<sources>\n  <source files='exprots/*.csv'/>\n  <source files='exports/*.xlsx'/>\n"
          "</sources></study>");
  auto s = load_study(t.file("study.xml"));
  ASSERT_TRUE(s) << s.error().to_string();
  const StudyFiles f = study_files(*s);
  ASSERT_EQ(f.files.size(), 1u);
  EXPECT_EQ(f.files[0].logical_path, "exports/staff.xlsx");
  ASSERT_EQ(f.problems.size(), 1u);
  EXPECT_NE(f.problems[0].to_string().find("study.xml:3:"), std::string::npos) << f.problems[0].to_string();
  EXPECT_NE(f.problems[0].to_string().find("no file matches the source pattern 'exprots/*.csv'"), std::string::npos);
  ASSERT_EQ(f.notes.size(), 1u);
  EXPECT_NE(f.notes[0].message.find("skipped ~$staff.xlsx: Excel's lock file"), std::string::npos) << f.notes[0].message;
}

TEST(StudyFiles, CompanionFilesAreReadWithTheirPartnerNotAlone) {
  TempDir t;
  for (const char* f : {"odk.csv", "odk.xlsform.csv", "lonely.xlsform.csv", "s.sss", "s.asc", "other.asc", "lime.csv",
                        "lime.lss", "results-survey42.csv", "limesurvey_survey_42.lss", "limesurvey_survey_7.lss"})
    t.write(f, "x");
  t.write("study.xml", "<study title='t'/>");
  auto s = load_study(t.file("study.xml"));
  ASSERT_TRUE(s);
  std::vector<std::string> names;
  for (const auto& f : study_files(*s).files) names.push_back(f.logical_path);
  // A .lss labels the LimeSurvey export beside it (<stem>.csv, or results-survey<SID>.csv);
  // one with no export to label is a source, which then fails with its own message.
  EXPECT_EQ(names, (std::vector<std::string>{"lime.csv", "limesurvey_survey_7.lss", "lonely.xlsform.csv", "odk.csv",
                                             "other.asc", "results-survey42.csv", "s.sss"}));
}

TEST(StudyFiles, TheDefaultLeavesOutTheStudyItsStoreAndItsReport) {
  TempDir t;
  std::filesystem::create_directories(t.path() / "report");
  t.write("study.xml", "<study title='t'/>");
  t.write("study.db", "x");
  t.write("study.db-wal", "x");
  t.write("report/rejects.csv", "x");
  t.write("w1.csv", "x");
  auto s = load_study(t.file("study.xml"));
  ASSERT_TRUE(s);
  const StudyFiles f = study_files(*s);
  ASSERT_EQ(f.files.size(), 1u);
  EXPECT_EQ(f.files[0].logical_path, "w1.csv");
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

std::string study_error(const std::string& xml) {
  auto s = parse_study(xml, "study.xml");
  return s ? std::string("(loaded)") : s.error().to_string();
}

TEST(StudyErrors, SchemaMistakesSayWhereAndWhatIsAllowed) {
  EXPECT_EQ(study_error("<study title='t'>\n  <breakdown><by attribute='region'/></breakdown>\n</study>"),
            "study.xml:2:14: unknown element <breakdown> \u2014 did you mean <breakdowns>? (allowed in <study>: sources, "
            "scales, breakdowns, suppression, codebook, redact, outputs)");
  EXPECT_EQ(study_error("<study title='t'>\n<outputs><format>markdown</format></outputs>\n</study>"),
            "study.xml:2:35: 'markdown' is not allowed for <format> (allowed: html, md, csv, json, docx, xlsx)");
  EXPECT_EQ(study_error("<study title='t'><sources>\n<source files='a.csv' kind='note'/></sources></study>"),
            "study.xml:2:36: 'note' is not allowed for kind on <source> \u2014 did you mean 'notes'? (allowed: auto, "
            "survey, notes)");
  EXPECT_EQ(study_error("<study title='t'><sources>\n<source files='a.csv' foo='1'/></sources></study>"),
            "study.xml:2:32: <source> has no attribute foo (its attributes: files, platform, label, sheet, optional, kind)");
  EXPECT_EQ(study_error("<study title='t'><sources>\n<source/></sources></study>"),
            "study.xml:2:10: <source> needs the attribute files");
}

}  // namespace
}  // namespace canvass
