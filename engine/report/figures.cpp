#include "report/figures.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "report/csv_writer.hpp"

namespace canvass {

std::string group_title(const std::string& group) { return group.empty() ? "All respondents" : group; }

std::string share_text(const std::optional<double>& v) { return v ? format_number(*v, kShareDecimals) : ""; }

std::string signed_share_text(const std::optional<double>& v) {
  if (!v) return "";
  std::string s = format_number(*v, kShareDecimals);
  return (s[0] != '-' && s != format_number(0.0, kShareDecimals)) ? "+" + s : s;
}

std::string code_text(const std::optional<double>& v) { return v ? format_number(*v, kCodeDecimals) : ""; }

std::string median_text(const std::optional<double>& v) {
  if (!v) return "";
  return std::floor(*v) == *v ? format_number(*v, 0) : format_number(*v, 1);
}

std::string count_of(long k, long n, const std::optional<double>& pct) {
  std::string s = std::to_string(k) + " of " + std::to_string(n);
  if (pct) s += " (" + share_text(pct) + "%)";
  return s;
}

std::string interval_text(const std::optional<double>& low, const std::optional<double>& high) {
  if (!low || !high) return "";
  return share_text(low) + "\u2013" + share_text(high) + "%";
}

std::string statement_text(const std::string& question, const std::string& item, bool reverse_coded) {
  return (item.empty() ? question : item) + (reverse_coded ? " (reverse-coded)" : "");
}

std::string count_text(long n, const std::string& singular, const std::string& plural) {
  return std::to_string(n) + " " + (n == 1 ? singular : plural);
}

std::string duration_text(double seconds) {
  if (seconds < 0) seconds = 0;
  if (seconds < 10) {
    const std::string s = format_number(seconds, 1);
    return s + (s == "1.0" ? " second" : " seconds");
  }
  const long whole = std::lround(seconds);
  if (whole < 60) return count_text(whole, "second", "seconds");
  const long minutes = whole / 60, rest = whole % 60;
  return count_text(minutes, "minute", "minutes") + (rest ? " " + count_text(rest, "second", "seconds") : "");
}

std::string grouping_name(const std::string& label) {
  std::string lower;
  for (unsigned char c : label) lower += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  std::string_view rest = lower;
  bool matched = false;
  for (std::string_view prefix : {"what is your ", "what's your ", "what was your ", "what are your ", "which is your ",
                                  "please select your ", "please state your ", "please give your ", "select your ",
                                  "your "}) {
    if (rest.substr(0, prefix.size()) == prefix) {
      rest.remove_prefix(prefix.size());
      matched = true;
      break;
    }
  }
  while (!rest.empty() && (rest.back() == '?' || rest.back() == ':' || rest.back() == ' ' || rest.back() == '.'))
    rest.remove_suffix(1);
  const auto words = std::count(rest.begin(), rest.end(), ' ') + 1;
  if (!matched || rest.empty() || words > 4) return label;
  // The original spelling of the words kept (the lower-cased copy only found them).
  return label.substr(static_cast<std::size_t>(rest.data() - lower.data()), rest.size());
}

}  // namespace canvass
