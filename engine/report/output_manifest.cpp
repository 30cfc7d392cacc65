#include "report/output_manifest.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include "report/json_writer.hpp"
#include "text/sha256.hpp"

namespace canvass {

namespace fs = std::filesystem;

namespace {

// Writes `content` to `path` through a temporary file, so a reader never sees half of it.
Status write_whole(const fs::path& path, const std::string& content) {
  const fs::path tmp = path.string() + ".canvass-tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << content;
    f.flush();
    if (!f) return Error{{tmp.string()}, "cannot write the file", Error::Kind::io};
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return Error{{path.string()}, "cannot write the file: " + ec.message(), Error::Kind::io};
  }
  return Ok{};
}

std::string manifest_json(const OutputManifest& m) {
  std::ostringstream out;
  out << "{\n  \"written_by\": \"canvass\",\n  \"steps\": {";
  const char* step_sep = "\n";
  for (const auto& [name, step] : m.steps) {
    out << step_sep << "    " << json_string(name) << ": {\n      \"inputs\": " << json_string(step.inputs)
        << ",\n      \"files\": {";
    const char* sep = "\n";
    for (const auto& [file, hash] : step.files) {
      out << sep << "        " << json_string(file) << ": " << json_string(hash);
      sep = ",\n";
    }
    out << (step.files.empty() ? "}" : "\n      }") << ",\n      \"pending\": [";
    sep = "";
    for (const auto& file : step.pending) {
      out << sep << json_string(file);
      sep = ", ";
    }
    out << "]\n    }";
    step_sep = ",\n";
  }
  out << (m.steps.empty() ? "}" : "\n  }") << "\n}\n";
  return out.str();
}

// The content canvass recorded for `name` is what the folder holds now (or the file was
// being replaced): the file is canvass's to replace or remove.
bool canvass_owns(const fs::path& folder, const OutputManifest& m, const std::string& name) {
  const fs::path path = folder / name;
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(path, ec))) return false;  // canvass never makes links
  std::optional<std::string> hash;
  for (const auto& [_, step] : m.steps) {
    if (step.pending.count(name)) return true;
    const auto it = step.files.find(name);
    if (it == step.files.end()) continue;
    if (!hash) hash = sha256_file_hex(path.string());
    if (hash && *hash == it->second) return true;
  }
  return false;
}

bool present(const fs::path& path) {  // a file, folder or link, even a dangling one
  std::error_code ec;
  return fs::exists(fs::symlink_status(path, ec));
}

}  // namespace

Result<OutputManifest> read_manifest(const std::string& folder) {
  const fs::path path = fs::path(folder) / kManifestName;
  OutputManifest m;
  if (!present(path)) return m;
  const Error unreadable{{path.string()},
                         "not a manifest canvass can read: remove it (canvass then treats every file in the folder "
                         "as yours and overwrites none)",
                         Error::Kind::io};
  try {
    boost::property_tree::ptree tree;
    boost::property_tree::read_json(path.string(), tree);
    for (const auto& [name, node] : tree.get_child("steps")) {
      OutputManifest::Step& step = m.steps[name];
      step.inputs = node.get<std::string>("inputs");
      for (const auto& [file, hash] : node.get_child("files")) step.files[file] = hash.get_value<std::string>();
      for (const auto& [_, file] : node.get_child("pending")) step.pending.insert(file.get_value<std::string>());
    }
  } catch (const std::exception&) {
    return unreadable;
  }
  for (const auto& [_, step] : m.steps)
    for (const auto& [file, __] : step.files)
      if (file.empty() || file.find('/') != std::string::npos || file == "." || file == "..") return unreadable;
  return m;
}

bool outputs_current(const std::string& folder, const OutputManifest& manifest, const std::string& step,
                     const std::string& inputs) {
  const auto it = manifest.steps.find(step);
  if (inputs.empty() || it == manifest.steps.end() || it->second.inputs != inputs || !it->second.pending.empty())
    return false;
  for (const auto& [name, hash] : it->second.files) {
    const auto now = sha256_file_hex((fs::path(folder) / name).string());
    if (!now || *now != hash) return false;
  }
  return true;
}

OutputsWritten reused_outputs(const std::string& folder, const OutputManifest& manifest, const std::string& step) {
  OutputsWritten out;
  out.reused = true;
  if (const auto it = manifest.steps.find(step); it != manifest.steps.end())
    for (const auto& [name, _] : it->second.files) out.files.push_back((fs::path(folder) / name).string());
  return out;
}

Result<OutputsWritten> replace_outputs(const std::string& folder, const std::string& step, const std::string& inputs,
                                       const std::map<std::string, std::string>& files) {
  auto manifest = read_manifest(folder);
  if (!manifest) return manifest.error();
  const fs::path dir(folder);

  std::vector<std::string> not_ours;
  for (const auto& [name, _] : files)
    if (present(dir / name) && !canvass_owns(dir, *manifest, name)) not_ours.push_back(name);
  if (!not_ours.empty()) {
    std::string more = not_ours.size() > 1 ? " (and " + std::to_string(not_ours.size() - 1) + " more)" : "";
    return Error{{(dir / not_ours.front()).string()},
                 "canvass did not write this file (or it was changed since), so it is left alone" + more +
                     ": move it away or choose another outputs folder",
                 Error::Kind::io};
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Error{{folder}, "cannot create the outputs folder: " + ec.message(), Error::Kind::io};

  // First the intent: each file about to be written is canvass's whatever it holds.
  OutputManifest next = *manifest;
  for (auto& [name, other] : next.steps)
    if (name != step)
      for (const auto& [file, _] : files) other.files.erase(file);
  const OutputManifest::Step before = next.steps[step];
  for (const auto& [file, _] : files) next.steps[step].pending.insert(file);
  CANVASS_TRY(write_whole(dir / kManifestName, manifest_json(next)));

  OutputsWritten out;
  OutputManifest::Step done;
  done.inputs = inputs;
  for (const auto& [name, content] : files) {
    CANVASS_TRY(write_whole(dir / name, content));
    done.files[name] = sha256_hex(content);
    out.files.push_back((dir / name).string());
  }
  std::set<std::string> earlier = before.pending;
  for (const auto& [name, _] : before.files) earlier.insert(name);
  for (const auto& name : earlier) {
    if (files.count(name) || !present(dir / name)) continue;
    if (canvass_owns(dir, *manifest, name)) {
      fs::remove(dir / name, ec);
      out.removed.push_back((dir / name).string());
    } else {
      out.kept.push_back((dir / name).string());
    }
  }
  next.steps[step] = std::move(done);
  CANVASS_TRY(write_whole(dir / kManifestName, manifest_json(next)));
  return out;
}

}  // namespace canvass
