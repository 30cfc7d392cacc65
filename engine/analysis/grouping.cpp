#include "analysis/grouping.hpp"

#include <algorithm>

#include "layouts/personal_columns.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

struct Candidate {
  Grouping grouping;
  std::string code;  // the question's code; for an attribute, its name
};

Result<std::vector<Candidate>> candidates(Database& db) {
  std::vector<Candidate> out;
  auto q = db.prepare(
      "SELECT code, text FROM question WHERE kind = 'single' GROUP BY code, text ORDER BY min(id)");
  if (!q) return q.error();
  for (;;) {
    auto row = q->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back({{Grouping::Kind::question, q->text(1), q->text(1)}, q->text(0)});
  }
  // Metadata attributes: names that are not the code of a question in the same source,
  // and never personal ones (a name or an e-mail is not a group).
  auto a = db.prepare(
      "SELECT DISTINCT ra.name FROM respondent_attribute ra JOIN respondent r ON r.id = ra.respondent_id "
      "WHERE NOT EXISTS (SELECT 1 FROM question q WHERE q.source_id = r.source_id AND q.code = ra.name) "
      "ORDER BY ra.name");
  if (!a) return a.error();
  for (;;) {
    auto row = a->step();
    if (!row) return row.error();
    if (!*row) break;
    if (is_personal_attribute(a->text(0))) continue;
    out.push_back({{Grouping::Kind::attribute, a->text(0), a->text(0)}, a->text(0)});
  }
  return out;
}

// Distinct groupings among `found` (one question text may carry several codes).
std::vector<Grouping> distinct(const std::vector<const Candidate*>& found) {
  std::vector<Grouping> out;
  for (const Candidate* c : found)
    if (std::none_of(out.begin(), out.end(), [&](const Grouping& g) { return g.kind == c->grouping.kind && g.key == c->grouping.key; }))
      out.push_back(c->grouping);
  return out;
}

Error usage(std::string message) { return Error{{"canvass"}, std::move(message), Error::Kind::usage}; }

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "\"" : ", \"") + n + "\"";
  return out;
}

}  // namespace

Result<Grouping> resolve_grouping(Database& db, const std::string& spec) {
  const std::string wanted = fold(spec);
  if (wanted == "batch") return Grouping{Grouping::Kind::batch, "", "Batch"};
  auto all = candidates(db);
  if (!all) return all.error();
  std::vector<const Candidate*> exact, full_text, partial;
  for (const auto& c : *all) {
    const std::string text = fold(c.grouping.key);
    if (fold(c.code) == wanted) exact.push_back(&c);
    if (text == wanted) full_text.push_back(&c);
    else if (!wanted.empty() && text.find(wanted) != std::string::npos) partial.push_back(&c);
  }
  for (const auto* found : {&exact, &full_text, &partial}) {
    const auto groupings = distinct(*found);
    if (groupings.size() == 1) return groupings.front();
    if (groupings.size() > 1) {
      std::vector<std::string> names;
      for (const auto& g : groupings) names.push_back(g.label);
      return usage("--by '" + spec + "' is ambiguous: it matches " + quoted_list(names));
    }
  }
  std::vector<std::string> names{"batch"};
  for (const auto& g : distinct([&] {
         std::vector<const Candidate*> every;
         for (const auto& c : *all) every.push_back(&c);
         return every;
       }()))
    names.push_back(g.label);
  return usage("--by '" + spec + "' matches no single-choice question or attribute; candidates: " + quoted_list(names));
}

Result<std::vector<Grouping>> single_choice_groupings(Database& db) {
  auto all = candidates(db);
  if (!all) return all.error();
  std::vector<const Candidate*> questions;
  for (const auto& c : *all)
    if (c.grouping.kind == Grouping::Kind::question) questions.push_back(&c);
  return distinct(questions);
}

Result<long> batch_count(Database& db) {
  auto st = db.prepare("SELECT count(DISTINCT batch_id) FROM source");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  return *row ? static_cast<long>(st->integer(0)) : 0L;
}

namespace {

// Each respondent's answer (rid, value) for a question or attribute grouping; ?1 is its key.
std::string answers_sql(const Grouping& g) {
  return g.kind == Grouping::Kind::question
             ? "SELECT ra.respondent_id AS rid, ra.value AS value FROM respondent_attribute ra "
               "JOIN respondent r2 ON r2.id = ra.respondent_id "
               "JOIN question q ON q.source_id = r2.source_id AND q.code = ra.name "
               "WHERE q.kind = 'single' AND q.text = ?1"
             : "SELECT respondent_id AS rid, value FROM respondent_attribute WHERE name = ?1";
}

}  // namespace

std::string group_membership_sql(const Grouping& g) {
  if (g.kind == Grouping::Kind::batch)
    return "SELECT r.id AS respondent_id, b.label AS value, b.id AS rank FROM respondent r "
           "JOIN source s ON s.id = r.source_id JOIN batch b ON b.id = s.batch_id";
  const std::string answers = answers_sql(g);
  return "SELECT r.id AS respondent_id, COALESCE(a.value, '" + std::string(kNoAnswerGroup) +
         "') AS value, CASE WHEN a.value IS NULL THEN 9223372036854775807 "
         "ELSE min(r.id) OVER (PARTITION BY a.value) END AS rank "
         "FROM respondent r LEFT JOIN (" + answers + ") a ON a.rid = r.id";
}

Result<std::vector<GroupSize>> group_sizes(Database& db, const Grouping& g) {
  // The groups and order of group_membership_sql (a group's rank is its first respondent's
  // id, the no-answer group last) counted in one GROUP BY, without the window that gives
  // each respondent its group's rank: a second pass over every respondent saved.
  const std::string sql =
      g.kind == Grouping::Kind::batch
          ? "WITH grp AS (" + group_membership_sql(g) + ") SELECT value, count(*) FROM grp GROUP BY value ORDER BY min(rank), value"
          : "SELECT COALESCE(a.value, '" + std::string(kNoAnswerGroup) + "') AS grp, count(*) FROM respondent r LEFT JOIN (" +
                answers_sql(g) + ") a ON a.rid = r.id GROUP BY grp "
                "ORDER BY min(CASE WHEN a.value IS NULL THEN 9223372036854775807 ELSE r.id END), grp";
  auto st = db.prepare(sql);
  if (!st) return st.error();
  if (g.kind != Grouping::Kind::batch) st->bind(1, g.key);
  std::vector<GroupSize> out;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    out.push_back({st->text(0), static_cast<long>(st->integer(1))});
  }
  return out;
}

}  // namespace canvass
