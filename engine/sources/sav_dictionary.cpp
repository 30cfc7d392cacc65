#include "sources/sav_dictionary.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace canvass {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string alnum_lower(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

}  // namespace

TimeKind time_kind(std::string_view format) {
  for (std::string_view p : {"DATETIME", "YMDHMS"})
    if (starts_with(format, p)) return TimeKind::datetime;
  for (std::string_view p : {"DTIME", "TIME", "MTIME"})
    if (starts_with(format, p)) return TimeKind::time;
  for (std::string_view p : {"DATE", "ADATE", "EDATE", "SDATE", "JDATE"})
    if (starts_with(format, p)) return TimeKind::date;
  return TimeKind::none;
}

std::string spss_time_to_iso(double seconds, std::string_view format) {
  using namespace std::chrono;
  const TimeKind kind = time_kind(format);
  if (kind == TimeKind::none || !std::isfinite(seconds)) return {};
  const long long total = std::llround(seconds);
  long long days = total / 86400, rest = total % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  char time[16];
  std::snprintf(time, sizeof time, "%02lld:%02lld:%02lld", rest / 3600, rest / 60 % 60, rest % 60);
  if (kind == TimeKind::time) return time;
  const year_month_day ymd{sys_days{year{1582} / 10 / 14} + std::chrono::days{days}};
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  if (kind == TimeKind::date || rest == 0) return date;
  return std::string(date) + "T" + time;
}

// Roles: the identifier, the submission time, text, coded and plain numbers.
std::vector<CodedVariable> coded_variables(const SavDictionary& dictionary) {
  std::vector<CodedVariable> variables;
  bool have_id = false, have_when = false;
  for (std::size_t i = 0; i < dictionary.variables.size(); ++i) {
    const SavDictionary::Variable& s = dictionary.variables[i];
    CodedVariable v;
    v.name = s.name;
    v.label = s.label;
    v.column = i + 1;
    if (auto set = dictionary.label_sets.find(s.label_set); set != dictionary.label_sets.end()) v.value_labels = set->second;
    if (!s.is_string) v.missing_ranges = s.missing_ranges;
    for (const auto& [code, label] : v.value_labels) {
      if (s.is_string) {
        for (const auto& m : s.missing_strings)
          if (m == code) v.missing_codes.push_back(code);
      } else {
        const double x = std::strtod(code.c_str(), nullptr);
        for (const auto& [lo, hi] : s.missing_ranges)
          if (x >= lo && x <= hi) v.missing_codes.push_back(code);
      }
    }
    const std::string key = alnum_lower(s.name);
    const TimeKind kind = time_kind(s.format);
    if (!have_id && (key == "id" || key == "respondentid" || key == "responseid" || key == "caseid" ||
                     key == "recordid" || key == "respid" || key == "uuid")) {
      v.role = CodedVariable::Role::id;
      have_id = true;
    } else if (kind != TimeKind::none) {
      const bool submitted = looks_like_submission_time(s.name);
      v.role = !have_when && submitted ? CodedVariable::Role::when : CodedVariable::Role::ignored;
      have_when = have_when || submitted;
    } else if (s.is_string) {
      v.role = CodedVariable::Role::text;
    } else {
      v.role = v.value_labels.empty() ? CodedVariable::Role::numeric : CodedVariable::Role::coded;
    }
    variables.push_back(std::move(v));
  }
  return variables;
}

}  // namespace canvass
