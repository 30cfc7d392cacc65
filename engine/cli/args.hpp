// Command-line arguments for one command: options that take a value, flags, and
// positional inputs; anything unknown is a usage error (exit code 2).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/error.hpp"

namespace canvass::cli {

struct ArgSpec {
  std::set<std::string> options;  // take a value: "--db FILE" or "--db=FILE"
  std::set<std::string> flags;    // stand alone: "--summary"
  std::set<std::string> repeatable;  // options that may be given more than once
  std::string command;               // "dist": names the command in usage errors
};

struct Args {
  std::vector<std::string> inputs;
  std::map<std::string, std::vector<std::string>> values;
  std::set<std::string> flags;

  bool has(const std::string& flag) const { return flags.count(flag) > 0; }
  std::optional<std::string> get(const std::string& option) const;
  std::string get_or(const std::string& option, const std::string& fallback) const;
  const std::vector<std::string>& all(const std::string& option) const;
};

Result<Args> parse_args(const std::vector<std::string>& argv, const ArgSpec& spec);

// Exit codes of the command-line contract.
enum ExitCode : int { kSuccess = 0, kSomeRejected = 1, kUsage = 2, kNothingRead = 3 };

}  // namespace canvass::cli
