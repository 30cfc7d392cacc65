#include "sources/ooxml_package.hpp"

#include "sources/xml_reader.hpp"

namespace canvass {
namespace {

struct ContentTypes : XmlVisitor {
  std::string main_type;  // content type of the first main document found
  void start_element(const XmlElement& e) override {
    if (e.name != "Override" && e.name != "Default") return;
    const auto type = e.attribute("ContentType");
    if (!type || !main_type.empty()) return;
    for (std::string_view main : {".sheet.main+xml", ".template.main+xml", ".document.main+xml",
                                  ".presentation.main+xml", "ms-excel.sheet.macroEnabled.main+xml",
                                  "ms-word.document.macroEnabled.main+xml"})
      if (type->size() >= main.size() && type->substr(type->size() - main.size()) == main) main_type = *type;
  }
};

struct Relationships : XmlVisitor {
  std::string source;
  std::vector<Relationship> out;
  void start_element(const XmlElement& e) override {
    if (e.name != "Relationship") return;
    Relationship r;
    r.id = std::string(e.attribute("Id").value_or(""));
    r.type = std::string(e.attribute("Type").value_or(""));
    r.external = e.attribute("TargetMode").value_or("") == "External";
    const std::string target(e.attribute("Target").value_or(""));
    r.target = r.external ? target : resolve_part_name(source, target);
    out.push_back(std::move(r));
  }
};

bool contains(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }

}  // namespace

std::string resolve_part_name(std::string_view source_part, std::string_view target) {
  std::string joined;
  if (!target.empty() && target.front() == '/') {
    joined = std::string(target.substr(1));
  } else {
    const auto slash = source_part.rfind('/');
    joined = slash == std::string_view::npos ? std::string(target)
                                             : std::string(source_part.substr(0, slash + 1)) + std::string(target);
  }
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (const auto& s : segments) out.append(out.empty() ? "" : "/").append(s);
  return out;
}

bool relationship_is(const Relationship& r, std::string_view last) {
  return r.type.size() > last.size() && r.type.substr(r.type.size() - last.size()) == last &&
         r.type[r.type.size() - last.size() - 1] == '/';
}

Result<OoxmlKind> ooxml_kind(ZipArchive& zip) {
  if (!zip.contains("[Content_Types].xml"))
    return Error{{zip.path()}, "a ZIP archive without [Content_Types].xml: not an Office document"};
  auto bytes = zip.read("[Content_Types].xml");
  if (!bytes) return bytes.error();
  ContentTypes types;
  CANVASS_TRY(parse_xml(*bytes, Location{zip.path(), 0, 0, "[Content_Types].xml"}, types, XmlOptions::ooxml()));
  const std::string& t = types.main_type;
  if (contains(t, "spreadsheetml") || contains(t, "ms-excel")) return OoxmlKind::spreadsheet;
  if (contains(t, "wordprocessingml") || contains(t, "ms-word")) return OoxmlKind::word;
  if (contains(t, "presentationml")) return OoxmlKind::presentation;
  return OoxmlKind::other;
}

Result<std::vector<Relationship>> read_relationships(ZipArchive& zip, std::string_view part) {
  std::string rels_name;
  const auto slash = part.rfind('/');
  if (part.empty())
    rels_name = "_rels/.rels";
  else if (slash == std::string_view::npos)
    rels_name = "_rels/" + std::string(part) + ".rels";
  else
    rels_name = std::string(part.substr(0, slash + 1)) + "_rels/" + std::string(part.substr(slash + 1)) + ".rels";
  if (!zip.contains(rels_name)) return std::vector<Relationship>{};
  auto bytes = zip.read(rels_name);
  if (!bytes) return bytes.error();
  Relationships rels;
  rels.source = std::string(part);
  CANVASS_TRY(parse_xml(*bytes, Location{zip.path(), 0, 0, rels_name}, rels, XmlOptions::ooxml()));
  return std::move(rels.out);
}

}  // namespace canvass
