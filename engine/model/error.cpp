#include "model/error.hpp"

#include "text/printable.hpp"

namespace canvass {

std::string Location::to_string() const {
  std::string s = file.empty() ? std::string("<input>") : file;
  if (!part.empty()) s.append("[").append(part).append("]");
  if (line > 0) {
    s.append(":").append(std::to_string(line));
    if (column > 0) s.append(":").append(std::to_string(column));
  }
  return s;
}

std::string Error::to_string() const {
  std::string s = where.to_string();
  s.append(": ").append(message);
  return printable(s, /*keep_breaks=*/false);  // always one line, never a control character
}

}  // namespace canvass
