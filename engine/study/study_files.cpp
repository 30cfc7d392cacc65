#include "study/study_files.hpp"

#include <filesystem>
#include <set>

#include "layouts/limesurvey_labels.hpp"
#include "study/source_glob.hpp"

namespace canvass {

namespace fs = std::filesystem;

namespace {

// A file read alongside another, not a source of its own: ODK's form `<stem>.xlsform.csv`
// beside the data `<stem>.csv`, Triple-S data `<stem>.asc`/`.dat` beside its `<stem>.sss`,
// and a LimeSurvey structure file (.lss) beside the export it labels.
bool is_companion(const fs::path& file) {
  std::error_code ec;
  const std::string name = file.filename().string();
  const std::string form_suffix = ".xlsform.csv";
  if (name.size() > form_suffix.size() && name.compare(name.size() - form_suffix.size(), form_suffix.size(), form_suffix) == 0)
    return fs::exists(file.parent_path() / (name.substr(0, name.size() - form_suffix.size()) + ".csv"), ec);
  const std::string ext = file.extension().string();
  if (ext == ".lss") return labels_an_export_beside_it(file.string());
  if (ext == ".asc" || ext == ".dat") {
    fs::path sss = file;
    return fs::exists(sss.replace_extension(".sss"), ec) || fs::exists(sss.replace_extension(".xml"), ec);
  }
  return false;
}

// Paths the run itself writes or reads as configuration.
bool belongs_to_the_run(const StudyConfig& study, const fs::path& file) {
  const std::string f = file.lexically_normal().string();
  const std::string study_file = fs::absolute(study.path).lexically_normal().string();
  if (f == study_file) return true;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    if (f == study.store + suffix) return true;
  const std::string out = fs::path(study.output_folder).lexically_normal().string() + "/";
  return f.rfind(out, 0) == 0;
}

// A folder a source may come from, resolved through its links.
fs::path real_folder(const std::string& folder) {
  std::error_code ec;
  fs::path real = fs::canonical(folder, ec);
  return ec ? fs::path(folder).lexically_normal() : real;
}

bool inside(const fs::path& file, const fs::path& folder) {
  const auto rel = file.lexically_relative(folder);
  return !rel.empty() && *rel.begin() != ".." && !rel.is_absolute();
}

}  // namespace

bool is_office_lock_file(const fs::path& file) { return file.filename().string().rfind("~$", 0) == 0; }

StudyFiles study_files(const StudyConfig& study) {
  StudyFiles out;
  std::set<std::string> seen;
  const fs::path folder(study.folder);
  // Sources stay inside the study's folder, or the folder <sources folder="..."> names
  // outright: "../", absolute paths and links leading elsewhere are refused, never read.
  const fs::path confined[] = {real_folder(study.folder), real_folder(study.sources_folder)};
  auto add = [&](const std::string& pattern, const fs::path& base, const StudySource& source) {
    const auto matches = expand_glob(base, pattern);
    std::size_t added = 0;
    for (const auto& m : matches) {
      const fs::path real = (fs::path(m).is_absolute() ? fs::path(m) : base / m).lexically_normal();
      if (belongs_to_the_run(study, real) || is_companion(real)) continue;
      if (is_office_lock_file(real)) {  // "~$staff.xlsx": the workbook is open in Excel, not a second source
        out.notes.push_back(Error{source.where, "skipped " + real.filename().string() +
                                                    ": Excel's lock file for an open workbook, not a survey export"});
        continue;
      }
      std::error_code ec;
      const fs::path target = fs::canonical(real, ec);
      if (ec || !(inside(target, confined[0]) || inside(target, confined[1]))) {
        out.problems.push_back(Error{source.where, "refused source " + m +
                                                        ": it is outside the study's folder (name another folder "
                                                        "with <sources folder=\"...\"> to read from it)",
                                     Error::Kind::io});
        ++added;
        continue;
      }
      ++added;
      std::string logical = real.lexically_relative(folder).generic_string();
      if (!source.sheet.empty()) logical += "#" + source.sheet;
      if (!seen.insert(logical).second) continue;
      out.files.push_back({real.string(), logical, source.kind, source.platform, source.label, source.sheet});
    }
    if (added > 0) return;
    if (is_glob(pattern) && source.optional)
      out.notes.push_back(Error{source.where, "no file matches the optional source pattern '" + pattern + "'"});
    else if (is_glob(pattern))
      out.problems.push_back(Error{source.where, "no file matches the source pattern '" + pattern +
                                                     "' (check the spelling, or mark the source optional=\"true\")"});
    else
      out.problems.push_back(Error{source.where, "source file not found: " + pattern, Error::Kind::io});
  };
  if (study.sources.empty()) {
    StudySource everything;
    everything.files = "**";
    everything.where = Location{study.path};
    add("**/*", fs::path(study.sources_folder), everything);
  }
  for (const auto& source : study.sources) add(source.files, folder, source);
  return out;
}

}  // namespace canvass
