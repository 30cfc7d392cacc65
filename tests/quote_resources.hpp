// The tone model and name lists canvass ships, loaded once for every quote-bank test.
#pragma once

#include <gtest/gtest.h>

#include "analysis/quote_bank.hpp"
#include "text/word_list.hpp"

namespace canvass::testing {

inline const QuoteResources& shipped_quote_resources() {
  static const QuoteResources r = [] {
    auto loaded = QuoteResources::load(data_dir());
    EXPECT_TRUE(loaded.ok()) << loaded.error().to_string();
    return loaded.ok() ? std::move(loaded).value() : QuoteResources{};
  }();
  return r;
}

}  // namespace canvass::testing
