#include "report/json_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "report/csv_writer.hpp"
#include "text/printable.hpp"

namespace canvass {

std::string json_string(std::string_view raw) {
  std::string out;
  append_json_string(out, raw);
  return out;
}

void append_json_string(std::string& out, std::string_view raw) {
  // Most strings hold nothing to escape or clean (no C0 byte, quote, backslash, DEL, or the
  // 0xC2 that starts a C1 control): one scan and one copy.
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> special{};
    for (int c = 0; c < 0x20; ++c) special[c] = true;
    for (int c : {0x22, 0x5C, 0x7F, 0xC2}) special[c] = true;  // " \\ DEL, C1's first byte
    return special;
  }();
  const bool as_is = std::none_of(raw.begin(), raw.end(), [](char c) { return kSpecial[static_cast<unsigned char>(c)]; });
  if (as_is) {
    out.reserve(out.size() + raw.size() + 2);
    out += '"';
    out += raw;
    out += '"';
    return;
  }
  std::string cleaned;  // no control character, escaped or not
  if (has_control_characters(raw)) cleaned = printable(raw);
  const std::string_view s = cleaned.empty() ? raw : std::string_view(cleaned);
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, plain, i - plain);
    plain = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
    }
  }
  out.append(s, plain);
  out += '"';
}

JsonObject& JsonObject::add(std::string_view name, std::string_view json) {
  if (!body_.empty()) body_ += ",";
  body_ += json_string(name);
  body_ += ":";
  body_ += json;
  return *this;
}

JsonObject& JsonObject::text(std::string_view name, std::string_view value) { return add(name, json_string(value)); }
JsonObject& JsonObject::integer(std::string_view name, long long value) { return add(name, std::to_string(value)); }
JsonObject& JsonObject::number(std::string_view name, const std::optional<double>& value, int decimals) {
  return add(name, value ? format_number(*value, decimals) : "null");
}
JsonObject& JsonObject::boolean(std::string_view name, bool value) { return add(name, value ? "true" : "false"); }
JsonObject& JsonObject::null(std::string_view name) { return add(name, "null"); }
JsonObject& JsonObject::raw(std::string_view name, std::string_view json) { return add(name, json); }

void write_json_array(std::ostream& out, const std::vector<JsonObject>& objects) {
  out << '[';
  for (std::size_t i = 0; i < objects.size(); ++i) out << (i ? ",\n  " : "\n  ") << objects[i].str();
  out << (objects.empty() ? "]\n" : "\n]\n");
}

}  // namespace canvass
