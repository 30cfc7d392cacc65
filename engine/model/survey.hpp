// The normalised survey record model every layout produces, whatever the platform:
// questions with items (grid statements) and scales, respondents with attributes,
// answers and comments, and the rows that could not be read. Plain data, no behaviour.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "model/scale.hpp"

namespace canvass {

enum class QuestionKind { likert, single, multi, numeric, text, meta };

std::string_view to_string(QuestionKind k);
std::optional<QuestionKind> question_kind_from_string(std::string_view s);

// A grid statement ("Question [Statement]"); a single Likert question has one item
// whose text is empty.
struct Item {
  std::string code;
  std::string text;
  std::size_t column = 0;  // 1-based column in the source table
};

struct Question {
  std::string code;  // the platform's code ("Q3", "role") or one made from the position
  std::string text;
  QuestionKind kind = QuestionKind::text;
  std::vector<Item> items;
  std::optional<Scale> scale;  // likert questions only
  std::vector<std::string> choices;  // single/multi: the answers seen, in first-seen order
};

// One answer to one item. level is the scale position; empty when the respondent gave
// no answer (raw is empty) or the question has no scale (raw holds the answer).
struct Answer {
  std::size_t question = 0;  // index into Survey::questions
  std::size_t item = 0;      // index into Question::items
  std::optional<int> level;
  std::string raw;
};

struct Comment {
  std::size_t question = 0;
  std::string text;
};

struct Attribute {
  std::string name;  // a question code, or a metadata column such as "email"
  std::string value;
};

struct Respondent {
  std::string external_id;   // the platform's response ID, when it has one
  std::string submitted_at;  // as written in the file
  std::size_t line = 0;      // first line of the record in the source
  std::vector<Attribute> attributes;
  std::vector<Answer> answers;
  std::vector<Comment> comments;
};

// A row or cell that could not be read, and why.
struct Reject {
  Location where;
  std::string reason;
  std::string raw;
};

// A column held back as personal data (layouts/personal_columns): its answers are stored
// as the respondent attribute `attribute` and never leave the store.
struct PersonalField {
  std::size_t column = 0;  // 1-based column (or variable) in the source
  std::string heading;
  std::string attribute;  // "name", "email", "phone_2"...
  std::string evidence;   // "heading" or "answers"
};

struct Survey {
  std::string platform;  // "google-forms", "qualtrics", ...
  std::vector<Question> questions;
  std::vector<Respondent> respondents;
  std::vector<Reject> rejects;
  // Single answers refused while the rest of their response is kept (an answer not on the
  // scale a study forces): recorded with the rejects, but not rows, so not in rows_rejected.
  std::vector<Reject> answer_rejects;
  std::size_t rows_read = 0;  // data rows seen (stored + rejected)
  std::vector<PersonalField> personal;  // columns kept only in the store
};

}  // namespace canvass
