#include "sources/triple_s_reader.hpp"

#include <algorithm>
#include <vector>

#include "csv/csv.hpp"
#include "model/install_paths.hpp"
#include "sources/csv_reader.hpp"
#include "sources/file_blocks.hpp"
#include "sources/file_bytes.hpp"
#include "sources/triple_s_data.hpp"
#include "text/decode.hpp"

namespace canvass {
namespace {

std::size_t line_breaks(const char* from, const char* to) {
  std::size_t n = 0;
  for (const char* p = from; p < to; ++p)
    if (*p == '\n' || (*p == '\r' && (p + 1 == to || p[1] != '\n'))) ++n;
  return n;
}

// The data file read in blocks: the bytes not yet consumed, refilled on demand.
class DataBlocks {
 public:
  static constexpr std::size_t kBlock = std::size_t{1} << 20;
  explicit DataBlocks(const std::string& path) : file_(path) {}
  bool opened() const { return file_.fd() >= 0; }
  bool at_end() const { return end_; }
  std::string_view rest() const { return std::string_view(buffer_).substr(start_); }
  void consume(std::size_t n) { start_ += n; }
  // Appends the next block after what is not consumed; false on a read error.
  bool more() {
    buffer_.erase(0, start_);
    start_ = 0;
    const std::size_t had = buffer_.size();
    buffer_.resize(had + kBlock);
    const long got = read_at(file_.fd(), buffer_.data() + had, kBlock, offset_);
    if (got < 0) return false;
    buffer_.resize(had + static_cast<std::size_t>(got));
    offset_ += static_cast<std::uint64_t>(got);
    end_ = got == 0;
    return true;
  }

 private:
  OpenFile file_;
  std::string buffer_;
  std::size_t start_ = 0;
  std::uint64_t offset_ = 0;
  bool end_ = false;
};

// Text the streamed reading leaves to the whole-file path (which decodes it as a whole).
Error not_plain_utf8(const std::string& path, std::size_t line) {
  return Error{{path, line}, "not plain UTF-8 text: the Triple-S data is read whole"};
}

// Text the streamed reading can take as it is: UTF-8 without NUL bytes (one pass the
// compiler vectorises; the UTF-8 check only for lines that are not ASCII).
bool plain_utf8(std::string_view text) {
  unsigned char high = 0;
  bool nul = false;
  for (char c : text) {
    high |= static_cast<unsigned char>(c);
    nul |= c == '\0';
  }
  return !nul && (high < 0x80 || is_valid_utf8(text));
}

// Fixed-format lines, streamed.
Status stream_lines(DataBlocks& data, const std::string& path, TripleSCases& cases) {
  std::size_t number = 0;
  for (;;) {
    std::string_view rest = data.rest();
    auto end = rest.find('\n');
    if (end == std::string_view::npos && !data.at_end()) {
      if (rest.size() > CsvLimits{}.max_record)  // no line breaks: not lines the stream can hold
        return Error{{path, number + 1}, "a line longer than the record limit: the Triple-S data is read whole"};
      if (!data.more()) return Error{{path}, "cannot read the file", Error::Kind::io};
      continue;
    }
    if (rest.empty()) return Ok{};
    std::string_view line = rest.substr(0, end);
    data.consume(end == std::string_view::npos ? rest.size() : end + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!plain_utf8(line)) return not_plain_utf8(path, number);
    CANVASS_TRY(cases.line(number, line));
  }
}

// Csv-format records, streamed: a record is parsed once the buffer holds all of it.
Status stream_records(DataBlocks& data, const std::string& path, TripleSCases& cases) {
  const CsvLimits limits;
  while (data.rest().find_first_of("\r\n") == std::string_view::npos && !data.at_end() &&
         data.rest().size() <= limits.max_record)  // the first line, for the delimiter
    if (!data.more()) return Error{{path}, "cannot read the file", Error::Kind::io};
  const char delimiter = sniff_delimiter(data.rest());
  std::vector<grammar::CsvField> fields;
  std::vector<std::string_view> views;
  std::size_t line = 1;
  for (;;) {
    const std::string_view rest = data.rest();
    if (rest.empty() && data.at_end()) return Ok{};
    const char* const start = rest.data();
    const char* p = start;
    const char* const last = start + rest.size();
    const auto parsed = grammar::parse_record(p, last, delimiter, fields);
    const bool whole = parsed.outcome == grammar::RecordOutcome::ok && p < last;
    const bool cut = parsed.outcome == grammar::RecordOutcome::unterminated_quote ||
                     (parsed.outcome == grammar::RecordOutcome::ok && p == last);
    if (!whole && cut && !data.at_end()) {  // the record runs past the buffer: read on
      if (rest.size() > limits.max_record)
        return Error{{path, line}, "a record larger than the limit: the Triple-S data is read whole"};
      if (!data.more()) return Error{{path}, "cannot read the file", Error::Kind::io};
      continue;
    }
    if (parsed.outcome != grammar::RecordOutcome::ok)
      return Error{{path, line + line_breaks(start, parsed.error_at)},
                   "a record that cannot be parsed: the Triple-S data is read whole"};
    if (fields.size() > limits.max_columns || !plain_utf8(std::string_view(start, static_cast<std::size_t>(p - start))))
      return not_plain_utf8(path, line);
    views.clear();
    for (const auto& f : fields) {
      if (f.text.size() > limits.max_field)
        return Error{{path, line}, "a field larger than the limit: the Triple-S data is read whole"};
      views.emplace_back(f.text);
    }
    CANVASS_TRY(cases.record(line, views));
    line += line_breaks(start, p);
    data.consume(static_cast<std::size_t>(p - start));
  }
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
  auto definition = read_triple_s_definition(path, bytes, schema_path);
  if (!definition) return definition.error();
  const TripleSDefinition& def = *definition;
  auto data_bytes = read_file_bytes(def.data_path);
  if (!data_bytes) return data_bytes.error();
  auto decoded = decode_text(*data_bytes, Location{def.data_path});
  if (!decoded) return decoded.error();

  CodedCases collected;
  CANVASS_TRY(collected.variables(def.variables));
  std::vector<Reject> rejects;
  TripleSCases cases(def, collected, [&](Reject r) -> Status {
    rejects.push_back(std::move(r));
    return Ok{};
  });
  if (def.csv()) {  // CSV fields numbered from 1
    Table t = parse_csv_text(decoded->text, def.data_path);
    rejects = t.rejects;
    std::vector<std::string_view> views;
    for (const Row& row : t.rows) {
      views.assign(row.cells.begin(), row.cells.end());
      CANVASS_TRY(cases.record(row.line, views));
    }
  } else {  // fixed columns
    std::string_view text = decoded->text;
    std::size_t number = 0;
    while (!text.empty()) {
      auto end = text.find('\n');
      std::string_view line = text.substr(0, end);
      text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      CANVASS_TRY(cases.line(++number, line));
    }
  }

  SurveyFile out;
  out.survey = build_coded_survey(collected.variables(), collected.cases(), vocabulary, "triple-s");
  out.survey.rows_read = cases.cases() + rejects.size();
  out.survey.rejects = std::move(rejects);
  out.container = "triple-s";
  out.encoding = decoded->encoding;
  return out;
}

Result<CodedFileInfo> read_triple_s_file(const std::string& path, CodedSink& sink, const std::string& schema_path) {
  auto bytes = read_file_bytes(path);
  if (!bytes) return bytes.error();
  auto definition = read_triple_s_definition(path, *bytes, schema_path);
  if (!definition) return definition.error();
  const TripleSDefinition& def = *definition;
  DataBlocks data(def.data_path);
  if (!data.opened()) return Error{{def.data_path}, "cannot open the file", Error::Kind::io};
  if (!data.more()) return Error{{def.data_path}, "cannot read the file", Error::Kind::io};
  CodedFileInfo out;
  out.container = "triple-s";
  out.encoding = "utf-8";
  const std::string_view head = data.rest();
  if (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF") return not_plain_utf8(def.data_path, 1);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") {
    data.consume(3);
    out.encoding = "utf-8-bom";
  }
  CANVASS_TRY(sink.variables(def.variables));
  TripleSCases cases(def, sink, [](Reject r) -> Status { return Error{r.where, r.reason}; });
  CANVASS_TRY(def.csv() ? stream_records(data, def.data_path, cases) : stream_lines(data, def.data_path, cases));
  out.cases = cases.cases();
  out.data_path = def.data_path;
  return out;
}

}  // namespace canvass
