// Writes JSON without a library: strings escaped per RFC 8259, objects built field by
// field in a fixed order, arrays of objects one per line so diffs stay readable.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace canvass {

// `s` as a quoted JSON string (control characters escaped, UTF-8 passed through).
std::string json_string(std::string_view s);
// The same appended to `out`: what a writer building a long JSON text uses.
void append_json_string(std::string& out, std::string_view s);

class JsonObject {
 public:
  JsonObject& text(std::string_view name, std::string_view value);
  JsonObject& integer(std::string_view name, long long value);
  // Rounded to `decimals` places, or null when empty.
  JsonObject& number(std::string_view name, const std::optional<double>& value, int decimals);
  JsonObject& boolean(std::string_view name, bool value);
  JsonObject& null(std::string_view name);
  JsonObject& raw(std::string_view name, std::string_view json);  // a value already in JSON
  std::string str() const { return "{" + body_ + "}"; }

 private:
  JsonObject& add(std::string_view name, std::string_view json);
  std::string body_;
};

// "[\n  {...},\n  {...}\n]\n"
void write_json_array(std::ostream& out, const std::vector<JsonObject>& objects);

}  // namespace canvass
