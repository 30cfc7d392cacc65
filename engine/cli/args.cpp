#include "cli/args.hpp"

#include "cli/suggest.hpp"

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
  const std::string who = spec.command.empty() ? "canvass" : "canvass " + spec.command;
  auto usage = [&](std::string msg) { return Error{{who}, std::move(msg), Error::Kind::usage}; };
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
      std::vector<std::string> known(spec.options.begin(), spec.options.end());
      known.insert(known.end(), spec.flags.begin(), spec.flags.end());
      known.push_back("--help");
      const std::string hint = did_you_mean(a, known, /*quoted=*/false);
      return usage("unknown option " + a + (spec.command.empty() ? "" : " for " + spec.command) +
                   (hint.empty() ? " (see --help)" : hint));
    }
  }
  return args;
}

}  // namespace canvass::cli
