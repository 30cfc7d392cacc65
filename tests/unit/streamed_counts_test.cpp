// The streaming `dist FILE` path against the general one (whole table, layout, tally):
// many generated exports with random quoting, line ends, embedded line breaks and quotes,
// blanks, label variants and late off-scale answers must give identical tallies, read on
// one core or split across several with tiny buffers.
#include <gtest/gtest.h>

#include <random>
#include <sstream>

#include "analysis/streamed_counts.hpp"
#include "ingest/load_survey.hpp"
#include "general_path.hpp"
#include "random_csv.hpp"
#include "tally_text.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::TempDir;

using testing::render;

using testing::general_tallies;

// A Google-Forms-like (or generic) export with everything that makes CSV hard.
class ExportWriter : testing::RandomCsv {
 public:
  explicit ExportWriter(std::uint32_t seed) : RandomCsv(seed) {}

  std::string make(std::size_t rows) {
    const bool crlf = coin(0.5), google = coin(0.7), bom = coin(0.15);
    quoting_ = static_cast<int>(uniform(0, 2));  // 0 minimal, 1 always, 2 at random
    eol_ = crlf ? "\r\n" : "\n";
    std::vector<std::string> header;
    header.push_back(google ? "Timestamp" : "Respondent");
    header.push_back("Role");
    const std::size_t grid = uniform(1, 6);
    static const std::vector<std::string> statements = {
        "I enjoyed it", "The staff were friendly, helpful", "The \"buddy\" system helped", "Pace [overall] was right",
        "I learned something", "My views were heard", "  Spaces   around  "};
    for (std::size_t i = 0; i < grid; ++i)
      header.push_back("To what extent do you agree? [" + statements[(i + uniform(0, 6)) % statements.size()] + "]");
    header.push_back("Overall, how satisfied were you? [I would come again]");
    header.push_back("Overall I was satisfied");
    header.push_back("Any other comments?");
    header.push_back("What could be improved?");

    // Each answer column gets its own habits: variants, non-substantive labels, a late
    // off-scale answer, or a long run of blanks before the first answer.
    const std::size_t cols = header.size();
    kind_.assign(cols, 0);
    late_.assign(cols, rows + 1);
    for (std::size_t c = 2; c + 2 < cols; ++c) {
      kind_[c] = static_cast<int>(uniform(1, 4));
      if (coin(0.15)) late_[c] = uniform(0, rows ? rows - 1 : 0);
    }
    std::string text = bom ? "\xEF\xBB\xBF" : "";
    write_row(text, header, true);
    for (std::size_t r = 0; r < rows; ++r) {
      if (coin(0.02)) text += coin(0.5) ? eol_ : std::string(cols - 1, ',') + eol_;  // stray blank rows
      std::vector<std::string> row;
      row.push_back(google ? "2024/03/0" + std::to_string(r % 9 + 1) + " 10:00:00 am GMT" : std::to_string(r + 1));
      row.push_back(pick({"Teacher", "Support staff, part-time", "Leader", ""}));
      for (std::size_t c = 2; c + 2 < cols; ++c) row.push_back(answer(c, r));
      row.push_back(comment());
      row.push_back(comment());
      write_row(text, row, false);
    }
    if (coin(0.5)) text += eol_;
    return text;
  }

 private:
  std::string answer(std::size_t c, std::size_t r) {
    if (r == late_[c]) return "Banana";
    if (r < 5 && kind_[c] == 4) return "";  // a column whose answers start late
    static const std::vector<std::string> plain = {"Strongly agree", "Agree", "Neither agree nor disagree", "Disagree",
                                                   "Strongly disagree"};
    if (coin(0.08)) return pick({"", " ", ""});
    if (kind_[c] == 2 && coin(0.2)) return pick({"strongly AGREE", "  Agree ", "Neutral", "Neither agree or disagree",
                                                 "Strongly\tdisagree"});
    if (kind_[c] == 3 && coin(0.1)) return pick({"Don't know", "N/A", "Not applicable", "Don\xE2\x80\x99t know"});
    return pick(plain);
  }

  std::string comment() {
    static const std::vector<std::string> words = {"good", "café", "—", "\"really\"", "a, b", "line\nbreak", "x\r\ny",
                                                   "ok", "the", "sessions"};
    return RandomCsv::comment(words, 30, 2000);
  }

  std::vector<int> kind_;
  std::vector<std::size_t> late_;
};

TEST(StreamedCounts, SameTalliesAsTheGeneralPathOnGeneratedExports) {
  TempDir tmp;
  const ScaleVocabulary vocabulary = ScaleVocabulary::builtin();
  for (std::uint32_t seed = 1; seed <= 60; ++seed) {
    ExportWriter writer(seed);
    const std::string path = tmp.write("s" + std::to_string(seed) + ".csv", writer.make(1 + (seed * 37) % 400));
    auto general = general_tallies({path});
    ASSERT_TRUE(general) << "seed " << seed;
    for (unsigned threads : {1u, 2u, 3u}) {
      StreamOptions options;
      options.threads = threads;
      options.min_chunk_bytes = 1;  // split even small files
      options.block_bytes = 4096;   // refill often; grow for the long comments
      auto streamed = stream_tallies({path}, vocabulary, options).tallies;
      ASSERT_TRUE(streamed) << "seed " << seed << " threads " << threads;
      EXPECT_EQ(render(*streamed), render(*general)) << "seed " << seed << " threads " << threads;
    }
  }
}

TEST(StreamedCounts, PoolsSeveralFilesLikeTheGeneralPath) {
  TempDir tmp;
  std::vector<std::string> paths;
  for (std::uint32_t seed = 100; seed < 104; ++seed)
    paths.push_back(tmp.write("p" + std::to_string(seed) + ".csv", ExportWriter(seed).make(150)));
  auto general = general_tallies(paths);
  ASSERT_TRUE(general);
  StreamOptions options;
  options.threads = 2;
  options.min_chunk_bytes = 1;
  auto streamed = stream_tallies(paths, ScaleVocabulary::builtin(), options).tallies;
  ASSERT_TRUE(streamed);
  EXPECT_EQ(render(*streamed), render(*general));
}

TEST(StreamedCounts, LevelsNewToAPooledScaleComeInTheOrderFirstMet) {
  // The first file's scale has no non-substantive level; the second meets "N/A" (row 1,
  // second column) before "Don't know" (row 2, first column), both in one pooled tally.
  TempDir tmp;
  const std::string a = tmp.write("a.csv", "Timestamp,Q [a],Q [a]\nt,Agree,Agree\n");
  const std::string b = tmp.write("b.csv", "Timestamp,Q [a],Q [a]\nt,Agree,N/A\nt,Don't know,Agree\nt,N/A,Agree\n");
  auto general = general_tallies({a, b});
  auto streamed = stream_tallies({a, b}, ScaleVocabulary::builtin()).tallies;
  ASSERT_TRUE(general && streamed);
  EXPECT_EQ(render(*streamed), render(*general));
  EXPECT_NE(render(*streamed).find("6 N/A=2 | 7 Don't know=1"), std::string::npos) << render(*streamed);
}

TEST(StreamedCounts, AWrongGuessAtARecordBoundaryIsScannedAgain) {
  // Comments full of lines that look like whole records: a split guessed inside one of
  // them must be caught where the previous stretch really ends.
  TempDir tmp;
  std::string text = "Timestamp,Q [a],Q [b],Comments\n";
  std::string fake;
  for (int i = 0; i < 100; ++i) fake += "t,Strongly disagree,Strongly disagree,x\n";
  for (int r = 0; r < 300; ++r)
    text += "t,Agree," + std::string(r % 3 ? "Disagree" : "") + ",\"" + (r % 7 ? fake : "fine") + "\"\n";
  const std::string path = tmp.write("f.csv", text);
  auto general = general_tallies({path});
  ASSERT_TRUE(general);
  for (unsigned threads : {2u, 3u, 5u}) {
    StreamOptions options;
    options.threads = threads;
    options.min_chunk_bytes = 1;
    options.block_bytes = 4096;
    auto streamed = stream_tallies({path}, ScaleVocabulary::builtin(), options).tallies;
    ASSERT_TRUE(streamed);
    EXPECT_EQ(render(*streamed), render(*general)) << threads << " threads";
  }
}

TEST(StreamedCounts, LeavesAnythingUnusualToTheGeneralPath) {
  TempDir tmp;
  const ScaleVocabulary v = ScaleVocabulary::builtin();
  const std::string head = "Timestamp,Q [A],Q [B]\n";
  // A row of the wrong width, an unterminated quote, text after a quote: the layout rejects them.
  EXPECT_FALSE(stream_survey(tmp.write("w.csv", head + "t,Agree,Agree\nt,Agree\n"), v).value());
  EXPECT_FALSE(stream_survey(tmp.write("u.csv", head + "t,Agree,\"Agree\n"), v).value());
  EXPECT_FALSE(stream_survey(tmp.write("q.csv", head + "t,\"Agree\"x,Agree\n"), v).value());
  // Bytes the decoder would change: Windows-1252, UTF-16, NUL.
  EXPECT_FALSE(stream_survey(tmp.write("c.csv", head + "t,Agree,Don\x92t know\n"), v).value());
  EXPECT_FALSE(stream_survey(tmp.write("n.csv", head + std::string("t,Agree,A\0\n", 12)), v).value());
  EXPECT_FALSE(stream_survey(tmp.write("h.csv", head), v).value()) << "no data rows";
  EXPECT_FALSE(stream_survey(tmp.file("missing.csv"), v).value());
  // A plain file streams.
  auto ok = stream_survey(tmp.write("ok.csv", head + "t,Agree,Disagree\n\nt,Agree,\"\"\n"), v);
  ASSERT_TRUE(ok && *ok);
  EXPECT_EQ((*ok)->rows_read, 2u);
}

TEST(StreamedCounts, DistFormatCountsPrintsEveryLevelAndBlanksInByteOrder) {
  TempDir tmp;
  const std::string path = tmp.write("s.csv",
                                     "Timestamp,\"Q [b, \"\"two\"\"]\",Q [a]\r\n"
                                     "t1,Agree,Strongly agree\r\n"
                                     "t2,,Agree\r\n"
                                     "t3,\"Agree\",Don't know\r\n");
  auto r = testing::run_canvass("dist --format counts '" + path + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "statement,label,count\n"
            "a,(blank),0\n"
            "a,Agree,1\n"
            "a,Disagree,0\n"
            "a,Don't know,1\n"
            "a,Neither agree nor disagree,0\n"
            "a,Strongly agree,1\n"
            "a,Strongly disagree,0\n"
            "\"b, \"\"two\"\"\",(blank),1\n"
            "\"b, \"\"two\"\"\",Agree,2\n"
            "\"b, \"\"two\"\"\",Disagree,0\n"
            "\"b, \"\"two\"\"\",Don't know,0\n"
            "\"b, \"\"two\"\"\",Neither agree nor disagree,0\n"
            "\"b, \"\"two\"\"\",Strongly agree,0\n"
            "\"b, \"\"two\"\"\",Strongly disagree,0\n");
}

}  // namespace
}  // namespace canvass
