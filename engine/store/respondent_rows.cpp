#include "store/respondent_rows.hpp"

namespace canvass {

namespace {

Result<std::int64_t> insert_scale(Database& db, const Scale& scale) {
  auto st = db.prepare("INSERT INTO scale(name, family) VALUES(?,?)");
  if (!st) return st.error();
  st->bind(1, scale.name).bind(2, scale.family);
  CANVASS_TRY(st->run());
  const std::int64_t id = db.last_insert_id();
  auto lv = db.prepare("INSERT INTO scale_level(scale_id, position, label, code, polarity) VALUES(?,?,?,?,?)");
  if (!lv) return lv.error();
  for (const auto& l : scale.levels) {
    lv->bind(1, id).bind(2, std::int64_t{l.position}).bind(3, l.label).bind(4, l.code).bind(5, to_string(l.polarity));
    CANVASS_TRY(lv->run());
  }
  return id;
}

}  // namespace

Result<QuestionIds> insert_questions(Database& db, std::int64_t source_id, const Survey& survey) {
  QuestionIds ids;
  auto q = db.prepare("INSERT INTO question(source_id, position, code, text, kind, scale_id) VALUES(?,?,?,?,?,?)");
  auto it = db.prepare("INSERT INTO item(question_id, position, code, text, source_column) VALUES(?,?,?,?,?)");
  if (!q) return q.error();
  if (!it) return it.error();
  for (std::size_t qi = 0; qi < survey.questions.size(); ++qi) {
    const Question& question = survey.questions[qi];
    std::optional<std::int64_t> scale_id;
    if (question.scale) {
      auto s = insert_scale(db, *question.scale);
      if (!s) return s.error();
      scale_id = *s;
    }
    q->bind(1, source_id).bind(2, static_cast<std::int64_t>(qi + 1)).bind(3, question.code).bind(4, question.text);
    q->bind(5, to_string(question.kind));
    if (scale_id) q->bind(6, *scale_id); else q->bind(6, std::nullopt);
    CANVASS_TRY(q->run());
    ids.question.push_back(db.last_insert_id());
    ids.item.emplace_back();
    ids.level_label.emplace_back();
    if (question.scale)
      for (const auto& l : question.scale->levels) {
        if (l.position < 0) continue;
        auto& labels = ids.level_label.back();
        if (labels.size() <= static_cast<std::size_t>(l.position)) labels.resize(static_cast<std::size_t>(l.position) + 1);
        labels[static_cast<std::size_t>(l.position)] = l.label;
      }
    for (std::size_t ii = 0; ii < question.items.size(); ++ii) {
      const Item& item = question.items[ii];
      it->bind(1, ids.question.back()).bind(2, static_cast<std::int64_t>(ii + 1)).bind(3, item.code).bind(4, item.text);
      it->bind(5, static_cast<std::int64_t>(item.column));
      CANVASS_TRY(it->run());
      ids.item.back().push_back(db.last_insert_id());
    }
  }
  return ids;
}

Result<RespondentStatements> RespondentStatements::prepare(Database& db) {
  auto r = db.prepare("INSERT INTO respondent(source_id, external_id, submitted_at, line) VALUES(?,?,?,?)");
  auto u = db.prepare("UPDATE respondent SET submitted_at = ?, line = ? WHERE id = ?");
  auto a = db.prepare("INSERT OR REPLACE INTO respondent_attribute(respondent_id, name, value) VALUES(?,?,?)");
  auto set = db.prepare("INSERT INTO response_set(respondent_id, question_id, levels) VALUES(?,?,?)");
  auto x = db.prepare("INSERT INTO response_extra(respondent_id, item_id, level, raw) VALUES(?,?,?,?)");
  auto c = db.prepare("INSERT INTO comment(respondent_id, question_id, text) VALUES(?,?,?)");
  for (auto* st : {&r, &u, &a, &set, &x, &c})
    if (!*st) return st->error();
  return RespondentStatements{std::move(r).value(), std::move(u).value(), std::move(a).value(),
                              std::move(set).value(), std::move(x).value(), std::move(c).value()};
}

namespace {

// The character an answer takes in its question's pack, or '!' when only response_extra
// can hold it (the highest level a character holds is 78, '~').
char pack_code(const Answer& ans, const std::vector<std::optional<std::string>>& labels) {
  if (!ans.level) return ans.raw.empty() ? '.' : '!';
  const int level = *ans.level;
  if (level < 0 || level > 78 || static_cast<std::size_t>(level) >= labels.size()) return '!';
  const auto& label = labels[static_cast<std::size_t>(level)];
  return label && *label == ans.raw ? static_cast<char>('0' + level) : '!';
}

}  // namespace

Status insert_respondent(Database& db, RespondentStatements& st, std::int64_t source_id, const std::string& source_path,
                         const Respondent& person, const QuestionIds& ids, RespondentReuse& reuse, StoredSource& out) {
  std::int64_t rid = 0;
  auto old = person.external_id.empty() ? reuse.by_external_id.end() : reuse.by_external_id.find(person.external_id);
  if (old != reuse.by_external_id.end() && reuse.kept.insert(old->second).second) {
    rid = old->second;
    st.update.bind(1, person.submitted_at).bind(2, static_cast<std::int64_t>(person.line)).bind(3, rid);
    CANVASS_TRY(st.update.run());
    ++out.respondents_updated;
  } else {
    st.insert.bind(1, source_id).bind(2, person.external_id).bind(3, person.submitted_at);
    st.insert.bind(4, static_cast<std::int64_t>(person.line));
    CANVASS_TRY(st.insert.run());
    rid = db.last_insert_id();
    if (out.outcome == StoreOutcome::replaced) reuse.kept.insert(rid);  // remove_unmatched keeps it
    ++out.respondents_added;
  }
  for (const auto& attr : person.attributes) {
    st.attribute.bind(1, rid).bind(2, attr.name).bind(3, attr.value);
    CANVASS_TRY(st.attribute.run());
  }
  if (st.packs.size() < ids.question.size()) st.packs.resize(ids.question.size());
  for (const auto& ans : person.answers) {
    std::string& pack = st.packs[ans.question];
    if (pack.empty()) {
      pack.assign(ids.item[ans.question].size(), '-');
      st.answered.push_back(ans.question);
    }
    if (pack[ans.item] != '-')  // the input file's fault (a layout's), never the store's
      return Error{{source_path, person.line},
                   "two answers to one item of one respondent (question " + std::to_string(ans.question + 1) + ", item " +
                       std::to_string(ans.item + 1) + ")",
                   Error::Kind::input};
    pack[ans.item] = pack_code(ans, ids.level_label[ans.question]);
    if (pack[ans.item] != '!') continue;
    st.extra.bind(1, rid).bind(2, ids.item[ans.question][ans.item]).bind(3, ans.level).bind(4, ans.raw);
    CANVASS_TRY(st.extra.run());
  }
  for (std::size_t q : st.answered) {
    st.answers.bind(1, rid).bind(2, ids.question[q]).bind(3, st.packs[q]);
    CANVASS_TRY(st.answers.run());
    st.packs[q].clear();
  }
  st.answered.clear();
  for (const auto& com : person.comments) {
    st.comment.bind(1, rid).bind(2, ids.question[com.question]).bind(3, com.text);
    CANVASS_TRY(st.comment.run());
  }
  return Ok{};
}

Status insert_respondents(Database& db, std::int64_t source_id, const std::string& source_path, const Survey& survey,
                          const QuestionIds& ids, RespondentReuse& reuse, StoredSource& out) {
  auto st = RespondentStatements::prepare(db);
  if (!st) return st.error();
  for (const Respondent& person : survey.respondents)
    CANVASS_TRY(insert_respondent(db, *st, source_id, source_path, person, ids, reuse, out));
  return Ok{};
}

}  // namespace canvass
