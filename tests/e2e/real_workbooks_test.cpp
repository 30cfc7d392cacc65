// Workbooks written by Excel, LibreOffice, Google Sheets and other producers (readxl's test
// sheets, MIT): every cell canvass reads matches what openpyxl reads (expected_from_openpyxl.py
// in the fixtures folder; overrides.tsv lists where Excel and openpyxl disagree).
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "sources/read_table.hpp"
#include "test_support.hpp"

namespace canvass {
namespace {

namespace fs = std::filesystem;

std::string escaped(const std::string& cell) {
  std::string out;
  for (char c : cell) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else out += c;
  }
  return out;
}

// "ROW<TAB>cell<TAB>cell...": trailing empty cells dropped, empty rows left out.
std::vector<std::string> lines_of(const Table& table) {
  std::vector<std::string> out;
  for (const Row& row : table.rows) {
    std::vector<std::string> cells;
    for (const auto& c : row.cells) cells.push_back(escaped(c));
    while (!cells.empty() && cells.back().empty()) cells.pop_back();
    if (cells.empty()) continue;
    std::string line = std::to_string(row.line);
    for (const auto& c : cells) line += '\t' + c;
    out.push_back(line);
  }
  return out;
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (std::size_t tab; (tab = line.find('\t', at)) != std::string::npos; at = tab + 1) out.push_back(line.substr(at, tab - at));
  out.push_back(line.substr(at));
  return out;
}

// Equal as text, or as numbers to 15 significant digits (Python prints 17).
bool same_cell(const std::string& got, const std::string& want) {
  if (got == want) return true;
  double a = 0, b = 0;
  auto [pa, ea] = std::from_chars(got.data(), got.data() + got.size(), a);
  auto [pb, eb] = std::from_chars(want.data(), want.data() + want.size(), b);
  return ea == std::errc{} && eb == std::errc{} && pa == got.data() + got.size() && pb == want.data() + want.size() &&
         std::fabs(a - b) <= 1e-14 * std::max(1.0, std::fabs(b));
}

TEST(RealWorkbooks, EveryCellReadsAsOpenpyxlReadsIt) {
  const fs::path folder = fs::path(testing::source_dir()) / "tests/fixtures/real/xlsx";
  std::size_t workbooks = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".xlsx") continue;
    ++workbooks;
    const std::string name = entry.path().filename().string();
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    auto table = read_table(entry.path().string(), bytes.str());
    ASSERT_TRUE(table.ok()) << name << ": " << table.error().to_string();
    const auto got = lines_of(*table);
    std::ifstream expected_file(entry.path().string() + ".expected.tsv");
    ASSERT_TRUE(expected_file) << name << " has no .expected.tsv";
    std::vector<std::string> want;
    for (std::string line; std::getline(expected_file, line);) want.push_back(line);
    EXPECT_EQ(got.size(), want.size()) << name << ": rows";
    for (std::size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
      const auto g = split(got[i]), w = split(want[i]);
      bool same = g.size() == w.size();
      for (std::size_t k = 0; same && k < g.size(); ++k) same = same_cell(g[k], w[k]);
      EXPECT_TRUE(same) << name << " line " << i + 1 << "\n  canvass:  " << got[i] << "\n  openpyxl: " << want[i];
    }
  }
  EXPECT_GE(workbooks, 40u);
}

}  // namespace
}  // namespace canvass
