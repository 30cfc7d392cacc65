#include "store/survey_writer.hpp"

#include <ctime>

namespace canvass {

namespace {

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

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

// Inserts questions and items; returns item ids indexed [question][item] and question ids.
struct QuestionIds {
  std::vector<std::int64_t> question;
  std::vector<std::vector<std::int64_t>> item;
};

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

Status insert_respondents(Database& db, std::int64_t source_id, const Survey& survey, const QuestionIds& ids) {
  auto r = db.prepare("INSERT INTO respondent(source_id, external_id, submitted_at, line) VALUES(?,?,?,?)");
  auto a = db.prepare("INSERT OR REPLACE INTO respondent_attribute(respondent_id, name, value) VALUES(?,?,?)");
  auto resp = db.prepare("INSERT INTO response(respondent_id, item_id, level, raw) VALUES(?,?,?,?)");
  auto c = db.prepare("INSERT INTO comment(respondent_id, question_id, text) VALUES(?,?,?)");
  for (auto* st : {&r, &a, &resp, &c})
    if (!*st) return st->error();
  for (const Respondent& person : survey.respondents) {
    r->bind(1, source_id).bind(2, person.external_id).bind(3, person.submitted_at);
    r->bind(4, static_cast<std::int64_t>(person.line));
    CANVASS_TRY(r->run());
    const std::int64_t rid = db.last_insert_id();
    for (const auto& attr : person.attributes) {
      a->bind(1, rid).bind(2, attr.name).bind(3, attr.value);
      CANVASS_TRY(a->run());
    }
    for (const auto& ans : person.answers) {
      resp->bind(1, rid).bind(2, ids.item[ans.question][ans.item]).bind(3, ans.level).bind(4, ans.raw);
      CANVASS_TRY(resp->run());
    }
    for (const auto& com : person.comments) {
      c->bind(1, rid).bind(2, ids.question[com.question]).bind(3, com.text);
      CANVASS_TRY(c->run());
    }
  }
  return Ok{};
}

}  // namespace

Result<std::optional<std::int64_t>> find_source_by_sha(Database& db, const std::string& sha256) {
  auto st = db.prepare("SELECT id FROM source WHERE sha256 = ?");
  if (!st) return st.error();
  st->bind(1, sha256);
  auto row = st->step();
  if (!row) return row.error();
  if (!*row) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{st->integer(0)};
}

Result<std::int64_t> batch_id_for(Database& db, const std::string& label) {
  auto find = db.prepare("SELECT id FROM batch WHERE label = ?");
  if (!find) return find.error();
  find->bind(1, label);
  auto row = find->step();
  if (!row) return row.error();
  if (*row) return find->integer(0);
  auto ins = db.prepare("INSERT INTO batch(label, started_at) VALUES(?,?)");
  if (!ins) return ins.error();
  ins->bind(1, label).bind(2, now_utc());
  CANVASS_TRY(ins->run());
  return db.last_insert_id();
}

Result<bool> delete_source_at(Database& db, const std::string& path) {
  auto del = db.prepare("DELETE FROM source WHERE path = ?");
  if (!del) return del.error();
  del->bind(1, path);
  CANVASS_TRY(del->run());
  return db.changes() > 0;
}

Result<std::int64_t> insert_source(Database& db, std::int64_t batch_id, const SourceFile& file,
                                   const std::string& platform, std::size_t rows_read, std::size_t rows_rejected) {
  auto st = db.prepare(
      "INSERT INTO source(batch_id, path, sha256, kind, platform, encoding, rows_read, rows_rejected, ingested_at) "
      "VALUES(?,?,?,?,?,?,?,?,?)");
  if (!st) return st.error();
  st->bind(1, batch_id).bind(2, file.path).bind(3, file.sha256).bind(4, file.kind).bind(5, platform);
  st->bind(6, file.encoding).bind(7, static_cast<std::int64_t>(rows_read));
  st->bind(8, static_cast<std::int64_t>(rows_rejected)).bind(9, now_utc());
  CANVASS_TRY(st->run());
  return db.last_insert_id();
}

Status insert_rejects(Database& db, std::int64_t source_id, const std::vector<Reject>& rejects) {
  auto st = db.prepare("INSERT INTO reject(source_id, line, column_number, reason, raw) VALUES(?,?,?,?,?)");
  if (!st) return st.error();
  for (const auto& rj : rejects) {
    st->bind(1, source_id).bind(2, static_cast<std::int64_t>(rj.where.line));
    st->bind(3, static_cast<std::int64_t>(rj.where.column)).bind(4, rj.reason).bind(5, rj.raw);
    CANVASS_TRY(st->run());
  }
  return Ok{};
}

Result<StoredSource> store_survey(Database& db, const std::string& batch_label, const SourceFile& file,
                                  const Survey& survey) {
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  auto existing = find_source_by_sha(db, file.sha256);
  if (!existing) return existing.error();
  if (*existing) return StoredSource{StoreOutcome::unchanged, **existing};

  auto batch = batch_id_for(db, batch_label);
  if (!batch) return batch.error();
  auto replaced = delete_source_at(db, file.path);
  if (!replaced) return replaced.error();
  auto source_id = insert_source(db, *batch, file, survey.platform, survey.rows_read, survey.rejects.size());
  if (!source_id) return source_id.error();
  auto ids = insert_questions(db, *source_id, survey);
  if (!ids) return ids.error();
  CANVASS_TRY(insert_respondents(db, *source_id, survey, *ids));
  CANVASS_TRY(insert_rejects(db, *source_id, survey.rejects));
  CANVASS_TRY(tx->commit());
  return StoredSource{*replaced ? StoreOutcome::replaced : StoreOutcome::stored, *source_id};
}

}  // namespace canvass
