#include "report/quote_list.hpp"

#include <cstdio>

#include "report/csv_writer.hpp"
#include "report/json_writer.hpp"
#include "report/markdown_writer.hpp"

namespace canvass {

namespace {

std::string joined(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::string score_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", s);
  return buf;
}

}  // namespace

std::string file_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void write_quotes_json(std::ostream& out, const std::vector<Quote>& quotes) {
  out << "[";
  for (std::size_t i = 0; i < quotes.size(); ++i) {
    const Quote& q = quotes[i];
    out << (i ? ",\n " : "\n ") << "{\"id\": " << json_string(q.id) << ", \"text\": " << json_string(q.text)
        << ", \"respondent\": " << json_string(q.respondent) << ", \"attribution\": " << json_string(attribution(q))
        << ", \"group\": " << (q.group.empty() ? "null" : json_string(q.group))
        << ", \"question\": " << json_string(q.question) << ", \"source\": " << json_string(q.source)
        << ", \"line\": " << q.line << ", \"origin\": " << json_string(q.origin) << ", \"sentence\": " << q.sentence
        << ", \"theme\": " << (q.theme.empty() ? "null" : json_string(q.theme)) << ", \"themes\": [";
    for (std::size_t t = 0; t < q.themes.size(); ++t) out << (t ? ", " : "") << json_string(q.themes[t]);
    out << "], \"tone\": " << json_string(to_string(q.tone.tone)) << ", \"score\": " << score_text(q.score)
        << ", \"decision\": " << (q.decision.empty() ? "null" : json_string(q.decision)) << "}";
  }
  out << (quotes.empty() ? "]\n" : "\n]\n");
}

void write_quotes_csv(std::ostream& out, const std::vector<Quote>& quotes) {
  write_csv_row(out, {"id", "text", "respondent", "attribution", "question", "source", "line", "origin", "theme",
                      "themes", "tone", "score", "decision"});
  for (const Quote& q : quotes)
    write_csv_row(out, {q.id, q.text, q.respondent, attribution(q), q.question, q.source, std::to_string(q.line),
                        q.origin, q.theme, joined(q.themes, "; "), std::string(to_string(q.tone.tone)),
                        score_text(q.score), q.decision});
}

void write_quotes_markdown(std::ostream& out, const std::vector<Quote>& quotes, const std::string& heading) {
  if (!heading.empty()) out << md_text(heading) << "\n\n";
  if (quotes.empty()) {
    if (heading.rfind("Not quoted:", 0) != 0) out << "_No quotes match._\n";  // the heading said why
    return;
  }
  for (const Quote& q : quotes) {
    out << "> \xE2\x80\x9C" << md_text(q.text) << "\xE2\x80\x9D \xE2\x80\x94 " << md_text(attribution(q)) << "\n\n";
    out << "<sub>" << q.id << " \xC2\xB7 " << md_text(q.theme.empty() ? "no theme" : q.theme) << " \xC2\xB7 "
        << to_string(q.tone.tone) << " \xC2\xB7 " << md_text(file_name(q.source)) << ", line " << q.line
        << (q.decision.empty() ? "" : " \xC2\xB7 " + q.decision) << "</sub>\n\n";
  }
}

}  // namespace canvass
