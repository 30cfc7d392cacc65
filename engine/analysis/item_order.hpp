// The order items are reported in: as the questionnaire asked them (the default), or by
// agree share, highest first (`--sort agree`), ties and empty items keeping their order.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "analysis/breakdown.hpp"

namespace canvass {

enum class ItemOrder { questionnaire, agree };

std::optional<ItemOrder> item_order_from_string(std::string_view s);  // "questionnaire", "agree"

// The permutation that puts `items` in `order`.
std::vector<std::size_t> item_permutation(const std::vector<ItemDistribution>& items, ItemOrder order);

void reorder(std::vector<ItemDistribution>& items, ItemOrder order);
// Orders by the whole-sample distributions; the groups follow their item.
void reorder(Breakdown& b, ItemOrder order);

}  // namespace canvass
