#include "sources/sav_reader.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

#include <readstat.h>

namespace canvass {
namespace {

// ReadStat reads through these from the bytes already in memory.
struct Input {
  std::string_view bytes;
  std::size_t position = 0;
  std::size_t furthest = 0;  // for the position in an error
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
                                                      : static_cast<readstat_off_t>(in->bytes.size());
  const readstat_off_t target = base + offset;
  if (target < 0 || target > static_cast<readstat_off_t>(in->bytes.size())) return -1;
  in->position = static_cast<std::size_t>(target);
  return target;
}
ssize_t input_read(void* buf, size_t nbyte, void* ctx) {
  auto* in = static_cast<Input*>(ctx);
  const std::size_t n = std::min(nbyte, in->bytes.size() - std::min(in->position, in->bytes.size()));
  std::memcpy(buf, in->bytes.data() + in->position, n);
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

std::string value_text(readstat_value_t value) {
  if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
    const char* s = readstat_string_value(value);
    return s ? s : "";
  }
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

struct SavVariable {
  std::string name, label, format, label_set;
  bool is_string = false;
  std::vector<std::pair<double, double>> missing_ranges;  // numeric user-missing
  std::vector<std::string> missing_strings;
};

struct Context {
  std::vector<SavVariable> variables;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> label_sets;
  std::vector<CodedCase> cases;
  std::string encoding;
  std::string error;
};

int on_metadata(readstat_metadata_t* metadata, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  if (const char* e = readstat_get_file_encoding(metadata)) c->encoding = e;
  const int rows = readstat_get_row_count(metadata);
  if (rows > 0 && rows < 10'000'000) c->cases.reserve(static_cast<std::size_t>(rows));
  return READSTAT_HANDLER_OK;
}

int on_variable(int, readstat_variable_t* variable, const char* val_labels, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  SavVariable v;
  v.name = readstat_variable_get_name(variable) ? readstat_variable_get_name(variable) : "";
  v.label = readstat_variable_get_label(variable) ? readstat_variable_get_label(variable) : "";
  v.format = readstat_variable_get_format(variable) ? readstat_variable_get_format(variable) : "";
  v.label_set = val_labels ? val_labels : "";
  v.is_string = readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_STRING;
  for (int i = 0; i < readstat_variable_get_missing_ranges_count(variable); ++i) {
    const readstat_value_t lo = readstat_variable_get_missing_range_lo(variable, i);
    const readstat_value_t hi = readstat_variable_get_missing_range_hi(variable, i);
    if (v.is_string) v.missing_strings.push_back(value_text(lo));
    else v.missing_ranges.emplace_back(readstat_double_value(lo), readstat_double_value(hi));
  }
  c->variables.push_back(std::move(v));
  return READSTAT_HANDLER_OK;
}

int on_value_label(const char* set, readstat_value_t value, const char* label, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  c->label_sets[set ? set : ""].emplace_back(value_text(value), label ? label : "");
  return READSTAT_HANDLER_OK;
}

int on_value(int obs, readstat_variable_t* variable, readstat_value_t value, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  const int index = readstat_variable_get_index(variable);
  if (obs < 0 || index < 0 || static_cast<std::size_t>(index) >= c->variables.size()) return READSTAT_HANDLER_ABORT;
  while (c->cases.size() <= static_cast<std::size_t>(obs)) {
    CodedCase fresh;
    fresh.line = c->cases.size() + 1;
    fresh.values.resize(c->variables.size());
    c->cases.push_back(std::move(fresh));
  }
  if (readstat_value_is_system_missing(value)) return READSTAT_HANDLER_OK;
  const SavVariable& v = c->variables[static_cast<std::size_t>(index)];
  std::string text = value_text(value);
  if (v.is_string) {
    while (!text.empty() && text.back() == ' ') text.pop_back();  // SPSS pads strings
    if (text.empty()) return READSTAT_HANDLER_OK;
  } else if (std::string iso = spss_time_to_iso(readstat_double_value(value), v.format); !iso.empty()) {
    text = std::move(iso);
  }
  c->cases[static_cast<std::size_t>(obs)].values[static_cast<std::size_t>(index)].push_back(std::move(text));
  return READSTAT_HANDLER_OK;
}

void on_error(const char* message, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  if (c->error.empty() && message) c->error = message;
  while (!c->error.empty() && (c->error.back() == '\n' || c->error.back() == ' ')) c->error.pop_back();
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

Result<SurveyFile> read_sav(const std::string& path, std::string_view bytes, const ScaleVocabulary& vocabulary) {
  if (!looks_like_sav(bytes)) return Error{{path}, "not an SPSS .sav file (no $FL2 signature)"};
  Input input{bytes};
  Context context;
  readstat_parser_t* parser = readstat_parser_init();
  if (!parser) return Error{{path}, "out of memory starting ReadStat", Error::Kind::io};
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
  if (rc != READSTAT_OK) {
    std::string why = readstat_error_message(rc);
    if (!context.error.empty()) why += " (" + context.error + ")";
    return Error{{path}, "not a readable SPSS .sav file: " + why + ", near byte " + std::to_string(input.furthest)};
  }
  if (context.variables.empty()) return Error{{path}, "the SPSS file has no variables"};

  // Roles: the identifier, the submission time, text, coded and plain numbers.
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
  for (auto& c : context.cases) c.values.resize(variables.size());

  SurveyFile out;
  out.survey = build_coded_survey(variables, context.cases, vocabulary, "spss");
  out.container = "sav";
  for (char& ch : context.encoding)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  out.encoding = context.encoding.empty() ? "unknown" : context.encoding;
  return out;
}

}  // namespace canvass
