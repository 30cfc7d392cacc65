// The one way canvass parses XML (XLSX/DOCX parts, Triple-S, study config, scale
// vocabulary): Xerces-C SAX2 that never reads a file or the network, bounds entity expansion,
// optionally refuses any DOCTYPE and validates against an XSD the caller names.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/error.hpp"

namespace canvass {

// Keeps Xerces-C initialised while it lives (Xerces counts nested initialisations, so
// guards nest). Hold one around a batch of parses so each parse does not set up and tear
// down the library again.
class XmlRuntime {
 public:
  XmlRuntime();
  ~XmlRuntime();
  XmlRuntime(const XmlRuntime&) = delete;
  XmlRuntime& operator=(const XmlRuntime&) = delete;
};

struct XmlOptions {
  // Fail on any <!DOCTYPE>: OOXML forbids one, so every XLSX/DOCX part is read this way.
  bool refuse_doctype = false;
  // An XSD to validate against, loaded from this path (e.g. "schemas/triple-s.xsd");
  // schemaLocation hints inside documents are never followed. Empty: no validation.
  std::string schema_path;
  // Entity references expanded before the parse is stopped (billion laughs).
  std::size_t max_entity_expansions = 1000;

  // For OOXML parts (XLSX, DOCX): no DOCTYPE.
  static XmlOptions ooxml() {
    XmlOptions o;
    o.refuse_doctype = true;
    return o;
  }
  static XmlOptions validated_by(std::string schema) {
    XmlOptions o;
    o.schema_path = std::move(schema);
    return o;
  }
};

struct XmlAttribute {
  std::string_view name;  // local name, without a prefix
  std::string_view uri;   // namespace URI, empty when none
  std::string_view value;
};

// An element's start, valid only during the start_element call.
struct XmlElement {
  std::string_view name;  // local name
  std::string_view uri;   // namespace URI
  const std::vector<XmlAttribute>& attributes;

  // The value of the attribute with local name `local` (any namespace), if present.
  std::optional<std::string_view> attribute(std::string_view local) const;
};

// What a reader does with the document. Text may arrive in several characters() calls.
class XmlVisitor {
 public:
  virtual ~XmlVisitor() = default;
  virtual void start_element(const XmlElement&) {}
  virtual void characters(std::string_view) {}
  virtual void end_element(std::string_view /*name*/, std::string_view /*uri*/) {}

  // Stops the parse from inside a callback: parse() returns an Error with `message` at
  // the current line and column.
  void stop(std::string message) { stop_ = std::move(message); }
  // Line and column of the event being reported (1-based; 0 outside a parse).
  std::size_t line() const;
  std::size_t column() const;

 private:
  friend struct XmlVisitorAccess;  // the parser's event adapter, in xml_reader.cpp
  std::optional<std::string> stop_;
  const void* locator_ = nullptr;  // the Xerces Locator during a parse
};

// A parser with its options; it keeps a loaded schema for many parses.
class XmlParser {
 public:
  // Loads the schema in options.schema_path, if any; an error names the schema file.
  static Result<XmlParser> create(XmlOptions options);

  XmlParser(XmlParser&&) noexcept;
  XmlParser& operator=(XmlParser&&) noexcept;
  ~XmlParser();

  // Parses `bytes` (any encoding the XML declaration names; UTF-8 by default), reporting
  // events to `visitor`. `where` names the file (and the part inside a container) in
  // errors, which carry line and column.
  Status parse(std::string_view bytes, const Location& where, XmlVisitor& visitor);

  // Parses a document whose bytes arrive in pieces (a ZIP part being inflated): `source`
  // fills up to n bytes and returns how many, 0 at the end; its error ends the parse and
  // is returned as it is. Only the parser's own buffer is held, never the document.
  using ByteSource = std::function<Result<std::size_t>(char* into, std::size_t n)>;
  Status parse(const ByteSource& source, const Location& where, XmlVisitor& visitor);

 private:
  struct Impl;
  explicit XmlParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// One parse with a parser made for it.
Status parse_xml(std::string_view bytes, const Location& where, XmlVisitor& visitor, const XmlOptions& options = {});

}  // namespace canvass
