// An SPSS file's dictionary as ReadStat reports it (variables, value-label sets, the
// declared encoding) and what canvass makes of it: each variable's role (identifier,
// submission time, text, coded answer, number), labels and user-missing codes.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sources/coded_survey.hpp"

namespace canvass {

enum class TimeKind { none, date, datetime, time };

// What an SPSS print format ("DATETIME20", "ADATE10", "TIME8", "F8.2") says a number is.
TimeKind time_kind(std::string_view format);

// SPSS time (seconds since 1582-10-14 00:00) as ISO text: date, date and time, or time,
// as `format` says; empty for a non-date format.
std::string spss_time_to_iso(double seconds, std::string_view format);

struct SavDictionary {
  struct Variable {
    std::string name, label, format, label_set;
    bool is_string = false;
    bool dated = false;  // a date or time format: values become ISO text
    std::vector<std::pair<double, double>> missing_ranges;  // numeric user-missing
    std::vector<std::string> missing_strings;
  };
  std::vector<Variable> variables;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> label_sets;  // code -> label
  std::string encoding;  // as declared, empty when not
};

// The variables in canvass terms, in file order.
std::vector<CodedVariable> coded_variables(const SavDictionary& dictionary);

}  // namespace canvass
