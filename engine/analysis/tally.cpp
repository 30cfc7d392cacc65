#include "analysis/tally.hpp"

#include <algorithm>
#include <map>
#include <optional>
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

// Answers counted per (question text, statement, scale, group, level), as the store holds
// them: what a GROUP BY over the `response` view gives, read from response_set instead,
// since decoding a character per answer in SQL is several times slower over millions.
struct CountedKey {
  std::string question, item;
  std::int64_t scale_id = 0;
  std::string group;
  std::optional<std::int64_t> level;  // none: answered blank
  auto operator<=>(const CountedKey&) const = default;
};
struct CountedValue {
  long count = 0;
  std::int64_t question_id = 0, position = 0, rank = 0;  // the smallest of each
};
using Counted = std::map<CountedKey, CountedValue>;

void count_into(Counted& out, CountedKey key, long count, std::int64_t question_id, std::int64_t position,
                std::int64_t rank) {
  auto [it, added] = out.try_emplace(std::move(key), CountedValue{0, question_id, position, rank});
  it->second.count += count;
  if (!added) {
    it->second.question_id = std::min(it->second.question_id, question_id);
    it->second.position = std::min(it->second.position, position);
    it->second.rank = std::min(it->second.rank, rank);
  }
}

struct LikertQuestion {
  std::string text;
  std::int64_t scale_id = 0;
  std::vector<std::pair<std::int64_t, std::string>> items;  // (position, text) by position
};

Result<std::map<std::int64_t, LikertQuestion>> likert_questions(Database& db) {
  auto st = db.prepare(
      "SELECT q.id, q.text, q.scale_id, i.position, i.text FROM question q JOIN item i ON i.question_id = q.id "
      "WHERE q.kind = 'likert' AND q.scale_id IS NOT NULL ORDER BY q.id, i.position");
  if (!st) return st.error();
  std::map<std::int64_t, LikertQuestion> out;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    LikertQuestion& q = out[st->integer(0)];
    q.text = st->text(1);
    q.scale_id = st->integer(2);
    q.items.emplace_back(st->integer(3), st->text(4));
  }
  return out;
}

// The packed answers: one character per item (see the store's schema), '!' ones left to
// count_extra_answers.
Status count_packed_answers(Database& db, const std::string& membership, const Grouping* by,
                            const std::map<std::int64_t, LikertQuestion>& questions, Counted& out) {
  auto st = db.prepare("WITH grp AS (" + membership + ") SELECT s.question_id, s.levels, g.value, g.rank "
                       "FROM response_set s JOIN question q ON q.id = s.question_id "
                       "JOIN grp g ON g.respondent_id = s.respondent_id WHERE q.kind = 'likert'");
  if (!st) return st.error();
  if (by && by->kind != Grouping::Kind::batch) st->bind(1, by->key);
  // Per (question, group): counts[item index][level + 1], level 0 = blank; ranks kept aside.
  std::map<std::pair<std::int64_t, std::string>, std::vector<std::vector<long>>> counts;
  std::map<std::pair<std::int64_t, std::string>, std::int64_t> ranks;
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    auto q = questions.find(st->integer(0));
    if (q == questions.end()) continue;
    const std::string levels = st->text(1);
    const auto key = std::make_pair(q->first, st->text(2));
    auto& table = counts[key];
    table.resize(q->second.items.size());
    auto [r, fresh_rank] = ranks.try_emplace(key, st->integer(3));
    if (!fresh_rank) r->second = std::min(r->second, st->integer(3));
    for (std::size_t i = 0; i < q->second.items.size(); ++i) {
      const auto position = static_cast<std::size_t>(q->second.items[i].first);
      if (position < 1 || position > levels.size()) continue;
      const char c = levels[position - 1];
      if (c == '-' || c == '!') continue;
      const std::size_t slot = c == '.' ? 0 : static_cast<std::size_t>(static_cast<unsigned char>(c) - 48);
      if (table[i].size() <= slot) table[i].resize(slot + 1, 0);
      ++table[i][slot];
    }
  }
  for (const auto& [key, table] : counts) {
    const LikertQuestion& q = questions.at(key.first);
    for (std::size_t i = 0; i < table.size(); ++i)
      for (std::size_t slot = 0; slot < table[i].size(); ++slot) {
        if (table[i][slot] == 0) continue;
        std::optional<std::int64_t> level;
        if (slot > 0) level = static_cast<std::int64_t>(slot);
        count_into(out, {q.text, q.items[i].second, q.scale_id, key.second, level}, table[i][slot], key.first,
                   q.items[i].first, ranks.at(key));
      }
  }
  return Ok{};
}

// Answers kept in response_extra (raw text other than the level's label, or no level).
Status count_extra_answers(Database& db, const std::string& membership, const Grouping* by, Counted& out) {
  auto st = db.prepare(
      "WITH grp AS (" + membership + ") "
      "SELECT q.text, i.text, q.scale_id, g.value, x.level, count(*), min(q.id), min(i.position), min(g.rank) "
      "FROM response_extra x JOIN item i ON i.id = x.item_id JOIN question q ON q.id = i.question_id "
      "JOIN response_set s ON s.respondent_id = x.respondent_id AND s.question_id = q.id "
      "JOIN grp g ON g.respondent_id = x.respondent_id "
      "WHERE q.kind = 'likert' AND q.scale_id IS NOT NULL AND substr(s.levels, i.position, 1) = '!' "
      "GROUP BY q.text, i.text, q.scale_id, g.value, x.level");
  if (!st) return st.error();
  if (by && by->kind != Grouping::Kind::batch) st->bind(1, by->key);
  for (;;) {
    auto row = st->step();
    if (!row) return row.error();
    if (!*row) break;
    std::optional<std::int64_t> level;
    if (!st->is_null(4)) level = st->integer(4);
    count_into(out, {st->text(0), st->text(1), st->integer(2), st->text(3), level}, static_cast<long>(st->integer(5)),
               st->integer(6), st->integer(7), st->integer(8));
  }
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
  auto questions = likert_questions(db);
  if (!questions) return questions.error();
  Counted counted;
  CANVASS_TRY(count_packed_answers(db, membership, by, *questions, counted));
  CANVASS_TRY(count_extra_answers(db, membership, by, counted));
  // In the order the first question and statement carrying them were asked.
  std::vector<const Counted::value_type*> rows;
  rows.reserve(counted.size());
  for (const auto& entry : counted) rows.push_back(&entry);
  std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
    return std::make_pair(a->second.question_id, a->second.position) <
           std::make_pair(b->second.question_id, b->second.position);
  });
  std::vector<ItemTally> tallies;
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> index;
  // Per tally: (first question id, item position) of its item, and its group's rank.
  std::map<std::pair<std::string, std::string>, std::pair<std::int64_t, std::int64_t>> item_order;
  std::vector<std::int64_t> group_rank;
  for (const auto* row : rows) {
    const CountedKey& k = row->first;
    const CountedValue& v = row->second;
    const Scale& scale = (*scales)[scale_index.at(k.scale_id)];
    auto key = std::make_tuple(k.question, k.item, k.group);
    auto [it, added] = index.emplace(key, tallies.size());
    if (added) {
      tallies.push_back(fresh(k.question, k.item, scale));
      tallies.back().group = k.group;
      group_rank.push_back(v.rank);
    }
    group_rank[it->second] = std::min(group_rank[it->second], v.rank);
    const auto position = std::make_pair(v.question_id, v.position);
    auto [at, first] = item_order.emplace(std::make_pair(k.question, k.item), position);
    if (!first) at->second = std::min(at->second, position);
    const ScaleLevel* level = k.level ? scale.level(static_cast<int>(*k.level)) : nullptr;
    add(tallies[it->second], level, v.count);
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
