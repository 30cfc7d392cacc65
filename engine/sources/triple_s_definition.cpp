#include "sources/triple_s_definition.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "sources/xml_reader.hpp"
#include "text/fold.hpp"

namespace canvass {
namespace {

std::size_t to_size(std::string_view s) {
  std::size_t n = 0;
  std::from_chars(s.data(), s.data() + s.size(), n);
  return n;
}

// Collects the definition. Texts may hold markup: <br/> becomes a space, and of several
// language <text> children only the first is kept.
struct Definition : XmlVisitor {
  std::string version;
  std::vector<SssRecord> records;
  std::vector<std::string> stack;
  std::string* sink = nullptr;
  std::size_t sink_depth = 0;
  bool had_text_child = false, skipping_text = false;

  void start_element(const XmlElement& e) override {
    const std::string parent = stack.empty() ? std::string{} : stack.back();  // a copy: emplace_back may move it
    stack.emplace_back(e.name);
    if (sink) {
      if (e.name == "br" && !skipping_text) sink->append(" ");
      if (e.name == "text") {
        if (!had_text_child) sink->clear();  // "Monday<text>Monday</text>": the <text> is the label
        skipping_text = had_text_child;
        had_text_child = true;
      }
      return;
    }
    if (e.name == "sss") {
      version = std::string(e.attribute("version").value_or(""));
    } else if (e.name == "record" && parent == "survey") {
      SssRecord r;
      r.ident = std::string(e.attribute("ident").value_or(""));
      r.format = std::string(e.attribute("format").value_or("fixed"));
      r.href = std::string(e.attribute("href").value_or(""));
      r.skip = to_size(e.attribute("skip").value_or("0"));
      records.push_back(std::move(r));
    } else if (e.name == "variable" && parent == "record" && !records.empty()) {
      SssVariable v;
      v.ident = std::string(e.attribute("ident").value_or(""));
      v.type = std::string(e.attribute("type").value_or(""));
      v.use = std::string(e.attribute("use").value_or(""));
      v.line = line();
      records.back().variables.push_back(std::move(v));
    } else if (parent == "variable" && in_variable()) {
      SssVariable& v = records.back().variables.back();
      if (e.name == "name") open(v.name);
      else if (e.name == "label") open(v.label);
      else if (e.name == "position") {
        v.start = to_size(e.attribute("start").value_or("0"));
        v.finish = e.attribute("finish") ? to_size(*e.attribute("finish")) : v.start;
      } else if (e.name == "spread") {
        v.subfields = to_size(e.attribute("subfields").value_or("0"));
        v.width = to_size(e.attribute("width").value_or("0"));
      }
    } else if (e.name == "value" && parent == "values" && in_variable()) {
      auto& values = records.back().variables.back().values;
      values.push_back(SssValue{normal_code(e.attribute("code").value_or("")), {}});
      open(values.back().label);
    }
  }
  void characters(std::string_view text) override {
    if (sink && !skipping_text) sink->append(text);
  }
  void end_element(std::string_view name, std::string_view) override {
    if (sink && stack.size() == sink_depth) {
      *sink = collapse(*sink);
      sink = nullptr;
    }
    if (name == "text") skipping_text = false;
    stack.pop_back();
  }

 private:
  // Misplaced elements (a <record> or <values> outside where the standard puts them) are
  // the schema's to report; here they must only never be read as belonging to nothing.
  bool in_variable() const { return !records.empty() && !records.back().variables.empty(); }

  void open(std::string& target) {
    sink = &target;
    sink_depth = stack.size();
    had_text_child = skipping_text = false;
  }
  static std::string collapse(const std::string& s) {
    std::string out;
    for (char c : s) {
      const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out += space ? ' ' : c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }
};

// The data file: the record's href, else the .sss stem with a data extension. It must be
// a regular file inside the .sss's own folder (or a folder below it): an absolute href,
// one that climbs out ("../x") or a link that leads out of the folder is refused, never read.
Result<std::string> find_data_file(const std::string& sss_path, const SssRecord& record) {
  namespace fs = std::filesystem;
  const fs::path sss(sss_path);
  std::vector<fs::path> candidates;
  // The href as written, then its file name beside the definition (an href is often a
  // path on the exporting PC, "C:\\Users\\...\\test.asc"), then the definition's own stem.
  // An href that is absolute or climbs out ("/etc/passwd", "../x") is never followed: only its
  // file name beside the definition is looked for, and without one the href is refused.
  bool href_escapes = false;
  if (!record.href.empty()) {
    const fs::path href = fs::path(record.href).lexically_normal();
    href_escapes = href.is_absolute() || href.empty() || *href.begin() == "..";
    if (!href_escapes) candidates.push_back(sss.parent_path() / href);
    const auto cut = record.href.find_last_of("/\\");
    if (cut != std::string::npos && cut + 1 < record.href.size())
      candidates.push_back(sss.parent_path() / record.href.substr(cut + 1));
  }
  std::error_code ec;
  if (href_escapes && std::none_of(candidates.begin(), candidates.end(),
                                   [&](const fs::path& c) { return fs::exists(fs::symlink_status(c, ec)); }))
    return Error{{sss_path}, "refused the data file href=\"" + record.href +
                                 "\": Triple-S data must be a file in the definition's own folder"};
  std::vector<std::string> extensions = {".asc", ".dat", ".csv", ".ASC", ".DAT", ".CSV"};
  if (record.format == "csv") std::rotate(extensions.begin(), extensions.begin() + 2, extensions.begin() + 3);
  for (const auto& ext : extensions) candidates.push_back(fs::path(sss).replace_extension(ext));
  const fs::path folder = fs::canonical(sss.parent_path().empty() ? fs::path(".") : sss.parent_path(), ec);
  for (const auto& c : candidates) {
    if (!fs::exists(fs::symlink_status(c, ec))) continue;
    const fs::path real = fs::canonical(c, ec);
    const fs::path inside = real.lexically_relative(folder);
    if (ec || inside.empty() || *inside.begin() == "..")
      return Error{{sss_path}, "refused the data file " + c.filename().string() +
                                   ": it links outside the definition's folder"};
    if (!fs::is_regular_file(real, ec))
      return Error{{sss_path}, "refused the data file " + c.filename().string() + ": not a regular file"};
    return c.string();
  }
  std::string looked;
  for (std::size_t i = 0; i < candidates.size() && i < 3; ++i)
    looked.append(i ? ", " : "").append(candidates[i].filename().string());
  return Error{{sss_path}, "the data file is missing: looked for " + looked + " beside the definition"};
}

CodedVariable::Role role_of(const SssVariable& v) {
  using Role = CodedVariable::Role;
  if (v.use == "serial") return Role::id;
  if (v.use == "weight") return Role::ignored;
  if (v.type == "single" || v.type == "logical") return Role::coded;
  if (v.type == "multiple") return Role::multi;
  if (v.type == "character") return Role::text;
  if (v.type == "quantity") return Role::numeric;
  return Role::ignored;  // date and time: metadata unless they name the submission
}

}  // namespace

std::string normal_code(std::string_view raw) {
  std::string code = trim_spaces(raw);
  if (!code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const auto nz = code.find_first_not_of('0');
    code = nz == std::string::npos ? "0" : code.substr(nz);
  }
  return code;
}

Result<TripleSDefinition> read_triple_s_definition(const std::string& path, std::string_view bytes,
                                                   const std::string& schema_path) {
  Definition def;
  CANVASS_TRY(parse_xml(bytes, Location{path}, def, XmlOptions::validated_by(schema_path)));
  if (def.records.empty() || def.records.front().variables.empty())
    return Error{{path}, "the Triple-S definition has no record with variables"};
  TripleSDefinition out;
  out.record = std::move(def.records.front());
  const SssRecord& record = out.record;
  for (const auto& v : record.variables) {
    if (v.start == 0 || v.finish < v.start)
      return Error{{path, v.line}, "variable " + (v.name.empty() ? v.ident : v.name) + " has no usable <position>"};
    if (v.subfields > 0 && !out.csv() && (v.finish - v.start + 1) < v.subfields)
      return Error{{path, v.line}, "variable " + v.name + " spreads " + std::to_string(v.subfields) +
                                       " codes over fewer columns"};
  }
  auto data_path = find_data_file(path, record);
  if (!data_path) return data_path.error();
  out.data_path = std::move(data_path).value();

  // Variables in canvass terms; the serial is the respondent id.
  bool have_when = false;
  for (std::size_t i = 0; i < record.variables.size(); ++i) {
    const SssVariable& s = record.variables[i];
    CodedVariable v;
    v.name = s.name.empty() ? s.ident : s.name;
    v.label = s.label;
    v.role = role_of(s);
    v.column = i + 1;
    if ((s.type == "date" || s.type == "time") && !have_when && looks_like_submission_time(v.name)) {
      v.role = CodedVariable::Role::when;
      have_when = true;
    }
    for (const auto& value : s.values) v.value_labels.emplace_back(value.code, value.label);
    if (s.type == "logical" && v.value_labels.empty()) v.value_labels = {{"1", "Yes"}, {"0", "No"}};
    out.variables.push_back(std::move(v));
  }
  return out;
}

}  // namespace canvass
