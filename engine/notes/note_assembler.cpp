#include "notes/note_assembler.hpp"

#include <cctype>
#include <utility>

#include "notes/notes.hpp"

namespace canvass {

namespace {

using grammar::NoteLine;
using grammar::NoteLineKind;
using Style = NoteSourceLine::Style;

struct Classified {
  NoteSourceLine source;
  NoteLine line;
};

// A Word list paragraph is a bullet whatever its text looks like (its mark is not text);
// an empty one holds only its mark, so it is a separator like a lone "-".
NoteLine classify(const NoteSourceLine& source) {
  NoteLine line = grammar::classify_note_line(source.text);
  if (!source.list_level) {
    line.indent += source.indent;  // a typed bullet in an indented Word paragraph
    return line;
  }
  line.indent = *source.list_level;
  if (line.kind == NoteLineKind::blank) {
    line.kind = NoteLineKind::separator;
    line.text = source.text;
  } else if (line.kind != NoteLineKind::bullet && line.kind != NoteLineKind::question) {
    line.kind = NoteLineKind::bullet;
    line.text = grammar::clean_note_text(source.text);
    line.text.erase(0, line.text.find_first_not_of(" \t"));
  }
  return line;
}

bool is_heading_style(const Classified& c) {
  return c.source.style == Style::heading || c.line.kind == NoteLineKind::markdown_heading;
}

// "1. North Locality" in a Heading style is a numbered heading, not a bullet; a typed
// symbol ("• …") is a bullet whatever the style.
bool is_bullet(const Classified& c) {
  if (c.line.kind != NoteLineKind::bullet) return false;
  if (c.source.style != Style::heading && c.source.style != Style::title) return true;
  const unsigned char first = c.line.mark.empty() ? 0 : static_cast<unsigned char>(c.line.mark[0]);
  return !(std::isalnum(first) || first == '(');
}

}  // namespace

// The walk's state: what is in force at the current line. Lines arrive one at a time; a
// line is handled once the next non-blank line is known (a line before a question is a
// section heading), and a record is handed on once no continuation line can join it.
class NoteAssembler::Walk {
 public:
  explicit Walk(NoteRecordSink sink) : sink_(std::move(sink)) {}

  void push(NoteSourceLine source) {
    Classified c{std::move(source), {}};
    c.line = classify(c.source);
    if (c.line.kind == NoteLineKind::blank) {
      if (waiting_) ++blanks_after_;
      else blank();
      return;
    }
    if (waiting_) handle_waiting(&c);
    waiting_ = std::move(c);
  }

  void finish() {
    if (waiting_) handle_waiting(nullptr);
    waiting_.reset();
    if (pending_) emit();
  }

 private:
  void handle_waiting(const Classified* next) {
    next_ = next;
    step(*waiting_);
    previous_blank_ = false;
    if (blanks_after_ > 0) blank();
    blanks_after_ = 0;
  }

  void blank() {
    last_bullet_.reset();
    previous_blank_ = true;
  }

  const Classified* next_non_blank() const { return next_; }

  void emit() {
    sink_(std::move(*pending_));
    pending_.reset();
  }

  void step(const Classified& c) {
    const NoteLine& line = c.line;
    // By its text first, the same for every reader: a question, summary heading, separator,
    // bullet or label is one whatever its Word style (bold, Heading N, a table cell).
    if (line.kind == NoteLineKind::question) return add_question(c);
    if (line.kind == NoteLineKind::summary_heading) return start_summary(c, line.label);
    if (c.source.style == Style::table_header) return add_table_header(c);
    if (c.source.style == Style::table_cell) return add_table_cell(c);
    if (line.kind == NoteLineKind::separator) return add_separator(c);
    if (is_bullet(c)) return add_bullet(c, label_);
    const Classified* next = next_non_blank();
    const bool before_question = next && next->line.kind == NoteLineKind::question;
    if (line.kind == NoteLineKind::label) return before_question ? start_section(c) : add_label(c);
    // By its style second.
    if (c.source.style == Style::title && !before_question) return void(add(NoteKind::title, c, line.text));
    if (is_heading_style(c)) {
      if (grammar::is_summary_heading(line.text)) return start_summary(c, line.text);
      if (!section_ && next && !before_question && is_heading_style(*next)) return void(add(NoteKind::title, c, line.text));
      return start_section(c);
    }
    if (before_question) return start_section(c);
    if (last_bullet_ && !previous_blank_) {  // a line without a mark right under a bullet
      pending_->text += "\n" + line.text;
      return;
    }
    if (!section_ && !summary_) return void(add(NoteKind::title, c, line.text));
    add(summary_ ? NoteKind::summary : NoteKind::text, c, line.text, label_);
  }

  NoteRecord& add(NoteKind kind, const Classified& c, const std::string& text,
                  std::optional<std::string> heading = std::nullopt, std::optional<std::size_t> group = std::nullopt) {
    if (pending_) emit();
    NoteRecord& r = pending_.emplace();
    r.id = ++count_;
    r.kind = kind;
    r.section = section_;
    r.question = question_;
    r.heading = std::move(heading);
    r.group = group;
    r.text = text;
    r.line = c.source.number;
    last_bullet_.reset();
    return r;
  }

  std::optional<std::size_t> round() const { return summary_ ? std::nullopt : std::optional<std::size_t>{group_}; }

  void close_round() {
    if (!summary_) ++group_;
    label_.reset();
    bullets_.clear();
  }

  void start_section(const Classified& c) {
    std::string name = c.line.text;
    if (c.line.kind == NoteLineKind::bullet) {  // a numbered heading keeps its number
      name = grammar::clean_note_text(c.source.text);
      name.erase(0, name.find_first_not_of(" \t"));
    }
    section_ = name;
    question_.reset();
    summary_ = false;
    group_ = 1;
    label_.reset();
    bullets_.clear();
    add(NoteKind::heading, c, name);
  }

  void add_question(const Classified& c) {
    question_ = c.line.text;
    summary_ = false;
    group_ = 1;
    label_.reset();
    bullets_.clear();
    add(NoteKind::question, c, c.line.text);
  }

  void start_summary(const Classified& c, const std::string& heading) {
    summary_ = true;
    label_ = heading;
    bullets_.clear();
    add(NoteKind::heading, c, c.line.text, label_);
  }

  void add_separator(const Classified& c) {
    add(NoteKind::text, c, c.line.text, label_, round());
    close_round();
  }

  void add_label(const Classified& c) {
    label_ = c.line.label;
    bullets_.clear();
    add(NoteKind::heading, c, c.line.text, label_, round());
  }

  // Depth comes from a stack of the indents (or Word list levels) of the open bullets.
  void add_bullet(const Classified& c, const std::optional<std::string>& heading) {
    const std::size_t indent = c.line.indent;
    while (!bullets_.empty() && bullets_.back().first >= indent) bullets_.pop_back();
    std::optional<std::size_t> parent;
    if (!bullets_.empty()) parent = bullets_.back().second;
    const std::size_t depth = bullets_.size();
    NoteRecord& r = add(summary_ ? NoteKind::summary : NoteKind::note, c, c.line.text, heading, round());
    r.depth = depth;
    r.parent = parent;
    bullets_.emplace_back(indent, r.id);
    last_bullet_ = r.id;
  }

  // A column header names the notes under it as a label does ("What gets in the way:").
  static std::string column_heading(const std::string& header) {
    const NoteLine h = grammar::classify_note_line(header);
    return h.kind == NoteLineKind::label ? h.label : h.text;
  }

  void add_table_header(const Classified& c) {
    const std::string heading = column_heading(c.source.text);
    if (!c.source.rows_are_rounds) label_ = heading;
    add(NoteKind::heading, c, c.line.text, heading, round());
  }

  // Each row of a table with several columns is a round; a one-column table is a list of
  // points, a row each. A cell's lines are notes under their column's header.
  void add_table_cell(const Classified& c) {
    if (c.source.row_start && table_row_seen_ && c.source.rows_are_rounds) close_round();
    if (c.source.cell_start) {
      bullets_.clear();
      last_bullet_.reset();
    }
    table_row_seen_ = true;
    if (c.line.kind == NoteLineKind::blank) return;
    const std::optional<std::string> heading =
        c.source.column.empty() ? label_ : std::optional<std::string>{column_heading(c.source.column)};
    if (last_bullet_ && !previous_blank_ && c.line.kind == NoteLineKind::plain) {
      pending_->text += "\n" + c.line.text;
      return;
    }
    if (c.line.kind == NoteLineKind::bullet || c.line.kind == NoteLineKind::plain) return add_bullet(c, heading);
    add(summary_ ? NoteKind::summary : NoteKind::note, c, c.line.text, heading, round());
  }

  NoteRecordSink sink_;
  std::optional<Classified> waiting_;  // the line that waits for the next non-blank one
  std::size_t blanks_after_ = 0;       // blank lines after it
  const Classified* next_ = nullptr;   // while handling the waiting line: the one after it
  std::optional<NoteRecord> pending_;  // the last record, still open to continuation lines
  std::size_t count_ = 0;
  std::optional<std::string> section_, question_, label_;
  std::size_t group_ = 1;
  bool summary_ = false;
  bool previous_blank_ = true;
  bool table_row_seen_ = false;
  std::optional<std::size_t> last_bullet_;
  std::vector<std::pair<std::size_t, std::size_t>> bullets_;  // (indent, record id)
};

NoteAssembler::NoteAssembler(NoteRecordSink sink) : walk_(std::make_unique<Walk>(std::move(sink))) {}
NoteAssembler::~NoteAssembler() = default;
void NoteAssembler::push(NoteSourceLine line) { walk_->push(std::move(line)); }
void NoteAssembler::finish() { walk_->finish(); }

std::vector<NoteRecord> assemble_notes(const std::vector<NoteSourceLine>& lines) {
  std::vector<NoteRecord> records;
  NoteAssembler assembler([&](NoteRecord&& r) { records.push_back(std::move(r)); });
  for (const auto& l : lines) assembler.push(l);
  assembler.finish();
  return records;
}

}  // namespace canvass
