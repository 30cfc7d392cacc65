// Builds Word (.docx) documents for the notes tests: the "Word version" of a plain-text
// notes file, made the way a facilitator's Word file looks, and documents from paragraphs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zip_builder.hpp"

namespace canvass::testing {

// One Word paragraph: its style id, list level (numbering), text and whether it is bold.
struct WordParagraph {
  std::string style;                // "", "Title", "Heading2", "Heading3", "ListParagraph"
  std::optional<int> list_level;    // w:numPr/w:ilvl
  std::vector<std::pair<std::string, bool>> runs;  // (text, bold); "\n" becomes <w:br/>
};

inline std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

inline std::string word_paragraph_xml(const WordParagraph& p) {
  std::string x = "<w:p>";
  if (!p.style.empty() || p.list_level) {
    x += "<w:pPr>";
    if (!p.style.empty()) x += "<w:pStyle w:val=\"" + p.style + "\"/>";
    if (p.list_level) x += "<w:numPr><w:ilvl w:val=\"" + std::to_string(*p.list_level) + "\"/><w:numId w:val=\"1\"/></w:numPr>";
    x += "<w:rPr><w:b/></w:rPr>";  // the paragraph mark's own format: never the text's
    x += "</w:pPr>";
  }
  for (const auto& [text, bold] : p.runs) {
    x += "<w:r>";
    if (bold) x += "<w:rPr><w:b/></w:rPr>";
    std::size_t start = 0;
    for (;;) {
      const std::size_t nl = text.find('\n', start);
      x += "<w:t xml:space=\"preserve\">" + xml_escape(text.substr(start, nl - start)) + "</w:t>";
      if (nl == std::string::npos) break;
      x += "<w:br/>";
      start = nl + 1;
    }
    x += "</w:r>";
  }
  return x + "</w:p>";
}

inline const char* kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// A .docx whose body is `body_xml` (paragraphs and tables as WordprocessingML).
inline std::string word_document(const std::string& body_xml) {
  const std::string ns = kWordNs;
  ZipBuilder zip;
  zip.add("[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          "<Override PartName=\"/word/styles.xml\" "
          "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
  zip.add("_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
  std::string styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + ns + "\">";
  for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
           {"Normal", "Normal"}, {"Title", "Title"}, {"Heading1", "heading 1"}, {"Heading2", "heading 2"},
           {"Heading3", "heading 3"}, {"ListParagraph", "List Paragraph"}, {"ListBullet2", "List Bullet 2"}})
    styles += "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/></w:style>";
  zip.add("word/styles.xml", styles + "</w:styles>");
  zip.add("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" +
                                   ns + "\"><w:body>" + body_xml + "<w:sectPr/></w:body></w:document>");
  return zip.finish();
}

inline std::string word_document(const std::vector<WordParagraph>& paragraphs) {
  std::string body;
  for (const auto& p : paragraphs) body += word_paragraph_xml(p);
  return word_document(body);
}

// "**x**" stretches become bold runs.
inline std::vector<std::pair<std::string, bool>> runs_of(const std::string& text) {
  std::vector<std::pair<std::string, bool>> runs;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find("**", at);
    const std::size_t close = open == std::string::npos ? std::string::npos : text.find("**", open + 2);
    if (close == std::string::npos) {
      runs.emplace_back(text.substr(at), false);
      break;
    }
    if (open > at) runs.emplace_back(text.substr(at, open - at), false);
    runs.emplace_back(text.substr(open + 2, close - open - 2), true);
    at = close + 2;
  }
  return runs;
}

// The Word version of plain-text notes, one paragraph per line (blank lines become empty
// paragraphs, so paragraph numbers are line numbers): the first line in Title style, a line
// followed by a "Question" line in Heading 2, summary headings in Heading 3, Markdown "#"
// lines as headings, bullets as list paragraphs whose level follows their indentation, bold
// as bold runs; other lines (typed "1." numbers, tabs) as typed.
inline std::string word_version_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  auto trimmed = [](const std::string& s) {
    const auto a = s.find_first_not_of(" \t");
    return a == std::string::npos ? std::string{} : s.substr(a);
  };
  const std::vector<std::string> marks = {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x96\xAA ", "\xE2\x86\x92 ", "o "};
  std::vector<WordParagraph> paragraphs;
  std::vector<std::size_t> open_indents;  // indents of the open list levels
  bool title_done = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string body = trimmed(lines[i]);
    WordParagraph p;
    std::string next;
    for (std::size_t j = i + 1; j < lines.size() && next.empty(); ++j) next = trimmed(lines[j]);
    std::string mark;
    for (const auto& m : marks)
      if (body.rfind(m, 0) == 0) mark = m;
    if (body.empty()) {
      // an empty paragraph
    } else if (!mark.empty()) {
      const std::size_t indent = lines[i].size() - body.size();
      while (!open_indents.empty() && open_indents.back() >= indent) open_indents.pop_back();
      p.list_level = static_cast<int>(open_indents.size());
      open_indents.push_back(indent);
      p.style = "ListParagraph";
      p.runs = runs_of(body.substr(mark.size()));
    } else if (body[0] == '#') {  // a Markdown heading: Title first, then Heading N
      const std::size_t hashes = body.find_first_not_of('#');
      p.style = title_done ? "Heading" + std::to_string(hashes) : "Title";
      p.runs = runs_of(trimmed(body.substr(hashes)));
      open_indents.clear();
      title_done = true;
    } else {
      if (!title_done) p.style = "Title";
      else if (next.rfind("Question", 0) == 0) p.style = "Heading2";
      else if (body == "Summary" || body == "Summary of Key Insights") p.style = "Heading3";
      if (!p.style.empty()) open_indents.clear();
      p.runs = runs_of(p.style.empty() ? lines[i] : body);  // typed numbers and tabs stay as typed
      title_done = true;
    }
    paragraphs.push_back(std::move(p));
  }
  return word_document(paragraphs);
}

}  // namespace canvass::testing
