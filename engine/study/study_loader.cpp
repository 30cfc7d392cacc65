#include "study/study_loader.hpp"
#include "model/install_paths.hpp"

#include <charconv>
#include <filesystem>

#include "sources/file_bytes.hpp"
#include "sources/xml_reader.hpp"
#include "study/study_schema_words.hpp"

namespace canvass {

namespace fs = std::filesystem;

namespace {

// A study file is small; anything bigger is not one (and is not worth parsing).
constexpr std::size_t kMaxStudyBytes = std::size_t{4} << 20;

std::string resolve(const fs::path& folder, std::string_view relative) {
  const fs::path p{std::string(relative)};
  return (p.is_absolute() ? p : folder / p).lexically_normal().string();
}

// Builds the StudyConfig from the parse events. The schema has already checked the
// shape, so this only copies values; it still refuses what it does not understand.
class StudyVisitor : public XmlVisitor {
 public:
  StudyVisitor(StudyConfig& study, std::string path) : study_(study), path_(std::move(path)) {}

  void start_element(const XmlElement& e) override {
    const std::string parent = stack_.empty() ? std::string{} : stack_.back();  // a copy: emplace_back may move it
    stack_.emplace_back(e.name);
    text_.clear();
    auto attr = [&](std::string_view name) { return std::string(e.attribute(name).value_or("")); };
    if (e.name == "study") {
      study_.title = attr("title");
      if (auto s = e.attribute("store")) study_.store = resolve(study_.folder, *s);
      study_.batch_label = attr("batch");
    } else if (e.name == "sources") {
      if (auto f = e.attribute("folder")) study_.sources_folder = resolve(study_.folder, *f);
    } else if (e.name == "source" && parent == "sources") {
      StudySource s;
      s.files = attr("files");
      s.platform = attr("platform");
      s.label = attr("label");
      s.sheet = attr("sheet");
      s.optional = attr("optional") == "true" || attr("optional") == "1";
      const std::string kind = attr("kind");
      s.kind = kind == "survey" ? SourceKind::survey : kind == "notes" ? SourceKind::notes : SourceKind::automatic;
      s.where = Location{path_, line(), column()};
      study_.sources.push_back(std::move(s));
    } else if (e.name == "override") {
      study_.scale_overrides.push_back({attr("question"), attr("scale"), Location{path_, line(), column()}});
    } else if (e.name == "reverse") {
      study_.reverse_items.push_back({attr("item"), Location{path_, line(), column()}});
    } else if (e.name == "by") {
      study_.breakdowns.push_back(attr("attribute"));
      study_.breakdown_where.push_back(Location{path_, line(), column()});
    } else if (e.name == "suppression") {
      const std::string v = attr("min-cell");
      long n = 0;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc{} || end != v.data() + v.size()) return stop("min-cell must be a whole number");
      study_.min_cell = n;
    } else if (e.name == "theme") {
      study_.themes.push_back({attr("name"), {}});
    } else if (e.name == "outputs") {
      if (auto f = e.attribute("folder")) study_.output_folder = resolve(study_.folder, *f);
    }
  }

  void characters(std::string_view text) override { text_ += text; }

  void end_element(std::string_view name, std::string_view) override {
    const std::string_view parent = stack_.size() >= 2 ? std::string_view(stack_[stack_.size() - 2]) : "";
    if (name == "keyword" && !study_.themes.empty()) study_.themes.back().keywords.push_back(trimmed());
    if (name == "name" && parent == "redact") study_.names_to_redact.push_back(trimmed());
    if (name == "format") study_.formats.push_back(trimmed());
    stack_.pop_back();
    text_.clear();
  }

 private:
  std::string trimmed() const {
    const auto first = text_.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text_.substr(first, text_.find_last_not_of(" \t\r\n") - first + 1);
  }

  StudyConfig& study_;
  std::string path_;
  std::vector<std::string> stack_;
  std::string text_;
};

}  // namespace

std::string study_schema_path() { return install_dir() + "/schemas/study.xsd"; }

Result<StudyConfig> parse_study(std::string_view bytes, const std::string& path) {
  StudyConfig study;
  study.path = path;
  study.folder = fs::absolute(fs::path(path)).parent_path().lexically_normal().string();
  XmlOptions options = XmlOptions::validated_by(study_schema_path());
  options.refuse_doctype = true;  // a study file has no use for a DTD, and DTDs are the attack surface
  StudyVisitor visitor(study, path);
  if (auto parsed = parse_xml(bytes, Location{path}, visitor, options); !parsed)
    return explain_study_error(parsed.error(), bytes, options.schema_path);
  if (study.title.empty()) return Error{{path}, "the study has no title"};
  const fs::path folder(study.folder);
  if (study.store.empty()) study.store = (folder / fs::path(path).filename()).replace_extension(".db").string();
  if (study.sources_folder.empty()) study.sources_folder = study.folder;
  if (study.output_folder.empty()) study.output_folder = (folder / "report").string();
  return study;
}

Result<StudyConfig> load_study(const std::string& path) {
  auto bytes = read_file_bytes(path, kMaxStudyBytes);
  if (!bytes) return bytes.error();
  return parse_study(*bytes, path);
}

}  // namespace canvass
