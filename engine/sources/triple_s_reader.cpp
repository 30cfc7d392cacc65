#include "sources/triple_s_reader.hpp"
#include "model/install_paths.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>

#include "sources/csv_reader.hpp"
#include "sources/file_bytes.hpp"
#include "sources/xml_reader.hpp"
#include "text/decode.hpp"

namespace canvass {
namespace {

struct SssValue {
  std::string code;
  std::string label;
};

struct SssVariable {
  std::string ident, type, use, name, label;
  std::size_t start = 0, finish = 0;
  std::size_t subfields = 0, width = 0;  // spread
  std::vector<SssValue> values;
  std::size_t line = 0;  // where it is defined, for errors
};

struct SssRecord {
  std::string ident, format = "fixed", href;
  std::size_t skip = 0;
  std::vector<SssVariable> variables;
};

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// Codes compare as numbers when they are numbers: "01" in the data is code "1".
std::string normal_code(std::string_view raw) {
  std::string code = trim(raw);
  if (!code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const auto nz = code.find_first_not_of('0');
    code = nz == std::string::npos ? "0" : code.substr(nz);
  }
  return code;
}

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

// A decoded data line split into characters, so positions count characters, not bytes.
struct DataLine {
  std::size_t number = 0;
  std::string text;
  std::vector<std::size_t> offsets;  // byte offset of each character, plus the end
  std::size_t length() const { return offsets.size() - 1; }
  // Characters [start, finish], 1-based inclusive.
  std::string columns(std::size_t start, std::size_t finish) const {
    return text.substr(offsets[start - 1], offsets[finish] - offsets[start - 1]);
  }
};

DataLine make_line(std::size_t number, std::string_view text) {
  DataLine l{number, std::string(text), {}};
  for (std::size_t i = 0; i < l.text.size(); ++i)
    if ((static_cast<unsigned char>(l.text[i]) & 0xC0) != 0x80) l.offsets.push_back(i);
  l.offsets.push_back(l.text.size());
  return l;
}

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

// "20250506" -> "2025-05-06", "093000" -> "09:30:00"; other text unchanged.
std::string iso_date_or_time(const std::string& type, const std::string& raw) {
  const bool digits = std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (type == "date" && raw.size() == 8 && digits) return raw.substr(0, 4) + "-" + raw.substr(4, 2) + "-" + raw.substr(6, 2);
  if (type == "time" && raw.size() == 6 && digits) return raw.substr(0, 2) + ":" + raw.substr(2, 2) + ":" + raw.substr(4, 2);
  return raw;
}

// The codes a multiple variable holds, from its columns: a spread of codes or a bitstring.
std::optional<std::vector<std::string>> multiple_codes(const SssVariable& v, const std::string& field,
                                                       std::string& why) {
  std::vector<std::string> codes;
  if (v.subfields > 0) {
    const std::size_t width = v.width ? v.width : std::max<std::size_t>(1, field.size() / v.subfields);
    for (std::size_t k = 0; k < v.subfields && k * width < field.size(); ++k) {
      const std::string code = normal_code(field.substr(k * width, width));
      if (!code.empty() && code != "0") codes.push_back(code);
    }
    return codes;
  }
  // A bitstring: one column per listed value, or per code from the lowest to the highest.
  std::vector<std::string> by_column;
  if (field.size() == v.values.size()) {
    for (const auto& value : v.values) by_column.push_back(value.code);
  } else {
    long lo = 0, hi = -1;
    bool numeric = !v.values.empty();
    for (const auto& value : v.values) {
      long c = 0;
      auto [p, ec] = std::from_chars(value.code.data(), value.code.data() + value.code.size(), c);
      if (ec != std::errc{} || p != value.code.data() + value.code.size()) numeric = false;
      lo = hi < lo ? c : std::min(lo, c);
      hi = std::max(hi, c);
    }
    if (!numeric || static_cast<std::size_t>(hi - lo + 1) != field.size()) {
      why = "variable " + v.name + " is a bitstring of " + std::to_string(field.size()) +
            " columns that does not match its " + std::to_string(v.values.size()) + " codes";
      return std::nullopt;
    }
    for (long c = lo; c <= hi; ++c) by_column.push_back(std::to_string(c));
  }
  for (std::size_t k = 0; k < field.size(); ++k)
    if (field[k] == '1') codes.push_back(by_column[k]);
  return codes;
}

}  // namespace

std::string default_triple_s_schema() { return install_dir() + "/schemas/triple-s.xsd"; }

bool looks_like_triple_s(std::string_view path, std::string_view bytes) {
  if (path.size() >= 4) {
    std::string ext(path.substr(path.size() - 4));
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".sss") return true;
  }
  const auto head = bytes.substr(0, 2048);
  const auto first = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string_view::npos && head[first] == '<' && head.find("<sss") != std::string_view::npos;
}

Result<SurveyFile> read_triple_s(const std::string& path, std::string_view bytes, const ScaleVocabulary& vocabulary,
                                 const std::string& schema_path) {
  Definition def;
  CANVASS_TRY(parse_xml(bytes, Location{path}, def, XmlOptions::validated_by(schema_path)));
  if (def.records.empty() || def.records.front().variables.empty())
    return Error{{path}, "the Triple-S definition has no record with variables"};
  const SssRecord& record = def.records.front();  // hierarchical surveys: the first record only
  const bool csv = record.format == "csv";
  for (const auto& v : record.variables) {
    if (v.start == 0 || v.finish < v.start)
      return Error{{path, v.line}, "variable " + (v.name.empty() ? v.ident : v.name) + " has no usable <position>"};
    if (v.subfields > 0 && !csv && (v.finish - v.start + 1) < v.subfields)
      return Error{{path, v.line}, "variable " + v.name + " spreads " + std::to_string(v.subfields) +
                                       " codes over fewer columns"};
  }

  auto data_path = find_data_file(path, record);
  if (!data_path) return data_path.error();
  auto data_bytes = read_file_bytes(*data_path);
  if (!data_bytes) return data_bytes.error();
  auto decoded = decode_text(*data_bytes, Location{*data_path});
  if (!decoded) return decoded.error();

  // Variables in canvass terms; the serial is the respondent id.
  std::vector<CodedVariable> variables;
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
    variables.push_back(std::move(v));
  }

  // The data lines: fixed columns, or CSV fields numbered from 1.
  std::vector<DataLine> lines;
  std::vector<Row> csv_rows;
  std::vector<Reject> rejects;
  if (csv) {
    Table t = parse_csv_text(decoded->text, *data_path);
    rejects = t.rejects;
    for (std::size_t r = std::min(record.skip, t.rows.size()); r < t.rows.size(); ++r) csv_rows.push_back(t.rows[r]);
  } else {
    std::string_view text = decoded->text;
    std::size_t number = 0;
    while (!text.empty()) {
      auto end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      ++number;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (number <= record.skip || trim(line).empty()) continue;
      lines.push_back(make_line(number, line));
    }
  }

  std::vector<CodedCase> cases;
  const std::size_t count = csv ? csv_rows.size() : lines.size();
  for (std::size_t r = 0; r < count; ++r) {
    CodedCase c;
    c.line = csv ? csv_rows[r].line : lines[r].number;
    c.values.resize(variables.size());
    std::optional<Reject> reject;
    for (std::size_t i = 0; i < record.variables.size() && !reject; ++i) {
      const SssVariable& s = record.variables[i];
      std::string field;
      if (csv) {
        const auto& cells = csv_rows[r].cells;
        if (s.finish > cells.size()) {
          reject = Reject{{*data_path, c.line}, "the record has " + std::to_string(cells.size()) + " fields; variable " +
                                                    variables[i].name + " is field " + std::to_string(s.finish), ""};
          break;
        }
        for (std::size_t f = s.start; f <= s.finish; ++f) field += cells[f - 1];
      } else {
        const DataLine& line = lines[r];
        if (s.finish > line.length()) {
          reject = Reject{{*data_path, c.line, line.length() + 1},
                          "data line too short: " + std::to_string(line.length()) + " characters, but variable " +
                              variables[i].name + " needs columns " + std::to_string(s.start) + "-" +
                              std::to_string(s.finish),
                          line.text};
          break;
        }
        field = line.columns(s.start, s.finish);
      }
      auto& out = c.values[i];
      if (s.type == "multiple") {
        std::string why;
        auto codes = multiple_codes(s, field, why);
        if (!codes) {
          reject = Reject{{*data_path, c.line, csv ? 0 : s.start}, why, field};
          break;
        }
        out = std::move(*codes);
      } else if (s.type == "character") {
        std::string text = field;
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
        if (!text.empty()) out.push_back(std::move(text));
      } else {
        const std::string value = s.type == "single" || s.type == "logical" ? normal_code(field) : trim(field);
        if (!value.empty()) out.push_back(iso_date_or_time(s.type, value));
      }
    }
    if (reject) rejects.push_back(std::move(*reject));
    else cases.push_back(std::move(c));
  }

  SurveyFile out;
  out.survey = build_coded_survey(variables, cases, vocabulary, "triple-s");
  out.survey.rows_read = cases.size() + rejects.size();
  out.survey.rejects = std::move(rejects);
  out.container = "triple-s";
  out.encoding = decoded->encoding;
  return out;
}

}  // namespace canvass
