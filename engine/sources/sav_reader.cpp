#include "sources/sav_reader.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>

#include <readstat.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>
#include <sys/stat.h>

#include "sources/file_blocks.hpp"
#include "text/decode.hpp"

namespace canvass {
namespace {

// ReadStat reads through these from the bytes already in memory, or from the file by
// offset (fd >= 0), so a streamed read never holds the file.
struct Input {
  std::string_view bytes;
  std::size_t position = 0;
  std::size_t furthest = 0;  // for the position in an error
  int fd = -1;
  std::size_t size = 0;
};

int input_open(const char*, void* ctx) {
  static_cast<Input*>(ctx)->position = 0;
  return 0;
}
int input_close(void*) { return 0; }
readstat_off_t input_seek(readstat_off_t offset, readstat_io_flags_t whence, void* ctx) {
  auto* in = static_cast<Input*>(ctx);
  readstat_off_t base = whence == READSTAT_SEEK_SET ? 0
                        : whence == READSTAT_SEEK_CUR ? static_cast<readstat_off_t>(in->position)
                                                      : static_cast<readstat_off_t>(in->size);
  const readstat_off_t target = base + offset;
  if (target < 0 || target > static_cast<readstat_off_t>(in->size)) return -1;
  in->position = static_cast<std::size_t>(target);
  return target;
}
ssize_t input_read(void* buf, size_t nbyte, void* ctx) {
  auto* in = static_cast<Input*>(ctx);
  std::size_t n = std::min(nbyte, in->size - std::min(in->position, in->size));
  if (in->fd >= 0) {
    const long got = read_at(in->fd, static_cast<char*>(buf), n, in->position);
    if (got < 0) return -1;
    n = static_cast<std::size_t>(got);
  } else {
    std::memcpy(buf, in->bytes.data() + in->position, n);
  }
  in->position += n;
  in->furthest = std::max(in->furthest, in->position);
  return static_cast<ssize_t>(n);
}
readstat_error_t input_update(long, readstat_progress_handler, void*, void*) { return READSTAT_OK; }

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A number as SPSS shows a code: integral values without ".0".
std::string number_text(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.15g", v);
  return buffer;
}

// Text from the file as valid UTF-8: ReadStat converts from the declared encoding, but
// passes on bytes that are not valid in it; each such byte becomes U+FFFD.
std::string utf8_text(const char* s) {
  if (!s) return {};
  const std::string_view bytes(s);
  if (is_valid_utf8(bytes)) return std::string(bytes);
  std::string out;
  const auto* p = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, length, c);
    if (c < 0) out += "\xEF\xBF\xBD";  // U+FFFD
    else out.append(bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

// Text as it comes from ReadStat: already UTF-8 (converted from the declared encoding),
// or, when that conversion failed on bytes the encoding does not have, the file's own
// bytes, decoded here with every such byte replaced.
class TextDecoder {
 public:
  TextDecoder() = default;
  TextDecoder(const TextDecoder&) = delete;
  TextDecoder& operator=(const TextDecoder&) = delete;
  ~TextDecoder() {
    if (raw_) ucnv_close(raw_);
  }
  // Strings arrive in `encoding`, unconverted. False when ICU does not know it.
  bool decode_from(const std::string& encoding) {
    UErrorCode status = U_ZERO_ERROR;
    raw_ = ucnv_open(encoding.c_str(), &status);
    if (U_FAILURE(status)) raw_ = nullptr;
    return raw_ != nullptr;
  }
  std::string operator()(const char* s) const {
    if (!s || !raw_) return utf8_text(s);
    const auto n = static_cast<std::int32_t>(std::strlen(s));
    std::string out(static_cast<std::size_t>(n) * 3 + 4, '\0');
    UErrorCode status = U_ZERO_ERROR;
    ucnv_reset(raw_);
    const std::int32_t written = ucnv_toAlgorithmic(UCNV_UTF8, raw_, out.data(), static_cast<std::int32_t>(out.size()), s, n, &status);
    if (U_FAILURE(status)) return utf8_text(s);
    out.resize(static_cast<std::size_t>(written));
    return utf8_text(out.c_str());
  }

 private:
  UConverter* raw_ = nullptr;
};

std::string value_text(readstat_value_t value, const TextDecoder& text) {
  if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) return text(readstat_string_value(value));
  return number_text(readstat_double_value(value));
}

std::string alnum_lower(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

enum class TimeKind { none, date, datetime, time };

TimeKind time_kind(std::string_view format) {
  for (std::string_view p : {"DATETIME", "YMDHMS"})
    if (starts_with(format, p)) return TimeKind::datetime;
  for (std::string_view p : {"DTIME", "TIME", "MTIME"})
    if (starts_with(format, p)) return TimeKind::time;
  for (std::string_view p : {"DATE", "ADATE", "EDATE", "SDATE", "JDATE"})
    if (starts_with(format, p)) return TimeKind::date;
  return TimeKind::none;
}

struct SavVariable {
  std::string name, label, format, label_set;
  bool is_string = false;
  bool dated = false;  // a date or time format: values become ISO text
  std::vector<std::pair<double, double>> missing_ranges;  // numeric user-missing
  std::vector<std::string> missing_strings;
};

struct Context {
  std::vector<SavVariable> variables;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> label_sets;
  CodedSink* sink = nullptr;
  bool announced = false;  // the sink has the variables
  std::size_t cases = 0;
  std::optional<Error> sink_error;
  std::string encoding;
  std::string error;
  std::string text;  // the value being handed over
  TextDecoder decode;
};

std::vector<CodedVariable> coded_variables(const Context& context);

Status announce(Context& c) {
  c.announced = true;
  return c.sink->variables(coded_variables(c));
}

int on_metadata(readstat_metadata_t* metadata, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  if (const char* e = readstat_get_file_encoding(metadata)) c->encoding = e;
  return READSTAT_HANDLER_OK;
}

int on_variable(int, readstat_variable_t* variable, const char* val_labels, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  SavVariable v;
  v.name = c->decode(readstat_variable_get_name(variable));
  v.label = c->decode(readstat_variable_get_label(variable));
  v.format = readstat_variable_get_format(variable) ? readstat_variable_get_format(variable) : "";
  v.label_set = val_labels ? val_labels : "";
  v.is_string = readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_STRING;
  v.dated = time_kind(v.format) != TimeKind::none;
  for (int i = 0; i < readstat_variable_get_missing_ranges_count(variable); ++i) {
    const readstat_value_t lo = readstat_variable_get_missing_range_lo(variable, i);
    const readstat_value_t hi = readstat_variable_get_missing_range_hi(variable, i);
    if (v.is_string) v.missing_strings.push_back(value_text(lo, c->decode));
    else v.missing_ranges.emplace_back(readstat_double_value(lo), readstat_double_value(hi));
  }
  c->variables.push_back(std::move(v));
  return READSTAT_HANDLER_OK;
}

int on_value_label(const char* set, readstat_value_t value, const char* label, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  c->label_sets[set ? set : ""].emplace_back(value_text(value, c->decode), c->decode(label));
  return READSTAT_HANDLER_OK;
}

int on_value(int obs, readstat_variable_t* variable, readstat_value_t value, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  const int index = readstat_variable_get_index(variable);
  if (obs < 0 || index < 0 || static_cast<std::size_t>(index) >= c->variables.size()) return READSTAT_HANDLER_ABORT;
  if (!c->announced) {
    if (auto ok = announce(*c); !ok) {
      c->sink_error = ok.error();
      return READSTAT_HANDLER_ABORT;
    }
  }
  c->cases = std::max(c->cases, static_cast<std::size_t>(obs) + 1);
  if (!c->sink->wants(static_cast<std::size_t>(index))) return READSTAT_HANDLER_OK;
  const SavVariable& v = c->variables[static_cast<std::size_t>(index)];
  std::string& text = c->text;
  text.clear();
  if (!readstat_value_is_system_missing(value)) {
    text = value_text(value, c->decode);
    if (v.is_string) {
      while (!text.empty() && text.back() == ' ') text.pop_back();  // SPSS pads strings
    } else if (v.dated) {
      if (std::string iso = spss_time_to_iso(readstat_double_value(value), v.format); !iso.empty()) text = std::move(iso);
    }
  }
  if (auto ok = c->sink->value(static_cast<std::size_t>(obs), static_cast<std::size_t>(index), text); !ok) {
    c->sink_error = ok.error();
    return READSTAT_HANDLER_ABORT;
  }
  return READSTAT_HANDLER_OK;
}

void on_error(const char* message, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  if (c->error.empty() && message) c->error = message;
  while (!c->error.empty() && (c->error.back() == '\n' || c->error.back() == ' ')) c->error.pop_back();
}

}  // namespace

bool looks_like_sav(std::string_view bytes) { return starts_with(bytes, "$FL2") || starts_with(bytes, "$FL3"); }

std::string spss_time_to_iso(double seconds, std::string_view format) {
  using namespace std::chrono;
  const TimeKind kind = time_kind(format);
  if (kind == TimeKind::none || !std::isfinite(seconds)) return {};
  const long long total = std::llround(seconds);
  long long days = total / 86400, rest = total % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  char time[16];
  std::snprintf(time, sizeof time, "%02lld:%02lld:%02lld", rest / 3600, rest / 60 % 60, rest % 60);
  if (kind == TimeKind::time) return time;
  const year_month_day ymd{sys_days{year{1582} / 10 / 14} + std::chrono::days{days}};
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  if (kind == TimeKind::date || rest == 0) return date;
  return std::string(date) + "T" + time;
}

namespace {

// Roles: the identifier, the submission time, text, coded and plain numbers.
std::vector<CodedVariable> coded_variables(const Context& context) {
  std::vector<CodedVariable> variables;
  bool have_id = false, have_when = false;
  for (std::size_t i = 0; i < context.variables.size(); ++i) {
    const SavVariable& s = context.variables[i];
    CodedVariable v;
    v.name = s.name;
    v.label = s.label;
    v.column = i + 1;
    if (auto set = context.label_sets.find(s.label_set); set != context.label_sets.end()) v.value_labels = set->second;
    if (!s.is_string) v.missing_ranges = s.missing_ranges;
    for (const auto& [code, label] : v.value_labels) {
      if (s.is_string) {
        for (const auto& m : s.missing_strings)
          if (m == code) v.missing_codes.push_back(code);
      } else {
        const double x = std::strtod(code.c_str(), nullptr);
        for (const auto& [lo, hi] : s.missing_ranges)
          if (x >= lo && x <= hi) v.missing_codes.push_back(code);
      }
    }
    const std::string key = alnum_lower(s.name);
    const TimeKind kind = time_kind(s.format);
    if (!have_id && (key == "id" || key == "respondentid" || key == "responseid" || key == "caseid" ||
                     key == "recordid" || key == "respid" || key == "uuid")) {
      v.role = CodedVariable::Role::id;
      have_id = true;
    } else if (kind != TimeKind::none) {
      const bool submitted = looks_like_submission_time(s.name);
      v.role = !have_when && submitted ? CodedVariable::Role::when : CodedVariable::Role::ignored;
      have_when = have_when || submitted;
    } else if (s.is_string) {
      v.role = CodedVariable::Role::text;
    } else {
      v.role = v.value_labels.empty() ? CodedVariable::Role::numeric : CodedVariable::Role::coded;
    }
    variables.push_back(std::move(v));
  }
  return variables;
}

// Reads through ReadStat into `sink`. With `raw_from` set, strings are taken unconverted
// and decoded from that encoding here. When ReadStat's own conversion fails (bytes the
// declared encoding does not have), `retry_from` gets the declared encoding to read again with.
Result<CodedFileInfo> read_sav_input(const std::string& path, Input& input, CodedSink& sink,
                                     const std::string& raw_from = "", std::string* retry_from = nullptr) {
  Context context;
  context.sink = &sink;
  input.position = 0;
  readstat_parser_t* parser = readstat_parser_init();
  if (!parser) return Error{{path}, "out of memory starting ReadStat", Error::Kind::io};
  if (!raw_from.empty() && context.decode.decode_from(raw_from)) {
    // ReadStat always converts; Latin-1 to itself passes every byte through unchanged.
    readstat_set_file_character_encoding(parser, "ISO-8859-1");
    readstat_set_handler_character_encoding(parser, "ISO-8859-1");
  }
  readstat_set_open_handler(parser, input_open);
  readstat_set_close_handler(parser, input_close);
  readstat_set_seek_handler(parser, input_seek);
  readstat_set_read_handler(parser, input_read);
  readstat_set_update_handler(parser, input_update);
  readstat_set_io_ctx(parser, &input);
  readstat_set_metadata_handler(parser, on_metadata);
  readstat_set_variable_handler(parser, on_variable);
  readstat_set_value_label_handler(parser, on_value_label);
  readstat_set_value_handler(parser, on_value);
  readstat_set_error_handler(parser, on_error);
  const readstat_error_t rc = readstat_parse_sav(parser, path.c_str(), &context);
  readstat_parser_free(parser);
  if (context.sink_error) return *context.sink_error;
  const bool conversion = rc == READSTAT_ERROR_CONVERT || rc == READSTAT_ERROR_CONVERT_BAD_STRING ||
                          rc == READSTAT_ERROR_CONVERT_SHORT_STRING || rc == READSTAT_ERROR_CONVERT_LONG_STRING;
  if (conversion && retry_from && raw_from.empty()) *retry_from = context.encoding.empty() ? "UTF-8" : context.encoding;
  if (rc == READSTAT_ERROR_MALLOC)
    return Error{{path}, "the SPSS file's data cannot be inflated within memory: it declares more than it can hold "
                         "(a damaged or hostile .zsav?), near byte " + std::to_string(input.furthest)};
  if (rc != READSTAT_OK) {
    std::string why = readstat_error_message(rc);
    if (!context.error.empty()) why += " (" + utf8_text(context.error.c_str()) + ")";
    return Error{{path}, "not a readable SPSS .sav file: " + why + ", near byte " + std::to_string(input.furthest)};
  }
  if (context.variables.empty()) return Error{{path}, "the SPSS file has no variables"};
  if (!context.announced) CANVASS_TRY(announce(context));  // no cases
  if (!raw_from.empty()) context.encoding = raw_from;  // ReadStat was told Latin-1 to pass bytes through
  CodedFileInfo out;
  out.container = "sav";
  for (char& ch : context.encoding)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  out.encoding = context.encoding.empty() ? "unknown" : context.encoding;
  out.cases = context.cases;
  return out;
}

}  // namespace

Result<CodedFileInfo> read_sav_file(const std::string& path, CodedSink& sink) {
  OpenFile file(path);
  struct stat st {};
  if (file.fd() < 0 || ::fstat(file.fd(), &st) != 0 || !S_ISREG(st.st_mode))
    return Error{{path}, "cannot open the file", Error::Kind::io};
  char head[4] = {};
  if (read_at(file.fd(), head, 4, 0) != 4 || !looks_like_sav(std::string_view(head, 4)))
    return Error{{path}, "not an SPSS .sav file (no $FL2 signature)"};
  Input input;
  input.fd = file.fd();
  input.size = static_cast<std::size_t>(st.st_size);
  return read_sav_input(path, input, sink);
}

Result<SurveyFile> read_sav(const std::string& path, std::string_view bytes, const ScaleVocabulary& vocabulary) {
  if (!looks_like_sav(bytes)) return Error{{path}, "not an SPSS .sav file (no $FL2 signature)"};
  Input input{bytes};
  input.size = bytes.size();
  CodedCases first, again;
  CodedCases* cases = &first;
  std::string retry_from;
  auto info = read_sav_input(path, input, first, "", &retry_from);
  if (!info && !retry_from.empty()) {  // text the declared encoding lacks: decoded here, replaced
    cases = &again;
    info = read_sav_input(path, input, again, retry_from);
  }
  if (!info) return info.error();
  SurveyFile out;
  out.survey = build_coded_survey(cases->variables(), cases->cases(), vocabulary, "spss");
  out.container = info->container;
  out.encoding = info->encoding;
  return out;
}

}  // namespace canvass
