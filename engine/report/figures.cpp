#include "report/figures.hpp"

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

}  // namespace canvass
