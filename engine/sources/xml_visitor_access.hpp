// Lets the XML parsers (Xerces' event adapter, the workbook scanner) read a visitor's stop
// request and tell it where the parse is. Internal to sources/.
#pragma once

#include <optional>
#include <string>

#include "sources/xml_reader.hpp"

namespace canvass {

struct XmlVisitorAccess {
  static std::optional<std::string>& stop(XmlVisitor& v) { return v.stop_; }
  static void set_locator(XmlVisitor& v, const void* l) { v.locator_ = l; }
};

}  // namespace canvass
