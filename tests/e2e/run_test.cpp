// End to end through `canvass run`: the same study twice gives the same store, a folder
// of good and bad files keeps the good data and lists the rejects, a changed export
// replaces its source, a failed one keeps the previous version, a renamed one is followed.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "store_dump.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::run_canvass;
using testing::TempDir;

const char* kStudy = R"(<?xml version="1.0" encoding="UTF-8"?>
<study title="Workshop study" batch="w1">
  <sources>
    <source files="exports/*.csv" label="workshop 1"/>
  </sources>
</study>
)";

const std::string kGood =
    "Timestamp,Role,Agree? [A],Agree? [B]\n"
    "t1,Staff,Agree,Strongly agree\n"
    "t2,Staff,Disagree,Agree\n"
    "t3,Pupil,Agree,Disagree\n";

struct Study {
  TempDir dir;
  Study() {
    std::filesystem::create_directories(dir.path() / "exports");
    dir.write("study.xml", kStudy);
  }
  std::string write(const std::string& name, const std::string& content) const { return dir.write("exports/" + name, content); }
  testing::RunResult run() const { return run_canvass("run study.xml", dir.path().string()); }
  std::string store() const { return dir.file("study.db"); }
};

TEST(StudyRun, RunningTwiceGivesTheSameStore) {
  Study s;
  s.write("a.csv", kGood);
  s.write("b.csv", kGood + "t4,Pupil,Agree,Agree\n");
  auto first = s.run();
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string before = testing::dump(s.store());
  EXPECT_NE(before.find("respondent: 7\n"), std::string::npos) << before;
  auto second = s.run();
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("exports/a.csv: unchanged, rows read 3 = stored 3 + rejected 0"), std::string::npos)
      << second.err;
  EXPECT_EQ(testing::dump(s.store()), before);
  EXPECT_EQ(testing::integrity(s.store()), "ok");
}

TEST(StudyRun, ReportFolderHoldsTheSummaryAndTheReport) {
  Study s;
  s.write("a.csv", kGood);
  ASSERT_EQ(s.run().exit_code, 0);
  const std::string sources = testing::read_text(s.dir.file("report/sources.csv"));
  EXPECT_EQ(sources,
            "\xEF\xBB\xBF"  // a byte-order mark: Excel reads the file names as UTF-8
            "file,status,platform,rows_read,rows_stored,rows_rejected,message\n"
            "exports/a.csv,stored,google-forms,3,3,0,\n");
  EXPECT_TRUE(std::filesystem::exists(s.dir.file("report/report.html")));
  EXPECT_EQ(testing::read_text(s.dir.file("report/rejects.csv")), "\xEF\xBB\xBF" "file,line,column,reason\n");
}

TEST(StudyRun, MixedFolderKeepsTheGoodDataAndListsWhatWasRejected) {
  Study s;
  s.write("good.csv", kGood);
  s.write("ragged.csv", kGood + "t4,Pupil,Agree,Agree,,\n" + "t5,Pupil,Agree,Agree,extra\n");
  s.write("open-quote.csv", "Timestamp,Q\n\"never closed,Agree\n");
  s.write("empty.csv", "");
  s.write("binary.csv", std::string("\x7f" "ELF\x02\x01\x01\0\0\0garbage", 16));
  auto r = s.run();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  // The good rows of both readable files are stored; nothing from the three bad files.
  EXPECT_EQ(testing::count_rows(s.store(), "source"), 2);
  EXPECT_EQ(testing::count_rows(s.store(), "respondent"), 6);
  const std::string rejects = testing::read_text(s.dir.file("report/rejects.csv"));
  EXPECT_NE(rejects.find("exports/ragged.csv,5,0,\"expected 4 columns, found 6\""), std::string::npos) << rejects;
  EXPECT_NE(rejects.find("exports/ragged.csv,6,0,\"expected 4 columns, found 5\""), std::string::npos) << rejects;
  EXPECT_NE(rejects.find("exports/open-quote.csv,2,1,\"file failed"), std::string::npos) << rejects;
  EXPECT_NE(rejects.find("exports/empty.csv,0,0,\"file failed, nothing stored from it: the file is empty\""),
            std::string::npos) << rejects;
  EXPECT_NE(rejects.find("exports/binary.csv,"), std::string::npos) << rejects;
  EXPECT_NE(r.err.find("exports/ragged.csv: stored, rows read 5 = stored 3 + rejected 2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("rejected rows and failed files are listed in"), std::string::npos) << r.err;
  EXPECT_EQ(testing::integrity(s.store()), "ok");
}

TEST(StudyRun, AChangedExportReplacesItsSourceInPlace) {
  Study s;
  s.write("a.csv", kGood);
  ASSERT_EQ(s.run().exit_code, 0);
  s.write("a.csv", kGood + "t4,Pupil,Strongly agree,Agree\n");
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("exports/a.csv: replaced, rows read 4 = stored 4 + rejected 0"), std::string::npos) << r.err;
  EXPECT_EQ(testing::count_rows(s.store(), "source"), 1);
  EXPECT_EQ(testing::count_rows(s.store(), "respondent"), 4);
  EXPECT_EQ(testing::count_rows(s.store(), "response"), 12);
  // No scale or question is left behind by the version it replaced.
  EXPECT_EQ(testing::count_rows(s.store(), "question"), 2);
  EXPECT_EQ(testing::count_rows(s.store(), "scale"), 1);
  EXPECT_EQ(testing::integrity(s.store()), "ok");
}

TEST(StudyRun, AChangedExportThatFailsKeepsThePreviousVersion) {
  Study s;
  s.write("a.csv", kGood);
  ASSERT_EQ(s.run().exit_code, 0);
  const std::string before = testing::dump(s.store());
  s.write("a.csv", "Timestamp,Role\n\"broken");
  auto r = s.run();
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("exports/a.csv: FAILED, nothing stored (earlier data kept)"), std::string::npos) << r.err;
  EXPECT_EQ(testing::dump(s.store()), before);
}

TEST(StudyRun, ARenamedExportIsFollowedNotDuplicated) {
  Study s;
  s.write("a.csv", kGood);
  ASSERT_EQ(s.run().exit_code, 0);
  std::filesystem::rename(s.dir.file("exports/a.csv"), s.dir.file("exports/a (1).csv"));
  auto r = s.run();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("exports/a (1).csv: unchanged (was exports/a.csv)"), std::string::npos) << r.err;
  EXPECT_EQ(testing::count_rows(s.store(), "respondent"), 3);
  // Now that the source carries the new name, a changed file at that name replaces it.
  s.write("a (1).csv", kGood + "t4,Pupil,Agree,Agree\n");
  ASSERT_EQ(s.run().exit_code, 0);
  EXPECT_EQ(testing::count_rows(s.store(), "source"), 1);
  EXPECT_EQ(testing::count_rows(s.store(), "respondent"), 4);
}

TEST(StudyRun, SourceLabelBecomesARespondentAttribute) {
  Study s;
  s.write("a.csv", kGood);
  ASSERT_EQ(s.run().exit_code, 0);
  auto db = open_store(s.store(), false);
  ASSERT_TRUE(db);
  EXPECT_EQ(testing::query_text(*db, "SELECT DISTINCT value FROM respondent_attribute WHERE name = 'label'"),
            "workshop 1\n");
  EXPECT_EQ(testing::query_text(*db, "SELECT label || '|' || status FROM batch"), "w1|complete\n");
}

// A batch says whether the writes into it finished: `ingest` closes its batch as `run`
// does, a later write into the same batch opens it again until that write finishes, and a
// batch where some file could not be stored is "partial".
TEST(BatchStatus, IngestFinishesItsBatchAndALaterWriteReopensIt) {
  TempDir t;
  const std::string store = t.file("s.db"), a = t.write("a.csv", kGood),
                    b = t.write("b.csv", kGood + "t4,Pupil,Agree,Agree\n"), bad = t.write("bad.csv", "");
  auto status = [&] {
    auto db = open_store(store, false);
    return db ? testing::query_text(*db, "SELECT label || '|' || status || '|' || (finished_at IS NOT NULL) FROM batch "
                                         "ORDER BY id")
              : db.error().to_string();
  };
  ASSERT_EQ(run_canvass("ingest --db '" + store + "' --batch w1 '" + a + "'").exit_code, 0);
  EXPECT_EQ(status(), "w1|complete|1\n");
  ASSERT_EQ(run_canvass("ingest --db '" + store + "' --batch w1 '" + b + "'").exit_code, 0);
  EXPECT_EQ(status(), "w1|complete|1\n") << "the second write into w1 finished too";
  EXPECT_EQ(run_canvass("ingest --db '" + store + "' --batch w2 '" + bad + "' '" + a + "' '" + b + "'").exit_code, 1);
  EXPECT_EQ(status(), "w1|complete|1\n") << "unchanged files wrote nothing into w2, which was never opened";
  auto c = t.write("c.csv", kGood + "t5,Staff,Agree,Agree\n");
  EXPECT_EQ(run_canvass("ingest --db '" + store + "' --batch w2 '" + bad + "' '" + c + "'").exit_code, 1);
  EXPECT_EQ(status(), "w1|complete|1\nw2|partial|1\n");
}

TEST(StudyRun, AnInvalidStudyIsRefusedAtLineAndColumn) {
  TempDir dir;
  dir.write("study.xml", "<?xml version=\"1.0\"?>\n<study title=\"x\">\n  <sauces/>\n</study>\n");
  auto r = run_canvass("run study.xml", dir.path().string());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("study.xml:3:"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir.file("study.db"))) << "nothing is created for a study that cannot be read";
}

TEST(StudyRun, AStudyWithoutSourcesTakesEverythingUnderItsFolder) {
  TempDir dir;
  dir.write("study.xml", "<study title=\"Everything\"/>\n");
  std::filesystem::create_directories(dir.path() / "w1" / "deeper");
  dir.write("w1/a.csv", kGood);
  dir.write("w1/deeper/b.csv", kGood + "t4,Pupil,Agree,Agree\n");
  auto r = run_canvass("run study.xml", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(testing::count_rows(dir.file("study.db"), "source"), 2);
  // The report folder and the store it wrote are not sources on the next run.
  auto again = run_canvass("run study.xml", dir.path().string());
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(testing::count_rows(dir.file("study.db"), "source"), 2);
}

// A LimeSurvey code export with its structure file beside it: the .lss labels the export
// and is not a source of its own, so nothing fails; alone, a .lss is still a failed source.
TEST(StudyRun, ALimeSurveyStructureFileBesideItsExportIsNotAFailedSource) {
  TempDir dir;
  dir.write("study.xml", "<study title=\"Staff training\"/>\n");
  std::filesystem::create_directories(dir.path() / "wave1");
  for (const char* name : {"limesurvey-codes.csv", "limesurvey-codes.lss"})
    std::filesystem::copy(testing::sample(std::string("platforms/") + name), dir.path() / "wave1" / name);
  auto r = run_canvass("run study.xml", dir.path().string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("summary: 1 files, 0 failed"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(".lss"), std::string::npos) << r.err;
  EXPECT_EQ(testing::count_rows(dir.file("study.db"), "source"), 1);
  EXPECT_EQ(testing::count_rows(dir.file("study.db"), "respondent"), 8);
  const std::string rejects = testing::read_text(dir.file("report/rejects.csv"));
  EXPECT_EQ(rejects.find(".lss"), std::string::npos) << rejects;
  // The stored answers are the labels, so the grid is the agreement scale it was.
  auto dist = run_canvass("dist --format csv --db study.db", dir.path().string());
  ASSERT_EQ(dist.exit_code, 0) << dist.err;
  EXPECT_NE(dist.out.find("The training was useful,,5,Strongly agree,3,37.5,8"), std::string::npos) << dist.out;

  std::filesystem::copy(dir.path() / "wave1" / "limesurvey-codes.lss", dir.path() / "wave1" / "orphan.lss");
  auto again = run_canvass("run study.xml", dir.path().string());
  EXPECT_EQ(again.exit_code, 1) << again.err;
  EXPECT_NE(testing::read_text(dir.file("report/rejects.csv")).find("wave1/orphan.lss"), std::string::npos);
}

TEST(StudyRun, TheBundledSampleStudyRunsTwiceToTheSameStore) {
  TempDir dir;
  // A copy of samples/ so the study's own out/ paths land in the temporary folder.
  std::filesystem::copy(testing::source_dir() + "/samples", dir.path() / "samples",
                        std::filesystem::copy_options::recursive);
  auto first = run_canvass("run samples/study.xml", dir.path().string());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const std::string store = dir.file("out/canvass.db");
  const std::string after_first = testing::dump(store);
  EXPECT_GE(testing::count_rows(store, "respondent"), 13);
  auto second = run_canvass("run samples/study.xml", dir.path().string());
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(testing::dump(store), after_first);
  EXPECT_EQ(testing::integrity(store), "ok");
  EXPECT_TRUE(std::filesystem::exists(dir.file("out/report/sources.csv")));
}

}  // namespace
}  // namespace canvass
