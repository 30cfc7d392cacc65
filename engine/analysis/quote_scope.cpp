#include "analysis/quote_scope.hpp"

#include <map>
#include <vector>

#include "text/fold.hpp"

namespace canvass {

namespace {

std::string polarity_of(const std::string& level) {
  if (level == "agree") return "positive";
  if (level == "neutral") return "neutral";
  if (level == "disagree") return "negative";
  return {};
}

}  // namespace

std::string LevelScope::describe() const {
  const std::string verb = level == "agree" ? "agreed" : level == "disagree" ? "disagreed" : "neither agreed nor disagreed";
  return "the " + std::to_string(respondents.size()) + " of " + std::to_string(n) + " respondents who " + verb +
         " that \xE2\x80\x9C" + statement + "\xE2\x80\x9D";
}

Result<LevelScope> respondents_at_level(Database& db, const std::string& statement, const std::string& level) {
  const std::string polarity = polarity_of(level);
  if (polarity.empty()) return Error{{}, "--level must be agree, neutral or disagree", Error::Kind::usage};
  auto items = db.prepare(
      "SELECT i.id, CASE WHEN i.text = '' THEN q.text ELSE i.text END FROM item i "
      "JOIN question q ON q.id = i.question_id WHERE q.kind = 'likert'");
  if (!items) return items.error();
  const std::string wanted = fold(statement);
  std::map<std::string, std::vector<std::int64_t>> by_text;  // statements pooled by text, as in dist
  for (;;) {
    auto row = items->step();
    if (!row) return row.error();
    if (!*row) break;
    const std::string text = items->text(1);
    if (fold(text).find(wanted) != std::string::npos) by_text[text].push_back(items->integer(0));
  }
  if (by_text.empty()) return Error{{db.path()}, "no statement matches \"" + statement + "\"", Error::Kind::usage};
  if (by_text.size() > 1) {
    std::string names;
    for (const auto& [text, ids] : by_text) names += (names.empty() ? "" : "; ") + text;
    return Error{{db.path()}, "\"" + statement + "\" matches several statements: " + names, Error::Kind::usage};
  }
  LevelScope scope;
  scope.statement = by_text.begin()->first;
  scope.level = level;
  auto answers = db.prepare(
      "SELECT r.respondent_id, sl.polarity FROM response r JOIN item i ON i.id = r.item_id "
      "JOIN question q ON q.id = i.question_id "
      "JOIN scale_level sl ON sl.scale_id = q.scale_id AND sl.position = r.level WHERE r.item_id = ?");
  if (!answers) return answers.error();
  for (std::int64_t item : by_text.begin()->second) {
    answers->bind(1, item);
    for (;;) {
      auto row = answers->step();
      if (!row) return row.error();
      if (!*row) break;
      const std::string p = answers->text(1);
      if (p == "non-substantive") continue;
      ++scope.n;
      if (p == polarity) scope.respondents.insert(answers->integer(0));
    }
    answers->reset();
  }
  return scope;
}

}  // namespace canvass
