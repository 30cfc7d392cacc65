#include "layouts/detect.hpp"

#include "layouts/one_header_layout.hpp"

namespace canvass {

std::string detect_platform(const Table& table) {
  if (looks_like_google_forms(table)) return "google-forms";
  return "generic";
}

Result<Survey> read_survey(const Table& table, const ScaleVocabulary& vocabulary, const std::string& platform) {
  const std::string chosen = platform.empty() ? detect_platform(table) : platform;
  if (chosen == "google-forms" || chosen == "generic") return read_one_header_layout(table, vocabulary, chosen);
  return Error{{table.path}, "unknown platform '" + chosen + "' (known: google-forms, generic)", Error::Kind::usage};
}

}  // namespace canvass
