// save_quotes keeps the quote bank's rows in the `quote` table: one row per quote id (the
// last quote with an id gives its values, in the place of the first), unchanged rows not
// written, rows updated in place, quotes gone deleted unless decided about (then retired),
// and the decisions returned.
#include <gtest/gtest.h>

#include <vector>

#include "analysis/quote_store.hpp"
#include "store/schema.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

using testing::TempDir;

QuoteRow row(std::string_view id, std::string_view text, double score, std::int64_t origin_id = 1) {
  QuoteRow r;
  r.id = id;
  r.origin = "comment";
  r.origin_id = origin_id;
  r.respondent = "R1";
  r.question = "What went well?";
  r.source = "export.csv";
  r.line = 2;
  r.text = text;
  r.tone = "positive";
  r.score = score;
  return r;
}

std::map<std::string, std::string> save(Database& db, const std::vector<QuoteRow>& rows) {
  auto decisions = save_quotes(db, rows.size(), [&](std::size_t i) { return rows[i]; });
  EXPECT_TRUE(decisions) << decisions.error().to_string();
  return decisions ? *decisions : std::map<std::string, std::string>{};
}

// Every row: id, key, text, score, current, decision.
std::string table(Database& db) {
  auto st = db.prepare("SELECT id, key, text, score, current, COALESCE(decision, '-') FROM quote ORDER BY id");
  std::string out;
  while (st && *st->step())
    out += std::to_string(st->integer(0)) + " " + st->text(1) + " " + st->text(2) + " " + st->text(3) + " " +
           std::to_string(st->integer(4)) + " " + st->text(5) + "\n";
  return out;
}

int changes_since(Database& db, long& last) {
  auto st = db.prepare("SELECT total_changes()");
  st->step();
  const long now = static_cast<long>(st->integer(0));
  const int changed = static_cast<int>(now - last);
  last = now;
  return changed;
}

TEST(QuoteStore, OneRowPerIdUpdatedInPlaceAndGoneUnlessDecided) {
  TempDir t;
  auto db = open_store(t.file("s.db"));
  ASSERT_TRUE(db);
  long last = 0;
  changes_since(*db, last);
  // "b" twice (the same words answering the same question): one row, in the place of the
  // first, with the values of the last.
  save(*db, {row("aaaa000001", "first", 0.5), row("bbbb000002", "second", 0.25),
             row("cccc000003", "third", 0.75), row("bbbb000002", "second again", 0.3, 7)});
  EXPECT_EQ(table(*db),
            "1 aaaa000001 first 0.5 1 -\n2 bbbb000002 second again 0.3 1 -\n3 cccc000003 third 0.75 1 -\n");
  changes_since(*db, last);

  // Nothing changed: nothing written.
  save(*db, {row("aaaa000001", "first", 0.5), row("bbbb000002", "second", 0.25),
             row("cccc000003", "third", 0.75), row("bbbb000002", "second again", 0.3, 7)});
  EXPECT_EQ(changes_since(*db, last), 0);

  ASSERT_TRUE(decide_quote(*db, "aaaa", "keep"));
  changes_since(*db, last);
  // A score moved, "a" and "c" gone, "d" new: "b" updated in its row, "a" (decided) kept
  // but no longer current, "c" deleted, "d" added.
  auto decisions = save(*db, {row("bbbb000002", "second again", 0.31, 7), row("dddd000004", "fourth", 0.9)});
  EXPECT_EQ(changes_since(*db, last), 4);
  EXPECT_EQ(table(*db),
            "1 aaaa000001 first 0.5 0 keep\n2 bbbb000002 second again 0.31 1 -\n4 dddd000004 fourth 0.9 1 -\n");
  EXPECT_EQ(decisions, (std::map<std::string, std::string>{{"aaaa000001", "keep"}}));

  // The decided quote back: current again, its decision kept.
  save(*db, {row("aaaa000001", "first", 0.5), row("bbbb000002", "second again", 0.31, 7),
             row("dddd000004", "fourth", 0.9)});
  EXPECT_EQ(table(*db),
            "1 aaaa000001 first 0.5 1 keep\n2 bbbb000002 second again 0.31 1 -\n4 dddd000004 fourth 0.9 1 -\n");
}

}  // namespace
}  // namespace canvass
