#include "analysis/tally.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace canvass {

namespace {

// Adds `count` answers with `label` to the tally, growing the scale with any
// non-substantive level it has not seen (sources may offer different ones).
void add(ItemTally& t, const ScaleLevel* level, long count) {
  if (!level) {
    t.missing += count;
    return;
  }
  for (std::size_t i = 0; i < t.scale.levels.size(); ++i)
    if (t.scale.levels[i].label == level->label) {
      t.counts[i] += count;
      return;
    }
  ScaleLevel extra = *level;
  extra.position = static_cast<int>(t.scale.levels.size()) + 1;
  t.scale.levels.push_back(extra);
  t.counts.push_back(count);
}

ItemTally fresh(std::string question, std::string item, const Scale& scale) {
  ItemTally t{std::move(question), std::move(item), {}, scale, {}, 0};
  t.counts.assign(scale.levels.size(), 0);
  return t;
}

Result<std::vector<Scale>> load_scales(Database& db, std::map<std::int64_t, std::size_t>& index) {
  std::vector<Scale> scales;
  auto st = db.prepare(
      "SELECT s.id, s.name, s.family, l.position, l.label, l.code, l.polarity FROM scale s "
      "JOIN scale_level l ON l.scale_id = s.id ORDER BY s.id, l.position");
  if (!st) return st.error();
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    auto [it, fresh_scale] = index.emplace(st->integer(0), scales.size());
    if (fresh_scale) scales.push_back(Scale{st->text(1), st->text(2), {}});
    scales[it->second].levels.push_back({static_cast<int>(st->integer(3)), st->text(4), st->text(5),
                                         polarity_from_string(st->text(6)).value_or(Polarity::neutral)});
  }
  return scales;
}

// Marks the tallies of statements the study made reverse-coded. Items pool by wording, so
// a statement is reverse-coded when any source's item with that wording is flagged.
Status mark_reverse_coded(Database& db, std::vector<ItemTally>& tallies) {
  auto st = db.prepare(
      "SELECT DISTINCT q.text, i.text FROM item i JOIN question q ON q.id = i.question_id WHERE i.reverse_coded <> 0");
  if (!st) return st.error();
  std::set<std::pair<std::string, std::string>> reversed;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    reversed.emplace(st->text(0), st->text(1));
  }
  for (auto& t : tallies) t.reverse_coded = reversed.count({t.question, t.item}) > 0;
  return Ok{};
}

}  // namespace

Result<std::vector<ItemTally>> tally_store(Database& db, const Grouping* by) {
  std::map<std::int64_t, std::size_t> scale_index;
  auto scales = load_scales(db, scale_index);
  if (!scales) return scales.error();
  // Without a grouping every respondent is in the one unnamed group.
  const std::string membership =
      by ? group_membership_sql(*by) : "SELECT id AS respondent_id, '' AS value, 0 AS rank FROM respondent";
  auto st = db.prepare(
      "WITH grp AS (" + membership + ") "
      "SELECT q.text, i.text, q.scale_id, r.level, count(*), min(q.id), min(i.position), g.value, min(g.rank) "
      "FROM response r JOIN item i ON i.id = r.item_id JOIN question q ON q.id = i.question_id "
      "JOIN grp g ON g.respondent_id = r.respondent_id "
      "WHERE q.kind = 'likert' GROUP BY q.text, i.text, q.scale_id, g.value, r.level "
      "ORDER BY min(q.id), min(i.position)");
  if (!st) return st.error();
  if (by && by->kind != Grouping::Kind::batch) st->bind(1, by->key);
  std::vector<ItemTally> tallies;
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> index;
  // Per tally: (first question id, item position) of its item, and its group's rank.
  std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, std::int64_t>> item_order;
  std::vector<std::int64_t> group_rank;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    const Scale& scale = (*scales)[scale_index.at(st->integer(2))];
    auto key = std::make_tuple(st->text(0), st->text(1), st->text(7));
    auto [it, added] = index.emplace(key, tallies.size());
    if (added) {
      tallies.push_back(fresh(std::get<0>(key), std::get<1>(key), scale));
      tallies.back().group = std::get<2>(key);
      group_rank.push_back(st->integer(8));
    }
    group_rank[it->second] = std::min(group_rank[it->second], st->integer(8));
    const auto position = std::make_pair(st->integer(5), st->integer(6));
    auto [at, first] = item_order.emplace(std::make_pair(std::get<0>(key), std::get<1>(key)), position);
    if (!first) at->second = std::min(at->second, position);
    const ScaleLevel* level = st->is_null(3) ? nullptr : scale.level(static_cast<int>(st->integer(3)));
    add(tallies[it->second], level, static_cast<long>(st->integer(4)));
  }
  // Questionnaire order: by the first question that carried the item, then its position;
  // within an item, by group rank.
  auto rank = [&](std::size_t t) {
    return std::make_tuple(item_order.at({tallies[t].question, tallies[t].item}), group_rank[t], tallies[t].group);
  };
  std::vector<std::size_t> perm(tallies.size());
  for (std::size_t i = 0; i < perm.size(); ++i) perm[i] = i;
  std::stable_sort(perm.begin(), perm.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
  std::vector<ItemTally> sorted;
  sorted.reserve(tallies.size());
  for (std::size_t i : perm) sorted.push_back(std::move(tallies[i]));
  CANVASS_TRY(mark_reverse_coded(db, sorted));
  return sorted;
}

namespace {

// Each (question, item) of `survey` mapped to its pooled tally, created when first seen.
std::vector<std::vector<std::size_t>> tally_slots(const Survey& survey, std::vector<ItemTally>& tallies,
                                                  std::map<std::pair<std::string, std::string>, std::size_t>& index) {
  std::vector<std::vector<std::size_t>> slot(survey.questions.size());
  for (std::size_t qi = 0; qi < survey.questions.size(); ++qi) {
    const Question& q = survey.questions[qi];
    if (q.kind != QuestionKind::likert || !q.scale) continue;
    for (const Item& item : q.items) {
      auto [it, added] = index.emplace(std::make_pair(q.text, item.text), tallies.size());
      if (added) tallies.push_back(fresh(q.text, item.text, *q.scale));
      slot[qi].push_back(it->second);
    }
  }
  return slot;
}

}  // namespace

std::vector<ItemTally> tally_surveys(const std::vector<const Survey*>& surveys) {
  std::vector<ItemTally> tallies;
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  for (const Survey* survey : surveys) {
    const auto slot = tally_slots(*survey, tallies, index);
    for (const Respondent& r : survey->respondents)
      for (const Answer& a : r.answers) {
        const Question& q = survey->questions[a.question];
        if (slot[a.question].empty()) continue;
        add(tallies[slot[a.question][a.item]], a.level ? q.scale->level(*a.level) : nullptr, 1);
      }
  }
  return tallies;
}

std::vector<ItemTally> tally_counted(const std::vector<CountedSurvey>& surveys) {
  std::vector<ItemTally> tallies;
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  for (const CountedSurvey& counted : surveys) {
    const Survey& survey = *counted.survey;
    const auto slot = tally_slots(survey, tallies, index);
    // First-seen order matters only where it did for respondents: a level the pooled
    // scale lacks is appended when first met.
    for (const CountedAnswers& a : counted.answers) {
      const Question& q = survey.questions[a.question];
      if (slot[a.question].empty()) continue;
      add(tallies[slot[a.question][a.item]], a.level ? q.scale->level(*a.level) : nullptr, a.count);
    }
  }
  return tallies;
}

}  // namespace canvass
