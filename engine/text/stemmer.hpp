// English word stems with the Snowball stemmer (libstemmer): "collaborating" and
// "collaboration" share the stem "collabor". One Stemmer per thread; it keeps a buffer.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace canvass {

class Stemmer {
 public:
  Stemmer();  // the Snowball "english" (Porter 2) algorithm, UTF-8
  // The stem of one lower-case word.
  std::string stem(std::string_view lower_word);

 private:
  struct Free {
    void operator()(sb_stemmer* s) const;
  };
  std::unique_ptr<sb_stemmer, Free> stemmer_;
};

}  // namespace canvass
