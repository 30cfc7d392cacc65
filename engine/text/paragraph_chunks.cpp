#include "text/paragraph_chunks.hpp"

namespace canvass {

namespace {

// The end of the blank line at or after `from` ("\n\n", "\n\r\n", "\n  \n"), or npos.
std::size_t after_blank_line(std::string_view text, std::size_t from) {
  for (std::size_t nl = text.find('\n', from); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    std::size_t k = nl + 1;
    while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
    if (k < text.size() && text[k] == '\n') return k + 1;
  }
  return std::string_view::npos;
}

}  // namespace

void for_each_paragraph_chunk(std::string_view text, std::size_t target,
                              const std::function<void(std::string_view, std::size_t)>& piece) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t end =
        text.size() - begin <= target ? std::string_view::npos : after_blank_line(text, begin + target);
    const std::size_t stop = end == std::string_view::npos ? text.size() : end;
    piece(text.substr(begin, stop - begin), begin);
    begin = stop;
  }
}

}  // namespace canvass
