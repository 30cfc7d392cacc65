#include "text/stemmer.hpp"

#include <libstemmer.h>

namespace canvass {

void Stemmer::Free::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", nullptr)) {}

std::string Stemmer::stem(std::string_view lower_word) {
  if (!stemmer_ || lower_word.empty()) return std::string(lower_word);
  const sb_symbol* s = sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(lower_word.data()),
                                       static_cast<int>(lower_word.size()));
  if (!s) return std::string(lower_word);  // out of memory: the word itself is the safest stem
  return std::string(reinterpret_cast<const char*>(s), static_cast<std::size_t>(sb_stemmer_length(stemmer_.get())));
}

}  // namespace canvass
