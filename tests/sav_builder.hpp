// Writes small SPSS .sav files in memory with ReadStat's writer, for tests and fixture
// generators: numeric and string variables, labels, value labels, user-missing values.
#pragma once

#include <ctime>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <readstat.h>

namespace canvass::testing {

struct SavVariable {
  std::string name;
  std::string label;
  bool is_string = false;
  std::size_t width = 0;   // strings: storage width
  std::string format;      // e.g. "DATETIME20", "F1.0"; empty = ReadStat's default
  std::vector<std::pair<double, std::string>> value_labels;  // numeric variables
  std::vector<double> missing;  // user-missing discrete values
};

// A cell: nothing = system missing; numbers are written as text ("5", "2.5").
using SavCell = std::optional<std::string>;

inline std::string write_sav(const std::vector<SavVariable>& variables, const std::vector<std::vector<SavCell>>& rows,
                             std::time_t timestamp = 1746522000 /* fixed, so output is reproducible */) {
  std::string out;
  readstat_writer_t* w = readstat_writer_init();
  readstat_set_data_writer(w, [](const void* data, size_t len, void* ctx) -> ssize_t {
    static_cast<std::string*>(ctx)->append(static_cast<const char*>(data), len);
    return static_cast<ssize_t>(len);
  });
  readstat_writer_set_file_timestamp(w, timestamp);
  std::vector<readstat_variable_t*> vars;
  for (const auto& v : variables) {
    readstat_label_set_t* set = nullptr;
    if (!v.value_labels.empty()) {
      set = readstat_add_label_set(w, READSTAT_TYPE_DOUBLE, ("labels_" + v.name).c_str());
      for (const auto& [code, label] : v.value_labels) readstat_label_double_value(set, code, label.c_str());
    }
    readstat_variable_t* var =
        readstat_add_variable(w, v.name.c_str(), v.is_string ? READSTAT_TYPE_STRING : READSTAT_TYPE_DOUBLE, v.width);
    readstat_variable_set_label(var, v.label.c_str());
    if (!v.format.empty()) readstat_variable_set_format(var, v.format.c_str());
    if (set) readstat_variable_set_label_set(var, set);
    for (double m : v.missing) readstat_variable_add_missing_double_value(var, m);
    vars.push_back(var);
  }
  if (readstat_begin_writing_sav(w, &out, static_cast<long>(rows.size())) != READSTAT_OK)
    throw std::runtime_error("readstat_begin_writing_sav failed");
  for (const auto& row : rows) {
    readstat_begin_row(w);
    for (std::size_t i = 0; i < vars.size(); ++i) {
      const SavCell& cell = i < row.size() ? row[i] : SavCell{};
      if (!cell) readstat_insert_missing_value(w, vars[i]);
      else if (variables[i].is_string) readstat_insert_string_value(w, vars[i], cell->c_str());
      else readstat_insert_double_value(w, vars[i], std::stod(*cell));
    }
    readstat_end_row(w);
  }
  readstat_end_writing(w);
  readstat_writer_free(w);
  return out;
}

}  // namespace canvass::testing
