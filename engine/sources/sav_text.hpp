// Text inside an SPSS file as valid UTF-8: what ReadStat converted from the declared
// encoding, or, when ReadStat is told to pass bytes through, the file's own bytes decoded
// here by the declared encoding. Whatever is invalid becomes U+FFFD, so every output is UTF-8.
#pragma once

#include <string>

struct UConverter;

namespace canvass {

// `s` as valid UTF-8: each byte that is not part of a UTF-8 sequence becomes U+FFFD.
std::string utf8_text(const char* s);

class SavText {
 public:
  SavText() = default;
  SavText(const SavText&) = delete;
  SavText& operator=(const SavText&) = delete;
  ~SavText();
  // Strings arrive in `encoding`, unconverted. False when ICU does not know it.
  bool decode_from(const std::string& encoding);
  std::string operator()(const char* s) const;

 private:
  UConverter* raw_ = nullptr;
};

}  // namespace canvass
