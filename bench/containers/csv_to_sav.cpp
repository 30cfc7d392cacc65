// Writes a Google-Forms-style CSV export (../shared/bench/gen_survey.py) as the SPSS .sav
// file a survey platform would export for the same responses: the timestamp and comments
// as strings, Role and every grid statement as labelled codes (1 = the first label met),
// the grid's variables labelled "Question - Statement", blank answers system-missing,
// rows compressed as SPSS compresses them. Built and run by bench/containers/run.sh:
//   g++ -O2 -std=c++20 csv_to_sav.cpp -lreadstat -o csv_to_sav && ./csv_to_sav IN.csv OUT.sav
#include <readstat.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

// One RFC 4180 record from `in` (quoted fields may hold line breaks); false at the end.
bool read_record(std::istream& in, std::vector<std::string>& fields) {
  fields.clear();
  std::string field;
  bool quoted = false, any = false;
  for (int c; (c = in.get()) != EOF;) {
    any = true;
    if (quoted) {
      if (c == '"') {
        if (in.peek() == '"') field += static_cast<char>(in.get());
        else quoted = false;
      } else {
        field += static_cast<char>(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
    } else if (c == '\n') {
      fields.push_back(std::move(field));
      return true;
    } else {
      field += static_cast<char>(c);
    }
  }
  if (any) fields.push_back(std::move(field));
  return any;
}

const char* kLikert[] = {"Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: csv_to_sav IN.csv OUT.sav\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::vector<std::string> header, record;
  if (!read_record(in, header)) return 1;
  std::vector<std::vector<std::string>> rows;
  while (read_record(in, record))
    if (record.size() == header.size()) rows.push_back(record);

  FILE* out = std::fopen(argv[2], "wb");
  readstat_writer_t* w = readstat_writer_init();
  readstat_set_data_writer(w, [](const void* data, size_t len, void* ctx) -> ssize_t {
    return static_cast<ssize_t>(std::fwrite(data, 1, len, static_cast<FILE*>(ctx)));
  });
  readstat_writer_set_compression(w, READSTAT_COMPRESS_ROWS);
  readstat_writer_set_file_timestamp(w, 1746522000);

  // Grid columns are "Question [Statement]"; the rest are named by position.
  const std::size_t n = header.size();
  std::vector<readstat_variable_t*> vars(n);
  std::vector<int> kind(n);  // 0 string, 1 coded
  std::vector<std::map<std::string, int>> codes(n);
  readstat_label_set_t* likert = readstat_add_label_set(w, READSTAT_TYPE_DOUBLE, "likert");
  for (int k = 0; k < 5; ++k) readstat_label_double_value(likert, k + 1, kLikert[k]);
  readstat_label_set_t* roles = readstat_add_label_set(w, READSTAT_TYPE_DOUBLE, "roles");
  int grid = 0;
  for (std::size_t c = 0; c < n; ++c) {
    const std::string& h = header[c];
    const auto open = h.find(" [");
    std::string name, label;
    if (open != std::string::npos && h.back() == ']') {
      name = "Q1_" + std::to_string(++grid);
      label = h.substr(0, open) + " - " + h.substr(open + 2, h.size() - open - 3);
      kind[c] = 1;
      for (int k = 0; k < 5; ++k) codes[c][kLikert[k]] = k + 1;
    } else if (h == "Role") {
      name = "Role";
      label = h;
      kind[c] = 1;
    } else {
      name = c == 0 ? "Timestamp" : "Comment" + std::to_string(c);
      label = h;
    }
    std::size_t width = 0;
    if (!kind[c])
      for (const auto& r : rows) width = std::max(width, r[c].size());
    vars[c] = readstat_add_variable(w, name.c_str(), kind[c] ? READSTAT_TYPE_DOUBLE : READSTAT_TYPE_STRING,
                                    kind[c] ? 0 : std::max<std::size_t>(width, 1));
    readstat_variable_set_label(vars[c], label.c_str());
    if (kind[c] && h == "Role") {
      for (const auto& r : rows)
        if (!r[c].empty() && !codes[c].count(r[c])) {
          const int code = static_cast<int>(codes[c].size()) + 1;
          codes[c][r[c]] = code;
          readstat_label_double_value(roles, code, r[c].c_str());
        }
      readstat_variable_set_label_set(vars[c], roles);
    } else if (kind[c]) {
      readstat_variable_set_label_set(vars[c], likert);
    }
  }
  if (readstat_begin_writing_sav(w, out, static_cast<long>(rows.size())) != READSTAT_OK) return 1;
  for (const auto& r : rows) {
    readstat_begin_row(w);
    for (std::size_t c = 0; c < n; ++c) {
      if (r[c].empty()) readstat_insert_missing_value(w, vars[c]);
      else if (kind[c]) readstat_insert_double_value(w, vars[c], codes[c].at(r[c]));
      else readstat_insert_string_value(w, vars[c], r[c].c_str());
    }
    readstat_end_row(w);
  }
  readstat_end_writing(w);
  readstat_writer_free(w);
  std::fclose(out);
  return 0;
}
