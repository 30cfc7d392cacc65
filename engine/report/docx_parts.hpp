// The fixed parts of report.docx: content types, relationships, styles (Word's built-in
// names and ids, so templates restyle them), bullet numbering, settings, core properties,
// and the DrawingML of an inline picture with its SVG.
#pragma once

#include <string>

namespace canvass {

std::string docx_content_types();
std::string docx_package_relationships();
std::string docx_core_properties(const std::string& title);
std::string docx_relationship(const std::string& id, const std::string& type, const std::string& target);
std::string docx_document_relationships(const std::string& image_relationships);
std::string docx_document(const std::string& body);
std::string docx_styles(const std::string& language);
std::string docx_numbering();
std::string docx_settings(const std::string& language);
// An inline picture: the PNG (`png_id`) with the SVG (`svg_id`) in Word's svgBlip
// extension; `description` is its alternative text; cx, cy in EMU.
std::string docx_inline_picture(int number, const std::string& name, const std::string& description,
                                const std::string& png_id, const std::string& svg_id, long cx, long cy);

}  // namespace canvass
