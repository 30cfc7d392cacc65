#include "report/quotes_section.hpp"

#include "report/html_writer.hpp"
#include "report/markdown_writer.hpp"
#include "report/quote_list.hpp"

namespace canvass {

namespace {

constexpr const char* kIntro =
    "Illustrative comments, chosen for how well they represent each theme, with positive and critical "
    "views both shown where the comments hold them, and no more than two from any one respondent. Each "
    "quote's tone (positive, critical, mixed or neutral) is shown with its source. Personal details are "
    "replaced by [name], [email] and similar; a respondent's group is named only where the group is "
    "large enough.";

constexpr const char* kNoCritical =
    "No comment was confidently critical, so no critical view is shown here; the comments may still "
    "hold criticism the tone model could not call with confidence.";

bool any_critical(const std::vector<ThemeQuotes>& themes) {
  for (const auto& group : themes)
    for (const Quote& q : group.quotes)
      if (q.tone.tone == Tone::critical && q.tone.confident()) return true;
  return false;
}

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace

void write_quotes_section_markdown(std::ostream& out, const std::vector<ThemeQuotes>& themes) {
  out << "## Quote bank\n\n" << kIntro << "\n\n";
  if (!any_critical(themes)) out << "*" << kNoCritical << "*\n\n";
  for (const auto& group : themes) {
    out << "### " << md_text(capitalised(group.theme)) << "\n\n";
    for (const Quote& q : group.quotes)
      out << "> \xE2\x80\x9C" << md_text(q.text) << "\xE2\x80\x9D \xE2\x80\x94 " << md_text(attribution(q)) << "\n\n";
    out << "<sub>Sources: ";
    for (std::size_t i = 0; i < group.quotes.size(); ++i)
      out << (i ? "; " : "") << group.quotes[i].id << " (" << md_text(file_name(group.quotes[i].source)) << ", line "
          << group.quotes[i].line << ", " << to_string(group.quotes[i].tone.tone) << ")";
    out << "</sub>\n\n";
  }
}

void write_quotes_section_html(std::ostream& out, const std::vector<ThemeQuotes>& themes) {
  out << "<section id=\"quote-bank\">\n<h2>Quote bank</h2>\n<p>" << html_escape(kIntro) << "</p>\n";
  if (!any_critical(themes)) out << "<p class=\"note\"><em>" << html_escape(kNoCritical) << "</em></p>\n";
  for (const auto& group : themes) {
    out << "<h3>" << html_escape(capitalised(group.theme)) << "</h3>\n";
    for (const Quote& q : group.quotes)
      out << "<figure class=\"quote " << to_string(q.tone.tone) << "\" data-quote-id=\"" << q.id << "\">"
          << "<blockquote>\xE2\x80\x9C" << html_escape(q.text) << "\xE2\x80\x9D</blockquote>"
          << "<figcaption>\xE2\x80\x94 " << html_escape(attribution(q)) << " <small>(" << html_escape(file_name(q.source))
          << ", line " << q.line << ", " << to_string(q.tone.tone) << ")</small></figcaption></figure>\n";
  }
  out << "</section>\n";
}

}  // namespace canvass
