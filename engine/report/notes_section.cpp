#include "report/notes_section.hpp"

#include <filesystem>
#include <optional>
#include <string>

#include "notes/notes.hpp"
#include "notes/note_themes.hpp"
#include "notes/redact_notes.hpp"
#include "report/notes_theme_table.hpp"
#include "text/word_list.hpp"
#include "report/html_writer.hpp"
#include "report/markdown_writer.hpp"
#include "store/stored_notes.hpp"

namespace canvass {

namespace {

// The notes of one section under one question, as the report shows them.
struct HeadingGroup {
  std::optional<std::string> heading;
  std::vector<const NoteRecord*> items;
};

struct Block {
  std::optional<std::string> section;
  bool same_section = false;  // a later question of the section before: its heading is not repeated
  std::optional<std::string> question;
  std::size_t line = 0;
  std::vector<HeadingGroup> notes;
  std::optional<std::string> summary_title;
  std::vector<HeadingGroup> summary;
};

bool is_separator(const NoteRecord& r) {
  return r.kind == NoteKind::text && grammar::classify_note_line(r.text).kind == grammar::NoteLineKind::separator;
}

void add_to(std::vector<HeadingGroup>& groups, const NoteRecord& r) {
  for (auto& g : groups)
    if (g.heading == r.heading) {
      g.items.push_back(&r);
      return;
    }
  groups.push_back({r.heading, {&r}});
}

// Cuts a document into blocks: a new one at every section heading or question.
std::vector<Block> blocks_of(const NoteDocument& doc) {
  std::vector<Block> blocks;
  for (const NoteRecord& r : doc.records) {
    if (r.kind == NoteKind::title) continue;
    const bool starts = blocks.empty() || blocks.back().section != r.section ||
                        (r.kind == NoteKind::question && blocks.back().question);
    if (starts) {
      const bool same = !blocks.empty() && blocks.back().section == r.section;
      blocks.push_back({r.section, same, std::nullopt, r.line, {}, std::nullopt, {}});
    }
    Block& b = blocks.back();
    if (r.kind == NoteKind::question) b.question = r.question;
    if (r.kind == NoteKind::heading && !r.group && r.heading && !b.summary_title) b.summary_title = r.heading;
    if (r.duplicate_of || is_separator(r)) continue;
    if (r.kind == NoteKind::summary) add_to(b.summary, r);
    else if (r.kind == NoteKind::note || r.kind == NoteKind::text) add_to(b.notes, r);
  }
  return blocks;
}

std::string titles_of(const NoteDocument& doc) {
  std::string t;
  for (const NoteRecord& r : doc.records)
    if (r.kind == NoteKind::title) t += (t.empty() ? "" : " \u00b7 ") + r.text;
  return t;
}

std::size_t duplicates_in(const std::vector<NoteDocument>& docs) {
  std::size_t n = 0;
  for (const auto& d : docs)
    for (const auto& r : d.records) n += r.duplicate_of.has_value();
  return n;
}

std::string lead_of(const std::vector<NoteDocument>& docs) {
  std::size_t records = 0;
  for (const auto& d : docs) records += d.records.size();
  std::string lead = std::to_string(records) + " note records from " + std::to_string(docs.size()) +
                     (docs.size() == 1 ? " file" : " files");
  if (const std::size_t dups = duplicates_in(docs)) lead += "; " + std::to_string(dups) + " copy-paste duplicates shown once";
  return lead + ".";
}

std::string file_name(const NoteDocument& doc) { return std::filesystem::path(doc.path).filename().string(); }

// --- Markdown -------------------------------------------------------------------------

// A list item's text that Markdown will not read as more structure.
std::string md_item(const NoteRecord& r) {
  std::string out(2 * r.depth, ' ');
  out += "- ";
  if (!r.text.empty() && std::string_view("#-*+>").find(r.text[0]) != std::string_view::npos) out += '\\';
  for (char c : md_text(r.text, /*keep_breaks=*/true)) {
    out += c;
    if (c == '\n') out.append(2 * (r.depth + 1), ' ');  // continuation lines stay in the item
  }
  out += '\n';
  return out;
}

void md_groups(std::ostream& out, const std::vector<HeadingGroup>& groups, const std::optional<std::string>& skip) {
  for (const auto& g : groups) {
    if (g.heading && g.heading != skip) out << "**" << md_text(*g.heading) << "**\n\n";
    for (const NoteRecord* r : g.items) out << md_item(*r);
    out << '\n';
  }
}

// --- HTML -----------------------------------------------------------------------------

std::string html_text(const std::string& text) {
  std::string out = html_escape(text);
  for (std::size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', at)) out.replace(at, 1, "<br>");
  return out;
}

// A list nested by depth: deeper items open a list inside the item before them.
void html_list(std::ostream& out, const std::vector<const NoteRecord*>& items) {
  std::size_t open = 0;  // lists open beyond the first
  out << "<ul>";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::size_t depth = items[i]->depth;
    if (i > 0) {
      if (depth > open) { out << "<ul>"; ++open; }
      else {
        out << "</li>";
        for (; open > depth; --open) out << "</ul></li>";
      }
    }
    out << "<li>" << html_text(items[i]->text);
  }
  if (!items.empty()) out << "</li>";
  for (; open > 0; --open) out << "</ul></li>";
  out << "</ul>\n";
}

void html_groups(std::ostream& out, const std::vector<HeadingGroup>& groups, const std::optional<std::string>& skip,
                 const char* tag) {
  for (const auto& g : groups) {
    if (g.heading && g.heading != skip) out << '<' << tag << '>' << html_escape(*g.heading) << "</" << tag << ">\n";
    html_list(out, g.items);
  }
}

}  // namespace

void write_notes_markdown(std::ostream& out, const std::vector<NoteDocument>& documents, const ThemeTally* tally) {
  out << "## Focus-group notes\n\n" << lead_of(documents) << "\n\n";
  if (tally) write_theme_table_markdown(out, *tally, documents);
  for (const auto& doc : documents) {
    const std::string titles = titles_of(doc);
    out << "*From " << md_text(file_name(doc)) << (titles.empty() ? "" : " (" + md_text(titles) + ")") << "*\n\n";
    for (const Block& b : blocks_of(doc)) {
      if (b.section && !b.same_section) out << "### " << md_text(*b.section) << "\n\n";
      if (b.question) out << "**Question:** " << md_text(*b.question) << "\n\n";
      md_groups(out, b.notes, std::nullopt);
      if (!b.summary.empty()) {
        out << "**" << md_text(b.summary_title.value_or("Summary")) << "**\n\n";
        md_groups(out, b.summary, b.summary_title);
      }
    }
  }
}

void write_notes_html(std::ostream& out, const std::vector<NoteDocument>& documents, const ThemeTally* tally) {
  out << "<section id=\"focus-group-notes\">\n<h2>Focus-group notes</h2>\n<p class=\"lead\">"
      << html_escape(lead_of(documents)) << "</p>\n";
  if (tally) write_theme_table_html(out, *tally, documents);
  for (const auto& doc : documents) {
    const std::string titles = titles_of(doc);
    out << "<p class=\"source\">From " << html_escape(file_name(doc))
        << (titles.empty() ? "" : " (" + html_escape(titles) + ")") << "</p>\n";
    for (const Block& b : blocks_of(doc)) {
      out << "<article class=\"notes-section\">\n";
      if (b.section && !b.same_section) out << "<h3>" << html_escape(*b.section) << "</h3>\n";
      if (b.question) out << "<p class=\"question\"><strong>Question:</strong> " << html_escape(*b.question) << "</p>\n";
      html_groups(out, b.notes, std::nullopt, "h4");
      if (!b.summary.empty()) {
        out << "<div class=\"summary\">\n<h4>" << html_escape(b.summary_title.value_or("Summary")) << "</h4>\n";
        html_groups(out, b.summary, b.summary_title, "h5");
        out << "</div>\n";
      }
      out << "</article>\n";
    }
  }
  out << "</section>\n";
}

Status write_stored_notes(Database& db, const Redactor& redactor, const Codebook& codebook, std::ostream& html,
                          std::ostream& markdown) {
  auto docs = read_stored_notes(db);
  if (!docs) return docs.error();
  if (docs->empty()) return Ok{};
  auto stop_words = load_tally_stop_words(data_dir());
  if (!stop_words) return stop_words.error();
  NoteThemes themes(codebook);
  ThemeTallyBuilder tally(themes.names(), std::move(*stop_words), docs->size() > 1);
  for (auto& doc : *docs) {
    themes.tag(doc.records);  // from the text as written, before redaction
    redact_notes(doc, redactor);
    for (const auto& r : doc.records) tally.add(doc.path, r);
  }
  const ThemeTally result = tally.finish();
  write_notes_html(html, *docs, &result);
  write_notes_markdown(markdown, *docs, &result);
  return Ok{};
}

}  // namespace canvass
