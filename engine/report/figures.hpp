// How figures are written in every output, so HTML, Markdown, CSV and JSON agree:
// shares to one decimal, means and SDs to two, counts before percentages at small n.
#pragma once

#include <optional>
#include <string>

namespace canvass {

inline constexpr int kShareDecimals = 1;  // percentages, interval bounds, net agreement
inline constexpr int kCodeDecimals = 2;   // mean and SD of the level codes

// The group name a report prints: the whole sample when `group` is empty.
std::string group_title(const std::string& group);

// "92.3" (or empty for none); "+92.3" / "-7.7" / "0.0" with sign for net agreement.
std::string share_text(const std::optional<double>& v);
std::string signed_share_text(const std::optional<double>& v);
std::string code_text(const std::optional<double>& v);  // mean, SD: "4.46"
std::string median_text(const std::optional<double>& v);  // "5" or "4.5"

// The statement a table row names: the item, or the question of a one-statement question,
// marked " (reverse-coded)" when the study reverses its codes (see reverse_coded_note).
std::string statement_text(const std::string& question, const std::string& item, bool reverse_coded);

// "12 of 13 (92.3%)": the count first, as small samples should be reported.
std::string count_of(long k, long n, const std::optional<double>& pct);

// "1 row", "2 rows": a count with its noun in the right number.
std::string count_text(long n, const std::string& singular, const std::string& plural);

// How long something took, as people say it: "0.4 seconds", "1 second", "2 minutes 5 seconds".
std::string duration_text(double seconds);

// What a breakdown by `label` is called in a heading: "role" for "What is your role?",
// the label itself when it is not a question about the respondent's own something.
std::string grouping_name(const std::string& label);

// "66.7–98.6%" (an en dash), or empty.
std::string interval_text(const std::optional<double>& low, const std::optional<double>& high);

}  // namespace canvass
