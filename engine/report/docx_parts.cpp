#include "report/docx_parts.hpp"

#include "report/docx_writer.hpp"

namespace canvass {

namespace {

constexpr const char* kXml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A paragraph style based on Normal (or `based_on`), with its own pPr and rPr.
std::string style(const std::string& id, const std::string& name, const std::string& ppr, const std::string& rpr,
                  const std::string& based_on = "Normal", bool quick = true) {
  return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/><w:basedOn w:val=\"" +
         based_on + "\"/><w:next w:val=\"Normal\"/>" + (quick ? "<w:qFormat/>" : "") + "<w:pPr>" + ppr +
         "</w:pPr><w:rPr>" + rpr + "</w:rPr></w:style>";
}

std::string heading(int level, int size_half_points, const std::string& space_before) {
  const std::string n = std::to_string(level);
  return style("Heading" + n, "heading " + n,
               "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + space_before +
                   "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level - 1) + "\"/>",
               "<w:b/><w:sz w:val=\"" + std::to_string(size_half_points) + "\"/>");
}

std::string bullet(const std::string& id, const std::string& name, int level) {
  const std::string indent = std::to_string(360 * (level + 1));
  return style(id, name,
               "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"1\"/></w:numPr>"
               "<w:spacing w:after=\"60\"/><w:ind w:left=\"" + indent + "\" w:hanging=\"360\"/>",
               "", "Normal", false);
}

}  // namespace

std::string docx_content_types() {
  return std::string(kXml) +
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Default Extension=\"png\" ContentType=\"image/png\"/>"
         "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>"
         "<Override PartName=\"/word/document.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
         "<Override PartName=\"/word/numbering.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
         "<Override PartName=\"/word/settings.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" "
         "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "</Types>";
}

std::string docx_package_relationships() {
  return std::string(kXml) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" + kRel + "/officeDocument\" Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" "
         "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
         "Target=\"docProps/core.xml\"/></Relationships>";
}

std::string docx_core_properties(const std::string& title) {
  return std::string(kXml) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + xml_text(title) +
         "</dc:title><dc:creator>canvass</dc:creator></cp:coreProperties>";
}

std::string docx_relationship(const std::string& id, const std::string& type, const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + kRel + "/" + type + "\" Target=\"" + target + "\"/>";
}

std::string docx_document_relationships(const std::string& image_relationships) {
  return std::string(kXml) + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
         docx_relationship("rIdStyles", "styles", "styles.xml") +
         docx_relationship("rIdNumbering", "numbering", "numbering.xml") +
         docx_relationship("rIdSettings", "settings", "settings.xml") + image_relationships + "</Relationships>";
}

std::string docx_document(const std::string& body) {
  return std::string(kXml) + "<w:document xmlns:w=\"" + kW + "\" xmlns:r=\"" + kRel +
         "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
         "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
         "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\n<w:body>\n" +
         body +
         "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
         "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" "
         "w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>\n</w:body>\n</w:document>";
}

std::string docx_styles(const std::string& language) {
  return std::string(kXml) + "<w:styles xmlns:w=\"" + kW +
         "\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" "
         "w:eastAsia=\"Calibri\" w:cs=\"Calibri\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"" +
         xml_text(language) +
         "\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" "
         "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
         "</w:style>" +
         style("Title", "Title", "<w:keepNext/><w:spacing w:after=\"240\"/>", "<w:sz w:val=\"48\"/>") +
         heading(1, 32, "360") + heading(2, 26, "240") + heading(3, 24, "200") +
         style("Caption", "caption", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/>",
               "<w:b/><w:sz w:val=\"20\"/>") +
         style("Quote", "Quote", "<w:ind w:left=\"567\" w:right=\"567\"/>", "<w:i/>") +
         bullet("ListBullet", "List Bullet", 0) + bullet("ListBullet2", "List Bullet 2", 1) +
         bullet("ListBullet3", "List Bullet 3", 2) +
         style("TableText", "Table Text", "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
               "<w:sz w:val=\"18\"/>", "Normal", false) +
         "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
         "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
         "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" "
         "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
         "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
         "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
         "</w:pPr><w:tblPr><w:tblBorders>"
         "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
         "</w:tblBorders></w:tblPr></w:style></w:styles>";
}

std::string docx_numbering() {
  std::string levels;
  const char* bullets[] = {"\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x97\xA6"};  // • – ◦
  for (int l = 0; l < 3; ++l)
    levels += "<w:lvl w:ilvl=\"" + std::to_string(l) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
              "<w:lvlText w:val=\"" + bullets[l] + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"" +
              std::to_string(360 * (l + 1)) + "\" w:hanging=\"360\"/></w:pPr></w:lvl>";
  return std::string(kXml) + "<w:numbering xmlns:w=\"" + kW +
         "\"><w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>" + levels +
         "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

std::string docx_settings(const std::string& language) {
  return std::string(kXml) + "<w:settings xmlns:w=\"" + kW +
         "\"><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
         "<w:themeFontLang w:val=\"" + xml_text(language) + "\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" "
         "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat></w:settings>";
}

std::string docx_inline_picture(int number, const std::string& name, const std::string& description,
                                const std::string& png_id, const std::string& svg_id, long cx, long cy) {
  const std::string size = "cx=\"" + std::to_string(cx) + "\" cy=\"" + std::to_string(cy) + "\"";
  const std::string descr = xml_text(description);
  return "<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent " + size +
         "/><wp:docPr id=\"" + std::to_string(number) + "\" name=\"" + name + "\" descr=\"" + descr +
         "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
         "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
         "<pic:nvPicPr><pic:cNvPr id=\"" + std::to_string(number) + "\" name=\"" + name + ".png\" descr=\"" + descr +
         "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + png_id +
         "\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\"><asvg:svgBlip "
         "xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"" + svg_id +
         "\"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>"
         "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext " + size +
         "/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>"
         "</a:graphic></wp:inline></w:drawing>";
}

}  // namespace canvass
