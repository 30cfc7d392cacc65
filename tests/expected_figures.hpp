// Expected agreement figures computed in the test, independently of the engine: a small
// RFC 4180 reader for the raw export, and the textbook statistics of each statement.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace canvass::testing {

// Rows of cells; quoted fields may hold commas, quotes ("") and line breaks.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') cell += '"', ++i;
      else if (c == '"') quoted = false;
      else cell += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(cell), cell.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.back().push_back(cell), cell.clear();
      rows.emplace_back();
    } else {
      cell += c;
    }
  }
  if (!cell.empty() || !rows.back().empty()) rows.back().push_back(cell);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

// The five-point agreement scale, coded 1 = most negative .. 5 = most positive.
inline int agreement_code(const std::string& label) {
  static const std::map<std::string, int> kCodes{{"Strongly disagree", 1}, {"Disagree", 2},
                                                  {"Neither agree nor disagree", 3}, {"Agree", 4},
                                                  {"Strongly agree", 5}};
  auto it = kCodes.find(label);
  return it == kCodes.end() ? 0 : it->second;
}

struct StatementFigures {
  std::string statement;
  long counts[6] = {0, 0, 0, 0, 0, 0};  // by code; [0] = no answer
  long n = 0, agree = 0, neutral = 0, disagree = 0;
  double mean = 0, median = 0, sd = 0, low = 0, high = 0;
};

inline StatementFigures figures(const std::string& statement, const std::vector<int>& codes) {
  StatementFigures f;
  f.statement = statement;
  std::vector<double> valid;
  for (int c : codes) {
    ++f.counts[c];
    if (c) valid.push_back(c);
  }
  f.n = static_cast<long>(valid.size());
  f.agree = f.counts[4] + f.counts[5];
  f.neutral = f.counts[3];
  f.disagree = f.counts[1] + f.counts[2];
  double sum = 0;
  for (double v : valid) sum += v;
  f.mean = sum / f.n;
  std::sort(valid.begin(), valid.end());
  f.median = f.n % 2 ? valid[f.n / 2] : (valid[f.n / 2 - 1] + valid[f.n / 2]) / 2;
  double ss = 0;
  for (double v : valid) ss += (v - f.mean) * (v - f.mean);
  f.sd = std::sqrt(ss / (f.n - 1));
  // Wilson (1927): (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)
  const double z = 1.959963984540054, p = static_cast<double>(f.agree) / f.n, n = static_cast<double>(f.n);
  const double centre = p + z * z / (2 * n), spread = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
  f.low = (centre - spread) / (1 + z * z / n);
  f.high = (centre + spread) / (1 + z * z / n);
  return f;
}

inline std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

inline std::string pct(long k, long n) { return fixed(100.0 * static_cast<double>(k) / static_cast<double>(n), 1); }

// "To what extent ...? [Statement]" -> "Statement", or empty when not a grid column.
inline std::string grid_statement(const std::string& header) {
  const auto open = header.rfind(" [");
  if (open == std::string::npos || header.back() != ']') return "";
  return header.substr(open + 2, header.size() - open - 3);
}

// Every grid statement of a Google Forms export, with its figures.
inline std::vector<StatementFigures> statement_figures(const std::vector<std::vector<std::string>>& rows) {
  std::vector<StatementFigures> out;
  for (std::size_t c = 0; c < rows[0].size(); ++c) {
    const std::string statement = grid_statement(rows[0][c]);
    if (statement.empty()) continue;
    std::vector<int> codes;
    for (std::size_t r = 1; r < rows.size(); ++r) codes.push_back(agreement_code(rows[r][c]));
    out.push_back(figures(statement, codes));
  }
  return out;
}

}  // namespace canvass::testing
