#include "report/markdown_writer.hpp"

#include "text/printable.hpp"

namespace canvass {

std::string md_text(std::string_view s, bool keep_breaks) {
  const std::string text = printable(s, keep_breaks);
  std::string out;
  out.reserve(text.size() + 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // "](" and "]:" escaped: no inline link and no link definition can form, while a
    // placeholder like "[name]" reads as written.
    const bool link_start = (c == '(' || c == ':') && i > 0 && text[i - 1] == ']';
    if (c == '<' || c == '>' || c == '\\' || link_start) out += '\\';
    out += c;
  }
  return out;
}

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : md_text(s)) {
    if (c == '|') out += "\\|";
    else out += c;
  }
  return out;
}

}  // namespace canvass
