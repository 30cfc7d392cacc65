#include "report/markdown_writer.hpp"

#include "text/printable.hpp"

namespace canvass {

std::string md_text(std::string_view s, bool keep_breaks) {
  const std::string text = printable(s, keep_breaks);
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == '<' || c == '>' || c == '[' || c == ']' || c == '\\') out += '\\';
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
