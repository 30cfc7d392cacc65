#include "study/study_schema_words.hpp"

#include <map>
#include <optional>
#include <regex>
#include <set>
#include <vector>

#include "sources/file_bytes.hpp"
#include "sources/xml_reader.hpp"

namespace canvass {

namespace {

// What the schema allows: per element (or named type), its child elements and attributes;
// per element or attribute name, its enumerated values.
struct SchemaWords {
  std::map<std::string, std::string> type_of;                  // element/attribute -> its named type
  std::map<std::string, std::vector<std::string>> children;    // element or complexType -> child elements
  std::map<std::string, std::vector<std::string>> attributes;  // element or complexType -> attributes
  std::map<std::string, std::vector<std::string>> values;      // element, attribute or simpleType -> enumeration
  std::set<std::string> elements;

  std::vector<std::string> of(const std::map<std::string, std::vector<std::string>>& m, const std::string& name) const {
    std::vector<std::string> out;
    if (auto it = m.find(name); it != m.end()) out = it->second;
    if (auto t = type_of.find(name); t != type_of.end())
      if (auto it = m.find(t->second); it != m.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
  }
};

class SchemaReader : public XmlVisitor {
 public:
  explicit SchemaReader(SchemaWords& w) : w_(w) {}
  void start_element(const XmlElement& e) override {
    const std::string name(e.attribute("name").value_or(""));
    const std::string type(e.attribute("type").value_or(""));
    std::string owner;  // the nearest enclosing named element or type
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
      if (!it->second.empty() && (it->first == "element" || it->first == "complexType" || it->first == "attribute" ||
                                  it->first == "simpleType")) {
        owner = it->second;
        break;
      }
    if (e.name == "element" && !name.empty()) {
      w_.elements.insert(name);
      if (!owner.empty()) w_.children[owner].push_back(name);
      if (!type.empty()) w_.type_of[name] = type;
    } else if (e.name == "attribute" && !name.empty()) {
      if (!owner.empty()) w_.attributes[owner].push_back(name);
      if (!type.empty()) w_.type_of[name] = type;
    } else if (e.name == "enumeration" && !owner.empty()) {
      w_.values[owner].push_back(std::string(e.attribute("value").value_or("")));
    }
    stack_.emplace_back(std::string(e.name), name);
  }
  void end_element(std::string_view, std::string_view) override { stack_.pop_back(); }

 private:
  SchemaWords& w_;
  std::vector<std::pair<std::string, std::string>> stack_;  // local name, its name="" (or empty)
};

std::optional<SchemaWords> read_schema(const std::string& path) {
  auto bytes = read_file_bytes(path, std::size_t{1} << 20);
  if (!bytes) return std::nullopt;
  SchemaWords w;
  SchemaReader reader(w);
  if (!parse_xml(*bytes, Location{path}, reader)) return std::nullopt;
  return w;
}

// The byte offset of 1-based line:column in `bytes` (columns counted in bytes).
std::size_t offset_of(std::string_view bytes, std::size_t line, std::size_t column) {
  std::size_t at = 0;
  for (std::size_t l = 1; l < line && at < bytes.size(); ++l) {
    const auto nl = bytes.find('\n', at);
    if (nl == std::string_view::npos) return bytes.size();
    at = nl + 1;
  }
  return std::min(bytes.size(), at + (column ? column - 1 : 0));
}

// The elements open at `offset`, outermost first (the one whose start tag holds it last).
std::vector<std::string> open_elements(std::string_view bytes, std::size_t offset) {
  std::vector<std::string> open;
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    if (bytes[i] != '<') continue;
    if (bytes.substr(i, 4) == "<!--") {
      i = bytes.find("-->", i);
      if (i == std::string_view::npos) break;
      continue;
    }
    if (i + 1 < bytes.size() && (bytes[i + 1] == '?' || bytes[i + 1] == '!')) continue;
    const bool closing = i + 1 < bytes.size() && bytes[i + 1] == '/';
    std::size_t j = i + (closing ? 2 : 1);
    std::size_t k = j;
    while (k < bytes.size() && (std::isalnum(static_cast<unsigned char>(bytes[k])) || bytes[k] == '-' || bytes[k] == '_' ||
                                bytes[k] == ':' || bytes[k] == '.'))
      ++k;
    const std::string name(bytes.substr(j, k - j));
    if (closing) {
      if (!open.empty()) open.pop_back();
      continue;
    }
    const auto end = bytes.find('>', k);
    open.push_back(name);
    if (end != std::string_view::npos && end < offset && end > 0 && bytes[end - 1] == '/') open.pop_back();
  }
  return open;
}

// The element of the last tag starting before `offset` (start or end tag), and the tag's text.
std::pair<std::string, std::string> last_tag(std::string_view bytes, std::size_t offset) {
  std::size_t at = offset;
  while (at > 0) {
    const auto lt = bytes.rfind('<', at - 1);
    if (lt == std::string_view::npos) break;
    at = lt;
    if (lt + 1 < bytes.size() && (bytes[lt + 1] == '!' || bytes[lt + 1] == '?')) continue;
    const std::size_t start = lt + (bytes[lt + 1] == '/' ? 2 : 1);
    std::size_t k = start;
    while (k < bytes.size() && !std::isspace(static_cast<unsigned char>(bytes[k])) && bytes[k] != '>' && bytes[k] != '/') ++k;
    const auto gt = bytes.find('>', k);
    return {std::string(bytes.substr(start, k - start)),
            std::string(bytes.substr(lt, (gt == std::string_view::npos ? bytes.size() : gt + 1) - lt))};
  }
  return {};
}

std::string listed(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

std::size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// " — did you mean X?" for the nearest of `names` within two edits (or a plural/singular).
std::string nearest(const std::string& typed, const std::vector<std::string>& names, const std::string& open,
                    const std::string& close) {
  std::string best;
  std::size_t best_d = 3;
  for (const auto& n : names) {
    const std::size_t d = distance(typed, n);
    if (d < best_d && d < typed.size()) best = n, best_d = d;
  }
  return best.empty() ? "" : " \u2014 did you mean " + open + best + close + "?";
}

}  // namespace

Error explain_study_error(const Error& error, std::string_view bytes, const std::string& schema_path) {
  static const std::regex unknown_element("no declaration found for element '([^']+)'");
  static const std::regex not_in_enum("value '([^']*)' not in enumeration");
  static const std::regex unknown_attribute("attribute '([^']+)' is not declared for element '([^']+)'");
  static const std::regex missing_attribute("missing required attribute '([^']+)'");
  static const std::regex misplaced("element '([^']+)' is not allowed for content model");
  std::smatch m;
  const std::string& message = error.message;
  const bool known = std::regex_search(message, m, unknown_element) || std::regex_search(message, m, not_in_enum) ||
                     std::regex_search(message, m, unknown_attribute) || std::regex_search(message, m, missing_attribute) ||
                     std::regex_search(message, m, misplaced);
  if (!known) return error;
  const auto schema = read_schema(schema_path);
  if (!schema) return error;
  const std::size_t at = offset_of(bytes, error.where.line, error.where.column);
  auto open = open_elements(bytes, at);
  Error out = error;
  if (std::regex_search(message, m, unknown_element) || std::regex_search(message, m, misplaced)) {
    const std::string name = m[1];
    if (!open.empty() && open.back() == name) open.pop_back();  // the error points past its start tag
    const std::string parent = open.empty() ? "" : open.back();
    const auto allowed = parent.empty() ? std::vector<std::string>{"study"} : schema->of(schema->children, parent);
    const bool unknown = !schema->elements.count(name);
    out.message = (unknown ? "unknown element <" + name + ">" : "<" + name + "> does not belong here") +
                  nearest(name, allowed, "<", ">") +
                  (parent.empty() ? "" : " (allowed in <" + parent + ">: " + listed(allowed) + ")");
  } else if (std::regex_search(message, m, not_in_enum)) {
    const std::string value = m[1];
    // The attribute holding the value in the tag just before the error, else that element's text.
    const auto [element, tag] = last_tag(bytes, at);
    std::string owner = element;
    bool attribute = false;
    std::smatch a;
    const std::string quoted = std::regex_replace(value, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)");
    if (std::regex_search(tag, a, std::regex("([A-Za-z_][-A-Za-z0-9_.]*)\\s*=\\s*[\"']" + quoted + "[\"']"))) {
      owner = a[1];
      attribute = true;
    }
    auto values = schema->of(schema->values, owner);
    if (values.empty()) return error;
    out.message = "'" + value + "' is not allowed for " + (attribute ? owner + " on <" + element + ">" : "<" + owner + ">") +
                  nearest(value, values, "'", "'") + " (allowed: " + listed(values) + ")";
  } else if (std::regex_search(message, m, unknown_attribute)) {
    const std::string name = m[1], element = m[2];
    const auto allowed = schema->of(schema->attributes, element);
    out.message = "<" + element + "> has no attribute " + name + nearest(name, allowed, "", "") +
                  (allowed.empty() ? " (it takes none)" : " (its attributes: " + listed(allowed) + ")");
  } else if (std::regex_search(message, m, missing_attribute)) {
    const std::string element = last_tag(bytes, at).first;
    out.message = "<" + element + "> needs the attribute " + std::string(m[1]);
  }
  return out;
}

}  // namespace canvass
