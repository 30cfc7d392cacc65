// Instantiates the header-pattern rules once and wraps them in plain functions.
#include "header/header.hpp"

#include "header/header_def.hpp"

namespace canvass::grammar {

namespace x3 = boost::spirit::x3;

namespace {

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

template <class Rule, class Attr>
bool parse_all(std::string_view text, const Rule& rule, Attr& attr) {
  auto first = text.begin();
  return x3::parse(first, text.end(), rule, attr) && first == text.end();
}

}  // namespace

std::optional<BracketHeader> parse_bracket_header(std::string_view header) {
  const std::string h = trim(header);
  std::pair<std::string, std::string> parts;
  if (!parse_all(h, header_rules::bracket_header, parts)) return std::nullopt;
  BracketHeader out{trim(parts.first), trim(std::string_view(parts.second).substr(1, parts.second.size() - 2))};
  if (out.question.empty() || out.statement.empty()) return std::nullopt;
  return out;
}

std::optional<LimeSurveyCode> parse_limesurvey_code(std::string_view header) {
  LimeSurveyCode code;
  if (!parse_all(trim(header), header_rules::limesurvey_code, code)) return std::nullopt;
  return code;
}

std::optional<QualtricsId> parse_qualtrics_import_id(std::string_view id) {
  const std::string s = trim(id);
  QualtricsId out;
  if (parse_all(s, header_rules::import_id, out)) return out;
  out = {};
  if (parse_all(s, header_rules::import_id_2016, out)) return out;
  return std::nullopt;
}

std::optional<QualtricsId> parse_qualtrics_tag(std::string_view tag) {
  QualtricsId out;
  if (!parse_all(trim(tag), header_rules::qualtrics_tag, out)) return std::nullopt;
  return out;
}

std::optional<ImportIdCell> parse_import_id_cell(std::string_view cell) {
  // {"ImportId":"QID2_1","choiceId":"2"}  or  {'ImportId': 'QID4-1-2'}
  std::vector<std::pair<std::string, std::string>> members;
  const std::string t = trim(cell);
  auto first = t.begin();
  if (!x3::phrase_parse(first, t.end(), header_rules::import_id_object, x3::space, members) || first != t.end())
    return std::nullopt;
  ImportIdCell out;
  bool has_id = false;
  for (auto& [key, value] : members) {
    if (key == "ImportId") { out.import_id = value; has_id = true; }
    if (key == "choiceId") out.choice_id = value;
  }
  if (!has_id) return std::nullopt;
  return out;
}

std::vector<std::string> split_dash_parts(std::string_view label) {
  // part % " - " where a part is anything not containing " - "
  const auto part = x3::rule<struct dash_part_, std::string>{"part"} = *(x3::char_ - x3::lit(" - "));
  std::vector<std::string> parts;
  const std::string s = trim(label);
  if (!parse_all(s, part % x3::lit(" - "), parts)) return {s};
  for (auto& p : parts) p = trim(p);
  return parts;
}

std::vector<std::string> split_path(std::string_view header, char separator) {
  const auto segment = x3::rule<struct segment_, std::string>{"segment"} = *~x3::char_(separator);
  std::vector<std::string> parts;
  const std::string s = trim(header);
  if (!parse_all(s, segment % x3::lit(separator), parts)) return {s};
  return parts;
}

std::optional<NumberedHeader> parse_numbered_header(std::string_view header) {
  NumberedHeader out;
  if (!parse_all(trim(header), header_rules::numbered_header, out)) return std::nullopt;
  out.text = trim(out.text);
  if (out.text.empty()) return std::nullopt;
  return out;
}

}  // namespace canvass::grammar
