#include "sources/triple_s_data.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include "text/fold.hpp"

namespace canvass {
namespace {

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

// What a variable's columns hold, decided once per variable rather than per line.
enum class TripleSCases::Kind { code, multiple, text, other };

namespace {

using Kind = TripleSCases::Kind;

Kind kind_of(const SssVariable& s) {
  if (s.type == "single" || s.type == "logical") return Kind::code;
  if (s.type == "multiple") return Kind::multiple;
  if (s.type == "character") return Kind::text;
  return Kind::other;  // quantity, date, time
}

// A variable's value(s) from its text: codes, a trimmed text, or an ISO date or time.
// Nothing when a multiple's columns cannot be read (`why` says so).
bool read_field(Kind kind, const SssVariable& s, const std::string& field, std::vector<std::string>& out,
                std::string& why) {
  out.clear();
  if (kind == Kind::multiple) {
    auto codes = multiple_codes(s, field, why);
    if (!codes) return false;
    out = std::move(*codes);
  } else if (kind == Kind::text) {
    std::string text = field;
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    if (!text.empty()) out.push_back(std::move(text));
  } else if (kind == Kind::code) {
    if (std::string value = normal_code(field); !value.empty()) out.push_back(std::move(value));
  } else {
    if (const std::string value = trim_spaces(field); !value.empty()) out.push_back(iso_date_or_time(s.type, value));
  }
  return true;
}

}  // namespace

TripleSCases::TripleSCases(const TripleSDefinition& definition, CodedSink& sink, RejectSink reject)
    : definition_(definition), sink_(sink), reject_(std::move(reject)) {
  const std::size_t n = definition_.record.variables.size();
  values_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    wanted_.push_back(sink_.wants(i) ? 1 : 0);
    kinds_.push_back(kind_of(definition_.record.variables[i]));
  }
}

Status TripleSCases::refuse(Reject reject) {
  ++rejected_;
  return reject_(std::move(reject));
}

// The line's values, all read: handed over as one case, every variable the sink wants in
// order (a missing value as an empty one).
Status TripleSCases::hand_over(std::size_t number) {
  const std::size_t index = cases_++;
  CANVASS_TRY(sink_.begin_case(index, number));
  for (std::size_t i = 0; i < values_.size(); ++i) {
    if (!wanted_[i]) continue;
    if (values_[i].empty()) CANVASS_TRY(sink_.value(index, i, {}));
    for (const auto& v : values_[i]) CANVASS_TRY(sink_.value(index, i, v));
  }
  return Ok{};
}

Status TripleSCases::line(std::size_t number, std::string_view text) {
  const bool blank = std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
  if (number <= definition_.record.skip || blank) return Ok{};
  // Positions count characters, not bytes: a line of plain ASCII needs no table of them.
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  offsets_.clear();
  if (!ascii) {
    for (std::size_t i = 0; i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets_.push_back(i);
    offsets_.push_back(text.size());
  }
  const std::size_t length = ascii ? text.size() : offsets_.size() - 1;
  auto at = [&](std::size_t character) { return ascii ? character : offsets_[character]; };
  std::string field, why;
  const auto& variables = definition_.record.variables;
  for (std::size_t i = 0; i < variables.size(); ++i) {
    const SssVariable& s = variables[i];
    if (s.finish > length)
      return refuse(Reject{{definition_.data_path, number, length + 1},
                           "data line too short: " + std::to_string(length) + " characters, but variable " +
                               definition_.variables[i].name + " needs columns " + std::to_string(s.start) + "-" +
                               std::to_string(s.finish),
                           std::string(text)});
    values_[i].clear();
    if (!wanted_[i] && kinds_[i] != Kind::multiple) continue;  // a multiple's columns may refuse the line
    field.assign(text.substr(at(s.start - 1), at(s.finish) - at(s.start - 1)));
    if (!read_field(kinds_[i], s, field, values_[i], why)) return refuse(Reject{{definition_.data_path, number, s.start}, why, field});
  }
  return hand_over(number);
}

Status TripleSCases::record(std::size_t number, std::span<const std::string_view> fields) {
  if (records_++ < definition_.record.skip) return Ok{};
  std::string field, why;
  const auto& variables = definition_.record.variables;
  for (std::size_t i = 0; i < variables.size(); ++i) {
    const SssVariable& s = variables[i];
    if (s.finish > fields.size())
      return refuse(Reject{{definition_.data_path, number},
                           "the record has " + std::to_string(fields.size()) + " fields; variable " +
                               definition_.variables[i].name + " is field " + std::to_string(s.finish),
                           ""});
    values_[i].clear();
    if (!wanted_[i] && kinds_[i] != Kind::multiple) continue;
    field.clear();
    for (std::size_t f = s.start; f <= s.finish; ++f) field.append(fields[f - 1]);
    if (!read_field(kinds_[i], s, field, values_[i], why)) return refuse(Reject{{definition_.data_path, number, 0}, why, field});
  }
  return hand_over(number);
}

}  // namespace canvass
