#include "analysis/item_order.hpp"

#include <algorithm>

#include "analysis/item_summary.hpp"

namespace canvass {

namespace {

template <class T>
void permute(std::vector<T>& v, const std::vector<std::size_t>& perm) {
  std::vector<T> out;
  out.reserve(v.size());
  for (std::size_t i : perm) out.push_back(std::move(v[i]));
  v = std::move(out);
}

}  // namespace

std::optional<ItemOrder> item_order_from_string(std::string_view s) {
  if (s == "questionnaire") return ItemOrder::questionnaire;
  if (s == "agree") return ItemOrder::agree;
  return std::nullopt;
}

std::vector<std::size_t> item_permutation(const std::vector<ItemDistribution>& items, ItemOrder order) {
  std::vector<std::size_t> perm(items.size());
  for (std::size_t i = 0; i < perm.size(); ++i) perm[i] = i;
  if (order == ItemOrder::agree) {
    std::vector<double> share;  // -1 puts items with no valid answers last
    for (const auto& d : items) share.push_back(summarise(d).agree_pct.value_or(-1));
    std::stable_sort(perm.begin(), perm.end(), [&](std::size_t a, std::size_t b) { return share[a] > share[b]; });
  }
  return perm;
}

void reorder(std::vector<ItemDistribution>& items, ItemOrder order) { permute(items, item_permutation(items, order)); }

void reorder(Breakdown& b, ItemOrder order) {
  const auto perm = item_permutation(b.overall, order);
  permute(b.overall, perm);
  permute(b.by_group, perm);
}

}  // namespace canvass
