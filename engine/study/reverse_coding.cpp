#include "study/reverse_coding.hpp"

#include <set>

#include "text/fold.hpp"

namespace canvass {

Result<std::vector<Error>> mark_reverse_coded(Database& db, const std::vector<ReverseItem>& items) {
  std::vector<std::string> wanted;
  for (const auto& r : items) wanted.push_back(fold(r.item));
  std::vector<bool> matched(items.size(), false);
  std::set<std::int64_t> flagged;
  auto likert = db.prepare(
      "SELECT i.id, CASE WHEN i.text = '' THEN q.text ELSE i.text END FROM item i "
      "JOIN question q ON q.id = i.question_id WHERE q.kind = 'likert'");
  if (!likert) return likert.error();
  for (;;) {
    auto row = likert->step();
    if (!row) return row.error();
    if (!*row) break;
    const std::string statement = fold(likert->text(1));
    for (std::size_t k = 0; k < wanted.size(); ++k)
      if (statement == wanted[k]) {
        matched[k] = true;
        flagged.insert(likert->integer(0));
      }
  }
  likert->reset();

  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  CANVASS_TRY(db.exec("UPDATE item SET reverse_coded = 0 WHERE reverse_coded <> 0"));
  auto mark = db.prepare("UPDATE item SET reverse_coded = 1 WHERE id = ?");
  if (!mark) return mark.error();
  for (std::int64_t id : flagged) {
    mark->bind(1, id);
    CANVASS_TRY(mark->run());
  }
  CANVASS_TRY(tx->commit());

  std::vector<Error> problems;
  for (std::size_t k = 0; k < items.size(); ++k)
    if (!matched[k])
      problems.push_back(Error{items[k].where, "reverse-coded item '" + items[k].item +
                                                   "' matches no Likert statement in the store"});
  return problems;
}

}  // namespace canvass
