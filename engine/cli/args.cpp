#include "cli/args.hpp"

namespace canvass::cli {

std::optional<std::string> Args::get(const std::string& option) const {
  auto it = values.find(option);
  if (it == values.end() || it->second.empty()) return std::nullopt;
  return it->second.back();
}

std::string Args::get_or(const std::string& option, const std::string& fallback) const {
  return get(option).value_or(fallback);
}

const std::vector<std::string>& Args::all(const std::string& option) const {
  static const std::vector<std::string> kNone;
  auto it = values.find(option);
  return it == values.end() ? kNone : it->second;
}

Result<Args> parse_args(const std::vector<std::string>& argv, const ArgSpec& spec) {
  Args args;
  auto usage = [](std::string msg) { return Error{{"canvass"}, std::move(msg), Error::Kind::usage}; };
  for (std::size_t i = 0; i < argv.size(); ++i) {
    std::string a = argv[i];
    if (a == "--") {
      for (++i; i < argv.size(); ++i) args.inputs.push_back(argv[i]);
      break;
    }
    if (a.size() < 2 || a.rfind("--", 0) != 0) {
      args.inputs.push_back(a);
      continue;
    }
    std::optional<std::string> inline_value;
    if (auto eq = a.find('='); eq != std::string::npos) {
      inline_value = a.substr(eq + 1);
      a = a.substr(0, eq);
    }
    if (spec.flags.count(a)) {
      if (inline_value) return usage(a + " takes no value");
      args.flags.insert(a);
    } else if (spec.options.count(a)) {
      if (!inline_value && i + 1 >= argv.size()) return usage(a + " needs a value");
      if (args.values.count(a) && !spec.repeatable.count(a)) return usage(a + " given twice");
      args.values[a].push_back(inline_value ? *inline_value : argv[++i]);
    } else {
      return usage("unknown option " + a + " (see --help)");
    }
  }
  return args;
}

}  // namespace canvass::cli
