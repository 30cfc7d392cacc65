// Errors as values: a Location (file, line, column) and a message, and Result<T>,
// which holds either a value or an Error. Nothing in the engine throws across layers.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace canvass {

// Where something is: a file and, when known, a 1-based line and column
// (or, for containers, the part inside the file such as "xl/worksheets/sheet1.xml").
struct Location {
  Location() = default;
  Location(std::string file_, std::size_t line_ = 0, std::size_t column_ = 0, std::string part_ = {})
      : file(std::move(file_)), line(line_), column(column_), part(std::move(part_)) {}

  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string part;

  // "file:line:column", leaving out what is unknown.
  std::string to_string() const;
};

// What went wrong and where. `kind` decides the exit code at the command line.
struct Error {
  enum class Kind { input, usage, io };
  Location where;
  std::string message;
  Kind kind = Kind::input;

  // One line: "file:line:column: message".
  std::string to_string() const;
};

// Either a T or an Error.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Ok {};
// Success with no value, or an Error.
using Status = Result<Ok>;

}  // namespace canvass

// Returns the error from a function returning Status/Result when `expr` failed.
#define CANVASS_TRY(expr)                          \
  do {                                             \
    if (auto canvass_try_ = (expr); !canvass_try_) \
      return canvass_try_.error();                 \
  } while (0)
