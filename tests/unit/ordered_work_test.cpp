#include "model/ordered_work.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace canvass {
namespace {

TEST(OrderedWork, ResultsComeBackInTheOrderItemsWentIn) {
  for (unsigned workers : {1u, 2u, 4u}) {
    std::vector<int> got;
    {
      OrderedWork<int, int> work(
          workers, [] { return [](int& i) { return i * i; }; }, [&](int&& r) { got.push_back(r); }, 3);
      for (int i = 0; i < 1000; ++i) work.add(i);
      work.finish();
    }
    ASSERT_EQ(got.size(), 1000u) << workers;
    for (int i = 0; i < 1000; ++i) ASSERT_EQ(got[i], i * i) << workers;
  }
}

TEST(OrderedWork, EachWorkerKeepsItsOwnState) {
  std::vector<std::string> got;
  OrderedWork<std::string, std::string> work(
      2,
      [] {
        return [buffer = std::string()](std::string& s) mutable {
          buffer.assign(s.rbegin(), s.rend());  // a worker's scratch space, never shared
          return buffer;
        };
      },
      [&](std::string&& r) { got.push_back(std::move(r)); }, 2);
  for (const char* s : {"ab", "cd", "ef", "gh", "ij"}) work.add(s);
  work.finish();
  EXPECT_EQ(got, (std::vector<std::string>{"ba", "dc", "fe", "hg", "ji"}));
}

TEST(OrderedWork, NothingAddedMeansNothingReceived) {
  int received = 0;
  OrderedWork<int, int> work(2, [] { return [](int& i) { return i; }; }, [&](int&&) { ++received; });
  work.finish();
  EXPECT_EQ(received, 0);
}

TEST(OrderedWork, AWorkersFailureReachesTheCaller) {
  auto run = [] {
    OrderedWork<int, int> work(
        2,
        [] {
          return [](int& i) {
            if (i == 500) throw std::runtime_error("item 500");
            return i;
          };
        },
        [](int&&) {}, 4);
    for (int i = 0; i < 1000; ++i) work.add(i);
    work.finish();
  };
  EXPECT_THROW(run(), std::runtime_error);
}

}  // namespace
}  // namespace canvass
