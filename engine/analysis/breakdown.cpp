#include "analysis/breakdown.hpp"

#include <map>
#include <tuple>

namespace canvass {

std::vector<ItemDistribution> Breakdown::rows() const {
  std::vector<ItemDistribution> out;
  for (std::size_t i = 0; i < overall.size(); ++i) {
    out.push_back(overall[i]);
    for (const auto& d : by_group[i]) out.push_back(d);
  }
  return out;
}

std::vector<ItemDistribution> Breakdown::rows_by_group() const {
  std::vector<ItemDistribution> out = overall;
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const auto& row : by_group) out.push_back(row[g]);
  return out;
}

std::vector<ItemDistribution> overall_distributions(const std::vector<ItemTally>& tallies) {
  std::vector<ItemDistribution> out;
  for (const auto& t : tallies) out.push_back(distribute(t));
  return out;
}

Result<std::vector<ItemDistribution>> overall_distributions(Database& db) {
  auto tallies = tally_store(db);
  if (!tallies) return tallies.error();
  return overall_distributions(*tallies);
}

Result<Breakdown> break_down(Database& db, const Grouping& g, long min_cell) {
  auto overall = tally_store(db);
  if (!overall) return overall.error();
  return break_down(db, g, min_cell, *overall);
}

Result<Breakdown> break_down(Database& db, const Grouping& g, long min_cell, const std::vector<ItemTally>& overall) {
  Breakdown b;
  b.grouping = g;
  b.min_cell = min_cell;
  auto sizes = group_sizes(db, g);
  if (!sizes) return sizes.error();
  auto grouped = tally_store(db, &g);
  if (!grouped) return grouped.error();

  std::vector<long> counts;
  for (const auto& s : *sizes) counts.push_back(s.respondents);
  const std::vector<Disclosure> disclosure = control_disclosure(counts, min_cell);
  for (std::size_t i = 0; i < sizes->size(); ++i) {
    BreakdownGroup group{(*sizes)[i].name, (*sizes)[i].respondents, disclosure[i]};
    if (group.suppressed()) group.respondents.reset();
    b.groups.push_back(std::move(group));
  }

  std::map<std::tuple<std::string, std::string, std::string>, const ItemTally*> by_key;
  for (const auto& t : *grouped) by_key[{t.question, t.item, t.group}] = &t;
  for (const auto& whole : overall) {
    b.overall.push_back(distribute(whole));
    auto& row = b.by_group.emplace_back();
    for (const auto& group : b.groups) {
      auto it = by_key.find({whole.question, whole.item, group.name});
      ItemTally t = it != by_key.end() ? *it->second : whole;
      if (it == by_key.end()) {  // nobody in this group was asked the item
        t.counts.assign(t.counts.size(), 0);
        t.missing = 0;
      }
      t.group = group.name;
      ItemDistribution d = distribute(t);
      row.push_back(group.suppressed() ? withhold(std::move(d)) : std::move(d));
    }
  }
  return b;
}

}  // namespace canvass
