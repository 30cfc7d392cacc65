#include "sources/docx_reader.hpp"

#include <algorithm>
#include <map>

#include "sources/xml_reader.hpp"
#include "sources/zip_archive.hpp"

namespace canvass {

namespace {

bool is_word_namespace(std::string_view uri) {
  return uri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
         uri == "http://purl.oclc.org/ooxml/wordprocessingml/main";  // Strict OOXML
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::size_t parse_number(std::string_view v, std::size_t most) {
  std::size_t n = 0;
  for (char c : v)
    if (c >= '0' && c <= '9') n = std::min(n * 10 + static_cast<std::size_t>(c - '0'), most);
  if (!v.empty() && v.front() == '-') return 0;
  return n;
}

// word/styles.xml: style id ("Heading1") -> name ("heading 1"), and the list level of
// styles that number their paragraphs themselves (a custom "Bullet points" style).
class StyleNames : public XmlVisitor {
 public:
  std::map<std::string, std::string> names;
  std::map<std::string, std::size_t> list_levels;

  void start_element(const XmlElement& e) override {
    if (!is_word_namespace(e.uri)) return;
    if (e.name == "style") {
      current_ = std::string(e.attribute("styleId").value_or(""));
      level_ = 0;
    } else if (current_.empty()) {
      return;
    } else if (e.name == "name") {
      names[current_] = std::string(e.attribute("val").value_or(""));
    } else if (e.name == "ilvl") {
      level_ = parse_number(e.attribute("val").value_or("0"), 9);
      if (list_levels.count(current_)) list_levels[current_] = level_;
    } else if (e.name == "numId") {
      if (e.attribute("val").value_or("0") != "0") list_levels[current_] = level_;
      else list_levels.erase(current_);
    }
  }

  void end_element(std::string_view n, std::string_view uri) override {
    if (is_word_namespace(uri) && n == "style") current_.clear();
  }

 private:
  std::string current_;
  std::size_t level_ = 0;
};

// An on/off property such as <w:b/>, <w:b w:val="0"/>, <w:b w:val="false"/>.
bool switched_on(const XmlElement& e) {
  const auto v = e.attribute("val");
  return !v || (*v != "0" && *v != "false" && *v != "off");
}

// word/document.xml: paragraphs with their runs, in reading order.
class DocumentParagraphs : public XmlVisitor {
 public:
  struct Raw {
    std::string style_id;
    std::optional<std::size_t> list_level;
    bool numbered = false;  // numId other than 0
    bool numbering_said = false;  // a numId of its own (0 switches the style's numbering off)
    std::vector<std::pair<std::string, bool>> runs;  // (text, bold)
    std::optional<DocxParagraph::Cell> cell;
    std::size_t indent = 0;     // twips
    bool mark_deleted = false;  // its paragraph mark is a tracked deletion: it runs on into the next
  };
  std::vector<Raw> paragraphs;

  void start_element(const XmlElement& e) override {
    if (skipped_ > 0 || is_skipped(e.name, e.uri) || (e.name == "del" && !in_ppr_ && is_word_namespace(e.uri))) {
      ++skipped_;
      return;
    }
    if (!is_word_namespace(e.uri)) return;
    const std::string_view n = e.name;
    if (n == "del" && in_ppr_) {  // <w:pPr><w:rPr><w:del/>: the paragraph mark was deleted
      current_.mark_deleted = true;
      return;
    }
    if (n == "tbl") tables_.push_back({table_count_++, 0, 0, false, false});
    else if (n == "tr" && !tables_.empty()) { auto& t = tables_.back(); if (t.row_open) ++t.row; t.row_open = true; t.column = 0; t.cell_open = false; }
    else if (n == "tc" && !tables_.empty()) { auto& t = tables_.back(); if (t.cell_open) ++t.column; t.cell_open = true; }
    else if (n == "p") start_paragraph();
    else if (!in_paragraph_) return;
    else if (n == "pPr") in_ppr_ = true;
    else if (n == "pStyle" && in_ppr_) current_.style_id = std::string(e.attribute("val").value_or(""));
    else if (n == "ilvl" && in_ppr_) current_.list_level = parse_level(e.attribute("val").value_or("0"));
    else if (n == "numId" && in_ppr_) {
      current_.numbered = e.attribute("val").value_or("0") != "0";
      current_.numbering_said = true;
    }
    else if (n == "ind" && in_ppr_ && !in_rpr_) current_.indent = parse_level(e.attribute("left").value_or(e.attribute("start").value_or("0")), 31680);
    else if (n == "r") { in_run_ = true; run_bold_ = false; run_text_.clear(); }
    else if (n == "rPr" && in_run_) in_rpr_ = true;
    else if (n == "b" && in_rpr_) run_bold_ = switched_on(e);
    else if (n == "t" && in_run_) in_text_ = true;
    else if ((n == "br" || n == "cr") && in_run_) run_text_ += '\n';
    else if (n == "tab" && in_run_ && !in_ppr_) run_text_ += '\t';
  }

  void characters(std::string_view s) override {
    if (in_text_) run_text_.append(s);
  }

  void end_element(std::string_view n, std::string_view uri) override {
    if (skipped_ > 0) {
      --skipped_;
      return;
    }
    if (!is_word_namespace(uri)) return;
    if (n == "tbl" && !tables_.empty()) tables_.pop_back();
    else if (n == "p" && in_paragraph_) end_paragraph();
    else if (n == "pPr") in_ppr_ = false;
    else if (n == "rPr") in_rpr_ = false;
    else if (n == "t") in_text_ = false;
    else if (n == "r" && in_run_) {
      if (!run_text_.empty()) current_.runs.emplace_back(std::move(run_text_), run_bold_);
      run_text_.clear();
      in_run_ = false;
    }
  }

 private:
  struct Table {
    std::size_t index, row, column;
    bool row_open, cell_open;
  };

  static std::size_t parse_level(std::string_view v, std::size_t most = 9) { return parse_number(v, most); }

  // Content that is not the accepted text: deleted and moved-from runs, the old properties
  // a formatting change keeps (w:pPrChange, w:rPrChange...), and the fallback copy of
  // content a newer Word also gives in mc:Choice.
  static bool is_skipped(std::string_view name, std::string_view uri) {
    if (uri == "http://schemas.openxmlformats.org/markup-compatibility/2006") return name == "Fallback";
    if (!is_word_namespace(uri)) return false;
    if (name == "moveFrom") return true;
    return name.size() > 6 && name.substr(name.size() - 6) == "Change";
  }

  // Accepting a deleted paragraph mark joins the paragraph to the next one.
  void keep_paragraph() {
    if (!paragraphs.empty() && paragraphs.back().mark_deleted && paragraphs.back().cell == current_.cell) {
      Raw& joined = paragraphs.back();
      if (joined.runs.empty()) {  // a wholly deleted paragraph leaves nothing of itself
        joined = std::move(current_);
        return;
      }
      for (auto& run : current_.runs) joined.runs.push_back(std::move(run));
      joined.mark_deleted = current_.mark_deleted;
      return;
    }
    paragraphs.push_back(std::move(current_));
  }

  // A text box's paragraphs sit inside a run of their paragraph: they come first, and the
  // paragraph they interrupted goes on where it was.
  void end_paragraph() {
    keep_paragraph();
    in_paragraph_ = false;
    if (outer_.empty()) return;
    Outer& o = outer_.back();
    current_ = std::move(o.raw);
    in_ppr_ = o.in_ppr, in_rpr_ = o.in_rpr, in_run_ = o.in_run, in_text_ = o.in_text, run_bold_ = o.run_bold;
    run_text_ = std::move(o.run_text);
    in_paragraph_ = true;
    outer_.pop_back();
  }

  void start_paragraph() {
    if (in_paragraph_) outer_.push_back({std::move(current_), in_ppr_, in_rpr_, in_run_, in_text_, run_bold_, std::move(run_text_)});
    current_ = Raw{};
    run_text_.clear();
    if (!tables_.empty()) current_.cell = DocxParagraph::Cell{tables_.back().index, tables_.back().row, tables_.back().column};
    in_paragraph_ = true;
    in_ppr_ = in_rpr_ = in_run_ = in_text_ = false;
  }

  struct Outer {
    Raw raw;
    bool in_ppr, in_rpr, in_run, in_text, run_bold;
    std::string run_text;
  };
  std::vector<Outer> outer_;  // paragraphs a text box has interrupted
  std::vector<Table> tables_;
  std::size_t table_count_ = 0;
  Raw current_;
  bool in_paragraph_ = false, in_ppr_ = false, in_rpr_ = false, in_run_ = false, in_text_ = false;
  bool run_bold_ = false;
  std::string run_text_;
  std::size_t skipped_ = 0;  // depth inside skipped content
};

// Adjacent bold runs are one bold stretch (Word splits runs freely); the markers go
// inside any white space at its ends, so "**Barriers:** " and not "**Barriers: **".
std::string join_runs(const std::vector<std::pair<std::string, bool>>& runs) {
  std::string out, bold;
  auto flush = [&] {
    if (bold.empty()) return;
    const auto first = bold.find_first_not_of(" \t\n");
    if (first == std::string::npos) {
      out += bold;
    } else {
      const auto last = bold.find_last_not_of(" \t\n");
      out += bold.substr(0, first) + "**" + bold.substr(first, last - first + 1) + "**" + bold.substr(last + 1);
    }
    bold.clear();
  };
  for (const auto& [text, is_bold] : runs) {
    if (is_bold) {
      bold += text;
    } else {
      flush();
      out += text;
    }
  }
  flush();
  return out;
}

// By the style's name without spaces, so a style id standing in for a missing name
// ("Heading2", "ListBullet") reads the same as the name ("heading 2", "List Bullet").
void give_role(DocxParagraph& p) {
  std::string name = lower(p.style);
  std::erase(name, ' ');
  auto numbered = [&](std::string_view prefix) {
    return name.size() == prefix.size() + 1 && name.rfind(prefix, 0) == 0 && name.back() >= '1' && name.back() <= '9';
  };
  if (name == "title" || name == "subtitle") {
    p.role = DocxParagraph::Role::title;
  } else if (numbered("heading")) {
    p.role = DocxParagraph::Role::heading;
    p.heading_level = static_cast<std::size_t>(name.back() - '0');
  } else if (p.list_level) {
    p.role = DocxParagraph::Role::list;
  } else if (name.rfind("listbullet", 0) == 0 || name.rfind("listnumber", 0) == 0) {
    // "List Bullet 2" numbers its paragraphs through the style, one level down
    p.role = DocxParagraph::Role::list;
    const char last = name.back();
    p.list_level = (last >= '2' && last <= '9') ? static_cast<std::size_t>(last - '1') : 0;
  }
}

}  // namespace

Result<std::vector<DocxParagraph>> read_docx_paragraphs(const std::string& path, std::string_view bytes) {
  auto zip = ZipArchive::open(path, bytes);
  if (!zip) return zip.error();
  if (!zip->contains("word/document.xml")) return Error{{path}, "not a Word document: no word/document.xml inside"};
  XmlRuntime runtime;
  auto parser = XmlParser::create(XmlOptions::ooxml());
  if (!parser) return parser.error();

  StyleNames styles;
  if (zip->contains("word/styles.xml")) {
    auto part = zip->read("word/styles.xml");
    if (!part) return part.error();
    CANVASS_TRY(parser->parse(*part, Location{path, 0, 0, "word/styles.xml"}, styles));
  }
  auto part = zip->read("word/document.xml");
  if (!part) return part.error();
  DocumentParagraphs document;
  CANVASS_TRY(parser->parse(*part, Location{path, 0, 0, "word/document.xml"}, document));

  std::vector<DocxParagraph> out;
  out.reserve(document.paragraphs.size());
  for (auto& raw : document.paragraphs) {
    DocxParagraph p;
    p.number = out.size() + 1;
    const auto named = styles.names.find(raw.style_id);
    p.style = named != styles.names.end() ? named->second : raw.style_id;
    // Its own numbering (numId 0 switches it off), else its style's, else none.
    if (raw.numbering_said) {
      if (raw.numbered) p.list_level = raw.list_level;
    } else if (const auto styled = styles.list_levels.find(raw.style_id); styled != styles.list_levels.end()) {
      p.list_level = raw.list_level ? raw.list_level : styled->second;
    }
    p.text = join_runs(raw.runs);
    p.cell = raw.cell;
    p.indent = raw.indent;
    give_role(p);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace canvass
