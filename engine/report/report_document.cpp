#include "report/report_document.hpp"

namespace canvass {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The cells of a pipe-table row, "\|" read as a pipe.
std::vector<std::string> cells(std::string_view line) {
  line = trim(line);
  if (starts_with(line, "|")) line.remove_prefix(1);
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
      out.back() += '|';
      ++i;
    } else if (line[i] == '|') {
      out.emplace_back();
    } else {
      out.back() += line[i];
    }
  }
  if (!out.empty() && trim(out.back()).empty()) out.pop_back();  // after the closing pipe
  for (auto& c : out) c = std::string(trim(c));
  return out;
}

bool is_rule_row(const std::vector<std::string>& row) {
  for (const auto& c : row)
    if (c.empty() || c.find_first_not_of(":-") != std::string::npos) return false;
  return !row.empty();
}

// "**Table 3: ...**" or "**Figure 1: ...**" alone on a line.
bool is_caption(std::string_view line) {
  if (!starts_with(line, "**") || line.size() < 5 || line.substr(line.size() - 2) != "**") return false;
  const std::string_view inner = line.substr(2, line.size() - 4);
  if (inner.find("**") != std::string_view::npos) return false;
  return starts_with(inner, "Table ") || starts_with(inner, "Figure ");
}

std::string unbold(std::string_view s) {
  if (s.size() >= 4 && starts_with(s, "**") && s.substr(s.size() - 2) == "**") s = s.substr(2, s.size() - 4);
  return std::string(s);
}

}  // namespace

bool ReportTable::is_group_row(const std::vector<std::string>& row) {
  if (row.empty() || row[0].size() < 4 || !starts_with(row[0], "**")) return false;
  for (std::size_t i = 1; i < row.size(); ++i)
    if (!row[i].empty()) return false;
  return true;
}

std::string ReportBlock::plain() const {
  std::string out;
  for (const auto& r : runs) out += r.text;
  return out;
}

std::vector<TextRun> inline_runs(std::string_view text) {
  std::vector<TextRun> out;
  TextRun current;
  auto flush = [&] {
    if (!current.text.empty()) out.push_back(current);
    current.text.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    if (starts_with(text.substr(i), "**") && (current.bold || text.find("**", i + 2) != std::string_view::npos)) {
      flush();
      current.bold = !current.bold;
      i += 2;
    } else if (text[i] == '*' && (current.italic || (i + 1 < text.size() && text[i + 1] != ' ' &&
                                                     text.find('*', i + 1) != std::string_view::npos))) {
      flush();
      current.italic = !current.italic;
      i += 1;
    } else if (starts_with(text.substr(i), "<sub>")) {
      flush();
      current.small = true;
      i += 5;
    } else if (starts_with(text.substr(i), "</sub>")) {
      flush();
      current.small = false;
      i += 6;
    } else {
      current.text += text[i++];
    }
  }
  flush();
  return out;
}

std::vector<ReportBlock> read_report_markdown(std::string_view markdown) {
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at <= markdown.size();) {
    std::size_t end = markdown.find('\n', at);
    if (end == std::string_view::npos) end = markdown.size();
    lines.push_back(markdown.substr(at, end - at));
    at = end + 1;
  }
  std::vector<ReportBlock> blocks;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view raw = lines[i];
    const std::string_view line = trim(raw);
    if (line.empty()) continue;
    ReportBlock b;
    if (starts_with(line, "#")) {
      const std::size_t level = line.find_first_not_of('#');
      if (level != std::string_view::npos && line[level] == ' ') {
        b.kind = ReportBlock::Kind::heading;
        b.level = static_cast<int>(level);
        b.runs = {TextRun{std::string(trim(line.substr(level)))}};
        blocks.push_back(std::move(b));
        continue;
      }
    }
    if (starts_with(line, "|")) {
      b.kind = ReportBlock::Kind::table;
      b.table.header = cells(line);
      std::size_t j = i + 1;
      if (j < lines.size() && is_rule_row(cells(lines[j]))) {
        for (const auto& c : cells(lines[j])) b.table.numeric.push_back(c.size() > 1 && c.back() == ':');
        ++j;
      }
      for (; j < lines.size() && starts_with(trim(lines[j]), "|"); ++j) {
        auto row = cells(lines[j]);
        row.resize(b.table.header.size());
        b.table.rows.push_back(std::move(row));
      }
      b.table.numeric.resize(b.table.header.size(), false);
      i = j - 1;
      blocks.push_back(std::move(b));
      continue;
    }
    if (starts_with(line, "![")) {
      const std::size_t close = line.find("](");
      if (close != std::string_view::npos && line.back() == ')') {
        b.kind = ReportBlock::Kind::figure;
        b.runs = {TextRun{std::string(line.substr(2, close - 2))}};
        b.file = std::string(line.substr(close + 2, line.size() - close - 3));
        blocks.push_back(std::move(b));
        continue;
      }
    }
    const std::size_t indent = raw.find_first_not_of(' ');
    if (starts_with(line, "- ")) {
      b.kind = ReportBlock::Kind::bullet;
      b.level = static_cast<int>(indent / 2);
      b.runs = inline_runs(line.substr(2));
    } else if (starts_with(line, "> ")) {
      b.kind = ReportBlock::Kind::quote;
      b.runs = {TextRun{std::string(line.substr(2))}};  // quoted words are shown as written
    } else if (is_caption(line)) {
      b.kind = ReportBlock::Kind::caption;
      b.runs = {TextRun{unbold(line)}};
    } else if (indent > 0 && !blocks.empty() && blocks.back().kind == ReportBlock::Kind::bullet) {
      blocks.back().runs.push_back(TextRun{"\n"});  // a bullet's continued line
      for (auto& r : inline_runs(line)) blocks.back().runs.push_back(std::move(r));
      continue;
    } else {
      b.runs = inline_runs(line);
    }
    blocks.push_back(std::move(b));
  }
  return blocks;
}

}  // namespace canvass
