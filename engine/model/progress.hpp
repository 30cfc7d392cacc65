// How far a long step has got, for whoever is watching: the command line passes a callback
// down and engine code calls it, never printing itself. An empty callback: nobody watches.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace canvass {

struct ProgressUpdate {
  std::string_view step;  // what is being done, in the user's words: "building the report"
  std::string_view item;  // the part of it under way ("quote-bank", a file name); may be empty
  std::size_t done = 0;   // parts finished so far, of `total` (0: not counted)
  std::size_t total = 0;
};

using Progress = std::function<void(const ProgressUpdate&)>;

inline void tell(const Progress& progress, std::string_view step, std::string_view item = {}, std::size_t done = 0,
                 std::size_t total = 0) {
  if (progress) progress({step, item, done, total});
}

}  // namespace canvass
