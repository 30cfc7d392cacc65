#include "sources/sav_reader.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

#include <readstat.h>
#include <sys/stat.h>

#include "sources/file_blocks.hpp"
#include "sources/sav_dictionary.hpp"
#include "sources/sav_text.hpp"

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

std::string value_text(readstat_value_t value, const SavText& text) {
  if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) return text(readstat_string_value(value));
  return code_text(readstat_double_value(value));
}

// One reading of a file: the dictionary first (ReadStat stops before the data when no
// value handler is set), then the data, where the variables the sink does not want are
// skipped by ReadStat itself (their strings are never converted).
struct Context {
  SavDictionary dictionary;
  CodedSink* sink = nullptr;
  std::size_t cases = 0;     // cases that handed over a value
  long declared_rows = -1;   // as the file declares, -1 when it does not
  std::optional<Error> sink_error;
  std::string error;
  std::string text;  // the value being handed over
  SavText decode;
};

int on_metadata(readstat_metadata_t* metadata, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  if (const char* e = readstat_get_file_encoding(metadata)) c->dictionary.encoding = e;
  c->declared_rows = readstat_get_row_count(metadata);
  return READSTAT_HANDLER_OK;
}

int on_variable(int, readstat_variable_t* variable, const char* val_labels, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  SavDictionary::Variable v;
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
  c->dictionary.variables.push_back(std::move(v));
  return READSTAT_HANDLER_OK;
}

int on_value_label(const char* set, readstat_value_t value, const char* label, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  c->dictionary.label_sets[set ? set : ""].emplace_back(value_text(value, c->decode), c->decode(label));
  return READSTAT_HANDLER_OK;
}

// The data pass: a variable the sink does not want is skipped before any value is read.
int on_data_variable(int, readstat_variable_t* variable, const char*, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  const int index = readstat_variable_get_index(variable);
  if (index < 0 || static_cast<std::size_t>(index) >= c->dictionary.variables.size()) return READSTAT_HANDLER_ABORT;
  return c->sink->wants(static_cast<std::size_t>(index)) ? READSTAT_HANDLER_OK : READSTAT_HANDLER_SKIP_VARIABLE;
}

int on_value(int obs, readstat_variable_t* variable, readstat_value_t value, void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  const int index = readstat_variable_get_index(variable);
  if (obs < 0 || index < 0 || static_cast<std::size_t>(index) >= c->dictionary.variables.size())
    return READSTAT_HANDLER_ABORT;
  const auto case_index = static_cast<std::size_t>(obs);
  const auto at = static_cast<std::size_t>(index);
  c->cases = std::max(c->cases, case_index + 1);
  const SavDictionary::Variable& v = c->dictionary.variables[at];
  Status ok = Ok{};
  if (readstat_value_is_system_missing(value)) {
    ok = c->sink->value(case_index, at, {});
  } else if (!v.is_string && !v.dated) {  // a code: no text made of it here
    ok = c->sink->number(case_index, at, readstat_double_value(value));
  } else {
    std::string& text = c->text;
    text = value_text(value, c->decode);
    if (v.is_string) {
      while (!text.empty() && text.back() == ' ') text.pop_back();  // SPSS pads strings
    } else if (std::string iso = spss_time_to_iso(readstat_double_value(value), v.format); !iso.empty()) {
      text = std::move(iso);
    }
    ok = c->sink->value(case_index, at, text);
  }
  if (!ok) {
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

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// One ReadStat parse of the file: its dictionary (`data` false) or its data.
readstat_error_t parse(const std::string& path, Input& input, Context& context, bool raw, bool data) {
  input.position = 0;
  readstat_parser_t* parser = readstat_parser_init();
  if (!parser) return READSTAT_ERROR_MALLOC;
  if (raw) {  // ReadStat always converts; Latin-1 to itself passes every byte through unchanged
    readstat_set_file_character_encoding(parser, "ISO-8859-1");
    readstat_set_handler_character_encoding(parser, "ISO-8859-1");
  }
  readstat_set_open_handler(parser, input_open);
  readstat_set_close_handler(parser, input_close);
  readstat_set_seek_handler(parser, input_seek);
  readstat_set_read_handler(parser, input_read);
  readstat_set_update_handler(parser, input_update);
  readstat_set_io_ctx(parser, &input);
  readstat_set_error_handler(parser, on_error);
  if (data) {
    readstat_set_variable_handler(parser, on_data_variable);
    readstat_set_value_handler(parser, on_value);
  } else {
    readstat_set_metadata_handler(parser, on_metadata);
    readstat_set_variable_handler(parser, on_variable);
    readstat_set_value_label_handler(parser, on_value_label);
  }
  const readstat_error_t rc = readstat_parse_sav(parser, path.c_str(), &context);
  readstat_parser_free(parser);
  return rc;
}

bool conversion_failed(readstat_error_t rc) {
  return rc == READSTAT_ERROR_CONVERT || rc == READSTAT_ERROR_CONVERT_BAD_STRING ||
         rc == READSTAT_ERROR_CONVERT_SHORT_STRING || rc == READSTAT_ERROR_CONVERT_LONG_STRING;
}

// Reads through ReadStat into `sink`. With `raw_from` set, strings are taken unconverted
// and decoded from that encoding here. When ReadStat's own conversion fails (bytes the
// declared encoding does not have), `retry_from` gets the declared encoding to read again with.
Result<CodedFileInfo> read_sav_input(const std::string& path, Input& input, CodedSink& sink,
                                     const std::string& raw_from = "", std::string* retry_from = nullptr) {
  Context context;
  context.sink = &sink;
  const bool raw = !raw_from.empty() && context.decode.decode_from(raw_from);
  readstat_error_t rc = parse(path, input, context, raw, false);
  if (rc == READSTAT_OK && context.dictionary.variables.empty())
    return Error{{path}, "the SPSS file has no variables"};
  if (rc == READSTAT_OK) {
    CANVASS_TRY(sink.variables(coded_variables(context.dictionary)));
    rc = parse(path, input, context, raw, true);
  }
  if (context.sink_error) return *context.sink_error;
  if (conversion_failed(rc) && retry_from && raw_from.empty())
    *retry_from = context.dictionary.encoding.empty() ? "UTF-8" : context.dictionary.encoding;
  if (rc == READSTAT_ERROR_MALLOC)
    return Error{{path}, "the SPSS file's data cannot be inflated within memory: it declares more than it can hold "
                         "(a damaged or hostile .zsav?), near byte " + std::to_string(input.furthest)};
  if (rc != READSTAT_OK) {
    std::string why = readstat_error_message(rc);
    if (!context.error.empty()) why += " (" + utf8_text(context.error.c_str()) + ")";
    return Error{{path}, "not a readable SPSS .sav file: " + why + ", near byte " + std::to_string(input.furthest)};
  }
  std::string encoding = raw ? raw_from : context.dictionary.encoding;  // ReadStat was told Latin-1 when raw
  for (char& ch : encoding)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  CodedFileInfo out;
  out.container = "sav";
  out.encoding = encoding.empty() ? "unknown" : encoding;
  // Every case, even when the sink wanted none of its variables.
  out.cases = std::max(context.cases, context.declared_rows > 0 ? static_cast<std::size_t>(context.declared_rows) : 0);
  return out;
}

}  // namespace

bool looks_like_sav(std::string_view bytes) { return starts_with(bytes, "$FL2") || starts_with(bytes, "$FL3"); }

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
