#include "sources/ooxml_scanner.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include "sources/xml_chars.hpp"
#include "sources/xml_visitor_access.hpp"

namespace canvass {
namespace {

// One name, text or tag longer than this is refused (a cell holds at most 32,767 characters).
constexpr std::size_t kLongestToken = std::size_t{64} << 20;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The bytes that end a name: white space and the markup characters around names.
struct NameEnds {
  bool table[256] = {};
  constexpr NameEnds() {
    for (unsigned char c : {' ', '\t', '\n', '\r', '/', '>', '=', '<', '"', '\''}) table[c] = true;
  }
};
constexpr NameEnds kNameEnds;
bool ends_name(char c) { return kNameEnds.table[static_cast<unsigned char>(c)]; }

class Scanner {
 public:
  Scanner(const XmlParser::ByteSource& source, const Location& where, XmlVisitor& visitor)
      : source_(source), where_(where), visitor_(visitor) {}

  Status run(XmlParser& fallback) {
    XmlVisitorAccess::stop(visitor_).reset();
    while (end_ < 256 && !eof_)
      if (!refill()) return *error_;
    if (hands_to_xerces()) return replay_through(fallback);
    if (end_ >= 3 && std::memcmp(buf_.data(), "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
    while (!error_) {
      if (pos_ == end_) {
        if (eof_) break;
        if (!refill()) break;
        continue;
      }
      const std::size_t start = pos_;
      const Step step = buf_[pos_] == '<' ? markup() : text();
      if (step == Step::more) {
        if (eof_) {
          fail_at(start, stack_.empty() ? "the document ends inside markup" : "the document ends inside <" + stack_.back() + ">");
          break;
        }
        if (end_ - pos_ >= kLongestToken) {
          fail_at(start, "an element or text longer than 64 MiB");
          break;
        }
        if (!refill()) break;
      }
    }
    if (error_) return *error_;
    if (!stack_.empty()) return fail_at(pos_, "the document ends inside <" + stack_.back() + ">"), *error_;
    if (!root_seen_) return fail_at(pos_, "no root element: the part is not an XML document"), *error_;
    return Ok{};
  }

 private:
  enum class Step { done, more };

  // A document in another encoding (UTF-16, or declared other than UTF-8) goes to Xerces.
  bool hands_to_xerces() const {
    const std::string_view head(buf_.data(), end_);
    if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF')))
      return true;
    if (head.size() >= 2 && (head[0] == '\0' || head[1] == '\0')) return true;
    std::string_view decl = head.substr(head.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0);
    if (decl.substr(0, 5) != "<?xml") return false;
    decl = decl.substr(0, decl.find("?>"));
    const auto at = decl.find("encoding");
    if (at == std::string_view::npos) return false;
    auto quote = decl.find_first_of("\"'", at);
    if (quote == std::string_view::npos) return true;
    const auto close = decl.find(decl[quote], quote + 1);
    if (close == std::string_view::npos) return true;
    std::string name(decl.substr(quote + 1, close - quote - 1));
    for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return name != "utf-8" && name != "utf8";
  }

  Status replay_through(XmlParser& fallback) {
    std::size_t given = 0;
    XmlParser::ByteSource replay = [&](char* into, std::size_t n) -> Result<std::size_t> {
      if (given < end_) {
        const std::size_t k = std::min(n, end_ - given);
        std::memcpy(into, buf_.data() + given, k);
        given += k;
        return k;
      }
      if (eof_) return std::size_t{0};
      return source_(into, n);
    };
    return fallback.parse(replay, where_, visitor_);
  }

  bool refill() {
    count_lines(pos_);
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    counted_ = 0;
    line_start_ -= static_cast<std::int64_t>(pos_);
    pos_ = 0;
    if (end_ == buf_.size()) buf_.resize(buf_.size() * 2);
    auto n = source_(buf_.data() + end_, buf_.size() - end_);
    if (!n) {
      error_ = n.error();
      return false;
    }
    if (*n == 0) eof_ = true;
    end_ += *n;
    return true;
  }

  void count_lines(std::size_t to) {
    for (const char* p = buf_.data() + counted_; (p = static_cast<const char*>(std::memchr(p, '\n', buf_.data() + to - p)));) {
      ++line_;
      ++p;
      line_start_ = p - buf_.data();
    }
    counted_ = to;
  }

  void fail_at(std::size_t at, std::string message) {
    if (error_) return;
    count_lines(std::max(at, counted_));
    const auto column = static_cast<std::size_t>(static_cast<std::int64_t>(at) - line_start_ + 1);
    error_ = Error{Location{where_.file, line_, column, where_.part}, std::move(message)};
  }

  bool check_stop(std::size_t at) {
    auto& stop = XmlVisitorAccess::stop(visitor_);
    if (stop) fail_at(at, *stop);
    return !stop;
  }

  // Is the token [from, to) made of XML characters? Reports the first that is not.
  bool valid(std::size_t from, std::size_t to) {
    const char* bad = first_invalid_xml_char(buf_.data() + from, buf_.data() + to);
    if (bad == buf_.data() + to) return true;
    fail_at(static_cast<std::size_t>(bad - buf_.data()), "a character that is not allowed in XML (invalid UTF-8 or a control character)");
    return false;
  }

  // `raw` with entity and character references replaced and line ends made LF; a view of
  // the buffer when there is nothing to replace.
  bool decode(std::size_t from, std::size_t to, std::string_view& out, std::string& scratch, bool attribute) {
    const std::string_view raw(buf_.data() + from, to - from);
    bool plain = true;
    for (char c : raw) plain = plain && c != '&' && c != '\r' && (!attribute || (c != '\t' && c != '\n'));
    if (plain) {
      out = raw;
      return true;
    }
    scratch.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
      const char c = raw[i];
      if (c == '\r') {
        scratch += attribute ? ' ' : '\n';
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      } else if (attribute && (c == '\n' || c == '\t')) {
        scratch += ' ';
      } else if (c != '&') {
        scratch += c;
      } else {
        const auto semi = raw.find(';', i);
        if (semi == std::string_view::npos) return fail_at(from + i, "an '&' that begins no reference (write &amp;)"), false;
        const std::string_view name = raw.substr(i + 1, semi - i - 1);
        if (name == "lt") scratch += '<';
        else if (name == "gt") scratch += '>';
        else if (name == "amp") scratch += '&';
        else if (name == "quot") scratch += '"';
        else if (name == "apos") scratch += '\'';
        else if (name.size() >= 2 && name[0] == '#') {
          const bool hex = name[1] == 'x';
          const std::string_view digits = name.substr(hex ? 2 : 1);
          std::uint32_t cp = 0;
          bool ok = !digits.empty() && digits.size() <= 8;
          for (char d : digits) {
            int v = d >= '0' && d <= '9' ? d - '0' : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10 : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
            if (v < 0) ok = false;
            cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(std::max(v, 0));
          }
          const bool is_char = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                               (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
          if (!ok || !is_char) return fail_at(from + i, "a character reference &" + std::string(name) + "; to no XML character"), false;
          append_utf8(cp, scratch);
        } else {
          return fail_at(from + i, "a reference to the entity &" + std::string(name.substr(0, 40)) +
                                       "; that is not declared (no DOCTYPE is allowed in this document)"),
                 false;
        }
        i = semi;
      }
    }
    out = scratch;
    return true;
  }

  // Text up to the next '<': whole, so references are never split.
  Step text() {
    const char* lt = static_cast<const char*>(std::memchr(buf_.data() + pos_, '<', end_ - pos_));
    if (!lt && !eof_) return Step::more;
    const std::size_t to = lt ? static_cast<std::size_t>(lt - buf_.data()) : end_;
    const std::size_t from = pos_;
    if (!valid(from, to)) return Step::done;
    if (stack_.empty()) {
      for (std::size_t i = from; i < to; ++i)
        if (!is_space(buf_[i])) return fail_at(i, "text outside the document's root element"), Step::done;
    } else {
      std::string_view content;
      if (!decode(from, to, content, text_, false)) return Step::done;
      visitor_.characters(content);
      if (!check_stop(from)) return Step::done;
    }
    pos_ = to;
    return Step::done;
  }

  // The position of `pattern` at or after `from`, or npos when not yet in the buffer.
  std::size_t find(std::size_t from, std::string_view pattern) const {
    const std::string_view in(buf_.data(), end_);
    return in.find(pattern, from);
  }

  Step skip_to(std::string_view close) {
    const auto at = find(pos_, close);
    if (at == std::string_view::npos) return Step::more;
    if (!valid(pos_, at)) return Step::done;
    pos_ = at + close.size();
    return Step::done;
  }

  Step markup() {
    const std::size_t start = pos_;
    if (end_ - pos_ < 2) return Step::more;
    if (buf_[pos_ + 1] == '/') return end_tag();
    if (buf_[pos_ + 1] != '!' && buf_[pos_ + 1] != '?') return start_tag();
    if (end_ - pos_ < 9 && !eof_) return Step::more;
    const std::string_view head(buf_.data() + pos_, std::min<std::size_t>(end_ - pos_, 9));
    if (head.substr(0, 4) == "<!--") return skip_to("-->");
    if (head.substr(0, 2) == "<?") return skip_to("?>");
    if (head == "<![CDATA[") {
      const auto at = find(pos_ + 9, "]]>");
      if (at == std::string_view::npos) return Step::more;
      if (stack_.empty()) return fail_at(start, "a CDATA section outside the document's root element"), Step::done;
      if (!valid(pos_ + 9, at)) return Step::done;
      visitor_.characters(std::string_view(buf_.data() + pos_ + 9, at - pos_ - 9));
      pos_ = at + 3;
      check_stop(start);
      return Step::done;
    }
    if (head.substr(0, 9) == "<!DOCTYPE") return fail_at(start, "a DOCTYPE declaration is not allowed in this document"), Step::done;
    return fail_at(start, "a declaration that is not allowed in this document"), Step::done;
  }

  // A name starting at `p`: its end, or npos when the buffer ends first.
  std::size_t name_end(std::size_t p) const {
    while (p < end_ && !ends_name(buf_[p])) ++p;
    return p < end_ ? p : std::string_view::npos;
  }
  static std::string_view local(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
  }
  std::size_t skip_spaces(std::size_t p) const {
    while (p < end_ && is_space(buf_[p])) ++p;
    return p;
  }

  Step end_tag() {
    const std::size_t start = pos_;
    const std::size_t n = name_end(pos_ + 2);
    if (n == std::string_view::npos) return Step::more;
    const std::size_t close = skip_spaces(n);
    if (close >= end_) return Step::more;
    if (buf_[close] != '>') return fail_at(close, "a malformed end tag"), Step::done;
    const std::string_view name(buf_.data() + pos_ + 2, n - pos_ - 2);
    if (!valid(pos_, close)) return Step::done;
    if (stack_.empty() || stack_.back() != name)
      return fail_at(start, stack_.empty() ? "an end tag </" + std::string(name) + "> with no element open"
                                           : "the end tag </" + std::string(name) + "> does not match <" + stack_.back() + ">"),
             Step::done;
    stack_.pop_back();
    pos_ = close + 1;
    visitor_.end_element(local(name), {});
    check_stop(start);
    return Step::done;
  }

  Step start_tag() {
    const std::size_t start = pos_;
    const std::size_t n = name_end(pos_ + 1);
    if (n == std::string_view::npos) return Step::more;
    if (n == pos_ + 1) return fail_at(start, "a '<' that begins no element (write &lt;)"), Step::done;
    raw_.clear();
    std::size_t p = n;
    bool empty_element = false;
    for (;;) {
      const std::size_t q = skip_spaces(p);
      if (q >= end_) return Step::more;
      if (buf_[q] == '>') {
        p = q + 1;
        break;
      }
      if (buf_[q] == '/') {
        if (q + 1 >= end_) return Step::more;
        if (buf_[q + 1] != '>') return fail_at(q, "a malformed start tag"), Step::done;
        empty_element = true;
        p = q + 2;
        break;
      }
      if (q == p) return fail_at(q, "attributes must be separated by white space"), Step::done;
      const std::size_t an = name_end(q);
      if (an == std::string_view::npos) return Step::more;
      if (an == q) return fail_at(q, "a malformed start tag"), Step::done;
      std::size_t e = skip_spaces(an);
      if (e >= end_) return Step::more;
      if (buf_[e] != '=') return fail_at(e, "an attribute without a value"), Step::done;
      e = skip_spaces(e + 1);
      if (e >= end_) return Step::more;
      const char quote = buf_[e];
      if (quote != '"' && quote != '\'') return fail_at(e, "an attribute value without quotes"), Step::done;
      std::size_t c = e + 1;
      while (c < end_ && buf_[c] != quote && buf_[c] != '<') ++c;
      if (c == end_) return Step::more;
      if (buf_[c] == '<') return fail_at(c, "a '<' inside an attribute value"), Step::done;
      raw_.push_back({q, an, e + 1, c});
      p = c + 1;
    }
    if (!valid(start, p)) return Step::done;
    if (stack_.empty() && root_seen_) return fail_at(start, "a second root element"), Step::done;
    const std::string_view name(buf_.data() + start + 1, n - start - 1);
    attributes_.clear();
    values_.resize(std::max(values_.size(), raw_.size()));
    for (std::size_t i = 0; i < raw_.size(); ++i) {
      const std::string_view attr(buf_.data() + raw_[i].name_from, raw_[i].name_to - raw_[i].name_from);
      if (attr[0] == 'x' && (attr == "xmlns" || attr.substr(0, 6) == "xmlns:")) continue;
      std::string_view value;
      if (!decode(raw_[i].value_from, raw_[i].value_to, value, values_[i], true)) return Step::done;
      attributes_.push_back({local(attr), {}, value});
    }
    pos_ = p;
    root_seen_ = true;
    visitor_.start_element(XmlElement{local(name), {}, attributes_});
    if (!check_stop(start)) return Step::done;
    if (empty_element) {
      visitor_.end_element(local(name), {});
      check_stop(start);
    } else {
      stack_.emplace_back(name);
    }
    return Step::done;
  }

  const XmlParser::ByteSource& source_;
  const Location& where_;
  XmlVisitor& visitor_;
  std::vector<char> buf_ = std::vector<char>(std::size_t{1} << 20);
  std::size_t pos_ = 0, end_ = 0, counted_ = 0;
  std::int64_t line_start_ = 0;
  std::size_t line_ = 1;
  bool eof_ = false, root_seen_ = false;
  std::optional<Error> error_;
  std::vector<std::string> stack_;
  struct RawAttribute {
    std::size_t name_from, name_to, value_from, value_to;
  };
  std::vector<RawAttribute> raw_;
  std::vector<XmlAttribute> attributes_;
  std::vector<std::string> values_;
  std::string text_;
};

}  // namespace

Status scan_ooxml_part(const XmlParser::ByteSource& source, const Location& where, XmlVisitor& visitor,
                       XmlParser& fallback) {
  Scanner scanner(source, where, visitor);
  return scanner.run(fallback);
}

}  // namespace canvass
