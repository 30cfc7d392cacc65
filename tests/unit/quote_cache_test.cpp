// The quote bank's per-passage results kept in the store (analysis/quote_cache): a re-run
// reuses them and gives the same bank; one more export prepares only its comments; a
// change of names to redact or of the tone model's files prepares everything again; a
// read-only store computes and writes nothing; the stored bytes decode to what was made.
#include <gtest/gtest.h>

#include "quote_resources.hpp"

#include <cstring>
#include <filesystem>
#include <sstream>

#include "analysis/quote_bank.hpp"
#include "analysis/quote_cache.hpp"
#include "ingest/ingest_file.hpp"
#include "model/build_id.hpp"
#include "store/schema.hpp"
#include "test_support.hpp"
#include "text/word_list.hpp"

namespace canvass {
namespace {

using testing::TempDir;

const std::string kPlanted = testing::source_dir() + "/tests/data/quotes/planted-survey.csv";

// One more export of the same survey: three respondents, new comments (one repeats an
// earlier comment word for word).
const char* kMore =
    "Timestamp,What is your role?,To what extent do you agree with the following statements? [The sessions were well "
    "organised],To what extent do you agree with the following statements? [I would recommend the programme],What "
    "worked well?,What could be improved?,Any other comments?\n"
    "02/02/2025 09:00:00,Teacher,Agree,Agree,The visits to other classrooms showed us new ways of planning lessons "
    "together.,More time between sessions to try things out would have helped a great deal.,Thank you to the whole team.\n"
    "02/02/2025 09:05:00,Headteacher,Disagree,Neutral,Very little; the venue was cold and the sessions started "
    "late every time.,\"Shorter days, and lunch provided, please.\",N/A\n"
    "02/02/2025 09:10:00,Teacher,Agree,Agree,Working with colleagues from other schools gave us fresh ideas for our "
    "own classrooms.,Nothing really.,\n";

const QuoteResources& resources() { return testing::shipped_quote_resources(); }

QuoteOptions options() {
  QuoteOptions o;
  auto b = load_default_codebook(data_dir());
  EXPECT_TRUE(b.ok());
  if (b.ok()) o.codebook = *b;
  return o;
}

std::string bits(double x) {
  std::uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return std::to_string(u);
}

// Every field of every candidate, floats by their bits.
std::string dump(const QuoteBank& bank) {
  std::ostringstream out;
  for (const Quote& q : bank.quotes()) {
    out << q.id << '|' << q.origin << '|' << q.origin_id << '|' << q.sentence << '|' << q.respondent << '|' << q.voice
        << '|' << q.question << '|' << q.source << '|' << q.line << '|' << q.text << '|' << q.theme << '|'
        << bits(q.tone.compound) << '|' << to_string(q.tone.tone) << '|' << bits(q.tone.confidence) << '|'
        << bits(q.score) << '|' << q.group << '|' << q.decision << '|' << bits(q.representativeness) << '|'
        << bits(q.substance) << '|' << bits(q.length_fit) << '|' << bits(q.self_contained);
    for (const auto& t : q.themes) out << '|' << t;
    out << '\n';
  }
  return out.str();
}

long count(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  EXPECT_TRUE(st.ok());
  if (!st.ok()) return -1;
  auto row = st->step();
  const long n = row.ok() && *row ? static_cast<long>(st->integer(0)) : -1;
  st->reset();
  return n;
}

struct Built {
  std::string dump;
  std::size_t prepared = 0, reused = 0;
};

Built build(Database& db, const QuoteResources& r, const QuoteOptions& o) {
  auto bank = build_quote_bank(db, r, o);
  EXPECT_TRUE(bank.ok()) << (bank.ok() ? "" : bank.error().to_string());
  if (!bank.ok()) return {};
  return {dump(*bank), bank->passages_prepared(), bank->passages_reused()};
}

class QuoteCache : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!program_build_known()) GTEST_SKIP() << "no build ID: results are never kept";
    auto db = open_store(store);
    ASSERT_TRUE(db.ok()) << db.error().to_string();
    auto in = ingest_file(*db, kPlanted, {"first", ""}, ScaleVocabulary::builtin());
    ASSERT_FALSE(in.error) << in.error->to_string();
  }
  TempDir tmp;
  const std::string store = tmp.file("s.db");
};

TEST_F(QuoteCache, ARerunReusesEveryPassageAndGivesTheSameBank) {
  auto db = open_store(store);
  ASSERT_TRUE(db.ok());
  const long passages = count(*db, "SELECT COUNT(*) FROM comment");
  ASSERT_GT(passages, 10);
  const Built fresh = build(*db, resources(), options());
  EXPECT_EQ(fresh.prepared, static_cast<std::size_t>(passages));
  EXPECT_EQ(fresh.reused, 0u);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM passage_result"), passages);
  const Built again = build(*db, resources(), options());
  EXPECT_EQ(again.prepared, 0u);
  EXPECT_EQ(again.reused, static_cast<std::size_t>(passages));
  EXPECT_FALSE(fresh.dump.empty());
  EXPECT_EQ(again.dump, fresh.dump);
}

TEST_F(QuoteCache, OneMoreExportPreparesOnlyItsComments) {
  {
    auto db = open_store(store);
    ASSERT_TRUE(db.ok());
    build(*db, resources(), options());
    auto in = ingest_file(*db, tmp.write("more.csv", kMore), {"second", ""}, ScaleVocabulary::builtin());
    ASSERT_FALSE(in.error) << in.error->to_string();
  }
  std::filesystem::copy_file(store, tmp.file("uncached.db"));
  auto db = open_store(store);
  ASSERT_TRUE(db.ok());
  const long all = count(*db, "SELECT COUNT(*) FROM comment");
  const long added = count(*db,
                           "SELECT COUNT(*) FROM comment c JOIN respondent r ON r.id = c.respondent_id "
                           "WHERE r.source_id = (SELECT MAX(id) FROM source)");
  ASSERT_GT(added, 0);
  const Built after = build(*db, resources(), options());
  EXPECT_EQ(after.prepared, static_cast<std::size_t>(added));
  EXPECT_EQ(after.reused, static_cast<std::size_t>(all - added));

  // The same bank as one made with nothing kept.
  auto plain = open_store(tmp.file("uncached.db"));
  ASSERT_TRUE(plain.ok());
  ASSERT_TRUE(plain->exec("DELETE FROM passage_result").ok());
  const Built scratch = build(*plain, resources(), options());
  EXPECT_EQ(scratch.reused, 0u);
  EXPECT_EQ(after.dump, scratch.dump);
}

TEST_F(QuoteCache, ChangedNamesToRedactOrToneModelPrepareEverythingAgain) {
  auto db = open_store(store);
  ASSERT_TRUE(db.ok());
  const auto passages = static_cast<std::size_t>(count(*db, "SELECT COUNT(*) FROM comment"));
  build(*db, resources(), options());

  QuoteOptions named = options();
  named.names_to_redact = {"Colleagues"};
  const Built with_name = build(*db, resources(), named);
  EXPECT_EQ(with_name.prepared, passages);
  EXPECT_EQ(with_name.dump.find("Working with colleagues"), std::string::npos) << "the new name is redacted";
  EXPECT_EQ(count(*db, "SELECT COUNT(DISTINCT pipeline) FROM passage_result"), 1) << "the old rows are gone";

  // Another tone model: the same data with one byte of the model file changed.
  const std::string data = tmp.file("data");
  std::filesystem::copy(data_dir(), data, std::filesystem::copy_options::recursive);
  std::ofstream(data + "/tone/tone_model.tsv", std::ios::app) << "# retrained\n";
  auto other = QuoteResources::load(data);
  ASSERT_TRUE(other.ok()) << other.error().to_string();
  EXPECT_NE(other->data_fingerprint, resources().data_fingerprint);
  const Built retoned = build(*db, *other, named);
  EXPECT_EQ(retoned.prepared, passages);
  EXPECT_EQ(retoned.dump, with_name.dump);
}

TEST_F(QuoteCache, AReadOnlyStoreComputesAndWritesNothing) {
  Built writable;
  {
    auto db = open_store(store);
    ASSERT_TRUE(db.ok());
    writable = build(*db, resources(), options());
    ASSERT_TRUE(db->exec("DELETE FROM passage_result WHERE key % 2 = 0").ok());
  }
  const long kept = [&] {
    auto db = open_store(store);
    return count(*db, "SELECT COUNT(*) FROM passage_result");
  }();
  auto db = Database::open_read_only(store, /*immutable=*/false);
  ASSERT_TRUE(db.ok()) << db.error().to_string();
  ASSERT_TRUE(db->read_only());
  const Built read_only = build(*db, resources(), options());
  EXPECT_EQ(read_only.reused, static_cast<std::size_t>(kept));
  EXPECT_GT(read_only.prepared, 0u);
  EXPECT_EQ(read_only.dump, writable.dump);
  EXPECT_EQ(count(*db, "SELECT COUNT(*) FROM passage_result"), kept);
}

TEST_F(QuoteCache, AStoreOfTheSchemaBeforeIsUpgradedAndStillReadWhenReadOnly) {
  Built current;
  {
    auto db = open_store(store);
    ASSERT_TRUE(db.ok());
    current = build(*db, resources(), options());
    ASSERT_TRUE(db->exec("DROP TABLE passage_result; DROP INDEX quote_decided; PRAGMA user_version=2;").ok());
  }
  {
    auto db = Database::open_read_only(store, /*immutable=*/false);
    ASSERT_TRUE(db.ok());
    const Built old = build(*db, resources(), options());
    EXPECT_EQ(old.reused, 0u);
    EXPECT_EQ(old.dump, current.dump);
  }
  auto db = open_store(store);
  ASSERT_TRUE(db.ok()) << db.error().to_string();
  EXPECT_EQ(count(*db, "PRAGMA user_version"), kSchemaVersion);
  const Built upgraded = build(*db, resources(), options());
  EXPECT_EQ(upgraded.reused, 0u);
  EXPECT_EQ(upgraded.dump, current.dump);
  EXPECT_EQ(build(*db, resources(), options()).prepared, 0u);
}

TEST(QuoteCacheBytes, PiecesComeBackExactlyAndDamagedBytesAreRefused) {
  QuoteOptions o = options();
  PassagePipeline pipeline(resources(), o);
  Passage p;
  p.origin = "comment";
  p.question = "What could be improved?";
  p.text = "Please   email jane.doe@example.org.  The sessions were far too long, and the room was too small.";
  for (const std::string& text : {p.text, std::string("Working with colleagues from other schools gave us fresh ideas.")}) {
    p.text = text;
    const auto pieces = pipeline.prepare(p);
    ASSERT_FALSE(pieces.empty());
    const std::string bytes = encode_pieces(pieces, p.text);
    auto back = decode_pieces(bytes, p.text);
    ASSERT_TRUE(back.has_value());
    ASSERT_EQ(back->size(), pieces.size());
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      EXPECT_EQ((*back)[i].id, pieces[i].id);
      EXPECT_EQ((*back)[i].text, pieces[i].text);
      EXPECT_EQ((*back)[i].stems, pieces[i].stems);
      EXPECT_EQ((*back)[i].themes, pieces[i].themes);
      EXPECT_EQ(bits((*back)[i].tone.compound), bits(pieces[i].tone.compound));
      EXPECT_EQ((*back)[i].tone.tone, pieces[i].tone.tone);
      EXPECT_EQ((*back)[i].substance, pieces[i].substance);
    }
    EXPECT_FALSE(decode_pieces(bytes.substr(0, bytes.size() - 1), p.text).has_value());
    EXPECT_FALSE(decode_pieces(bytes + "x", p.text).has_value());
  }
  EXPECT_FALSE(decode_pieces("", "").has_value());
}

}  // namespace
}  // namespace canvass
