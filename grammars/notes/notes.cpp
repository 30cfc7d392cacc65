// Instantiates the notes grammar once and turns one line into a NoteLine: the kinds are
// tried in a fixed order, most specific first, each with a fresh attribute.
#include "notes/notes.hpp"

#include "notes/notes_def.hpp"

namespace canvass::grammar {

namespace {

namespace x3 = boost::spirit::x3;
using Iter = std::string_view::const_iterator;

// Parses all of [first, last) with `rule` into `attr`.
template <class Rule, class Attr>
bool whole(Iter first, Iter last, const Rule& rule, Attr& attr) {
  return x3::parse(first, last, rule, attr) && first == last;
}

std::size_t columns(std::string_view spaces) {
  std::size_t col = 0;
  for (std::size_t i = 0; i < spaces.size(); ++i) {
    if (spaces[i] == '\t') col = (col / 4 + 1) * 4;
    else if (static_cast<unsigned char>(spaces[i]) == 0xC2) continue;  // first byte of a no-break space
    else ++col;
  }
  return col;
}

std::string trim_end(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
  if (s.size() >= 2 && s.compare(s.size() - 2, 2, "\xC2\xA0") == 0) return trim_end(s.substr(0, s.size() - 2));
  return s;
}

// What the `text` rule makes of [first, last), which it always reads to the end: bold
// markup and a trailing stray '#' dropped. Text without "**" or '#' (most lines) is kept as
// it is without running the rule.
std::string text_of(Iter first, Iter last) {
  const std::string_view rest(first == last ? nullptr : &*first, static_cast<std::size_t>(last - first));
  if (rest.find("**") == std::string_view::npos && rest.find('#') == std::string_view::npos) return std::string(rest);
  std::string out;
  x3::parse(first, last, notes_rules::text, out);
  return out;
}

// Both label rules end in ':' or are wholly bold: a line with neither cannot be a label.
bool may_be_label(Iter first, Iter last) {
  const std::string_view rest(first == last ? nullptr : &*first, static_cast<std::size_t>(last - first));
  return rest.find(':') != std::string_view::npos || rest.find("**") != std::string_view::npos;
}

std::string cleaned(Iter first, Iter last) {
  std::string out = trim_end(text_of(first, last));
  if (out.empty()) out = trim_end(std::string(first, last));  // a line of only "#" stays as written
  return out;
}

}  // namespace

std::string clean_note_text(std::string_view text) { return cleaned(text.begin(), text.end()); }

bool is_summary_heading(std::string_view text) {
  std::string heading;
  return whole(text.begin(), text.end(), notes_rules::summary_heading, heading);
}

NoteLine classify_note_line(std::string_view line) {
  NoteLine out;
  Iter first = line.begin();
  const Iter last = line.end();
  std::string spaces;
  x3::parse(first, last, notes_rules::indent, spaces);
  out.indent = columns(spaces);
  if (x3::parse(first, last, notes_rules::line_end)) return out;  // blank

  if (std::string mark; whole(first, last, notes_rules::separator, mark)) {
    out.kind = NoteLineKind::separator;
    out.mark = mark;
    out.text = trim_end(std::string(first, last));
    return out;
  }
  if (std::string q; whole(first, last, notes_rules::question, q)) {
    out.kind = NoteLineKind::question;
    out.text = trim_end(std::move(q));
    if (out.text.size() > 2 && out.text.compare(out.text.size() - 2, 2, "**") == 0) out.text = trim_end(out.text.substr(0, out.text.size() - 2));
    return out;
  }
  if (std::string heading; whole(first, last, notes_rules::summary_heading, heading)) {
    out.kind = NoteLineKind::summary_heading;
    out.text = cleaned(first, last);
    out.label = heading;
    return out;
  }
  if (notes_rules::Marked h; whole(first, last, notes_rules::markdown_heading, h)) {
    out.kind = NoteLineKind::markdown_heading;
    out.mark = h.first;
    out.text = trim_end(std::move(h.second));
    return out;
  }
  std::string mark;
  if (Iter at = first; x3::parse(at, last, notes_rules::bullet_start, mark)) {
    out.kind = NoteLineKind::bullet;
    out.mark = std::move(mark);
    out.text = trim_end(text_of(at, last));
    return out;
  }
  std::string name;
  if (may_be_label(first, last) && (whole(first, last, notes_rules::whole_bold_label, name) ||
                                    (name.clear(), whole(first, last, notes_rules::label, name)))) {
    out.kind = NoteLineKind::label;
    out.text = cleaned(first, last);
    out.label = trim_end(std::move(name));
    if (!out.label.empty() && out.label.back() == ':') out.label = trim_end(out.label.substr(0, out.label.size() - 1));
    return out;
  }
  out.kind = NoteLineKind::plain;
  out.text = cleaned(first, last);
  return out;
}

}  // namespace canvass::grammar
