// The rows of one source's survey as the store keeps them: its scales, questions and items,
// and each respondent's attributes, packed answers, extra answers and comments. Used by
// survey_writer.cpp for whole surveys and for respondents streamed one at a time.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/survey.hpp"
#include "store/sqlite.hpp"
#include "store/survey_writer.hpp"

namespace canvass {

// The ids of a source's questions and items as inserted: items [question][item], and the
// label of each scale level by position [question][position].
struct QuestionIds {
  std::vector<std::int64_t> question;
  std::vector<std::vector<std::int64_t>> item;
  std::vector<std::vector<std::optional<std::string>>> level_label;
};

// Inserts the survey's questions (with their scales) and items.
Result<QuestionIds> insert_questions(Database& db, std::int64_t source_id, const Survey& survey);

// What happened to the respondents of a source being replaced.
struct RespondentReuse {
  std::map<std::string, std::int64_t> by_external_id;  // the old source's respondents
  std::set<std::int64_t> kept;                          // ids of this version's respondents
};

// The statements that write one respondent's records, prepared once per source, and the
// answers of each question packed as response_set stores them (schema.cpp).
struct RespondentStatements {
  Statement insert, update, attribute, answers, extra, comment;
  std::vector<std::string> packs{};         // [question]: one character per item
  std::vector<std::size_t> answered{};      // questions with a pack this respondent

  static Result<RespondentStatements> prepare(Database& db);
};

// Inserts one respondent, or rewrites in place an old respondent with the same platform
// response ID (so its id, and anything pointing at it, stays valid).
Status insert_respondent(Database& db, RespondentStatements& st, std::int64_t source_id, const std::string& source_path,
                         const Respondent& person, const QuestionIds& ids, RespondentReuse& reuse, StoredSource& out);

// Inserts every respondent of `survey`.
Status insert_respondents(Database& db, std::int64_t source_id, const std::string& source_path, const Survey& survey,
                          const QuestionIds& ids, RespondentReuse& reuse, StoredSource& out);

}  // namespace canvass
