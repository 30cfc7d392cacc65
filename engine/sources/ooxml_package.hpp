// The Open Packaging Conventions layer shared by XLSX and DOCX: what kind of document a
// ZIP holds ([Content_Types].xml), and where relationships point (_rels/*.rels).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "sources/zip_archive.hpp"

namespace canvass {

enum class OoxmlKind { spreadsheet, word, presentation, other };

// The kind of the package's main document, from its content types. An error when the
// archive has no (readable) [Content_Types].xml: then it is not an Office document.
Result<OoxmlKind> ooxml_kind(ZipArchive& zip);

struct Relationship {
  std::string id;
  std::string type;    // full URI; compare its last segment ("officeDocument", "worksheet")
  std::string target;  // resolved to a part name inside the archive ("xl/worksheets/sheet1.xml")
  bool external = false;
};

// The relationships of `part` ("" for the package itself), read from its .rels part;
// empty when there is none.
Result<std::vector<Relationship>> read_relationships(ZipArchive& zip, std::string_view part);

// True when `type` ends with "/" + `last` (transitional and strict URIs differ only before it).
bool relationship_is(const Relationship& r, std::string_view last);

// `target` relative to the folder of `source_part`, with "." and ".." resolved.
std::string resolve_part_name(std::string_view source_part, std::string_view target);

}  // namespace canvass
