#include "sources/xml_reader.hpp"

#include <mutex>

#include <unicode/ustring.h>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/InputSource.hpp>
#include <xercesc/util/BinInputStream.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/parsers/SAX2XMLReaderImpl.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/OutOfMemoryException.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/SecurityManager.hpp>
#include <xercesc/util/XMLEntityResolver.hpp>
#include <xercesc/util/XMLResourceIdentifier.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/DTD/DTDElementDecl.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include "sources/file_bytes.hpp"
#include "sources/xml_visitor_access.hpp"

namespace canvass {
namespace x = xercesc;

namespace {

// Xerces counts Initialize/Terminate calls without a lock; this mutex makes guards made
// on different threads safe. It guards a call, not data of ours.
std::mutex& runtime_mutex() {
  static std::mutex m;
  return m;
}

// UTF-16 from Xerces to UTF-8, reusing `out`'s buffer; unpaired surrogates become U+FFFD.
// ASCII (element names, cell references, numbers: most of a worksheet) is narrowed in
// place without a call into ICU.
void to_utf8(const XMLCh* s, std::size_t length, std::string& out) {
  out.resize(length);
  std::size_t i = 0;
  for (; i < length && s[i] < 0x80; ++i) out[i] = static_cast<char>(s[i]);
  if (i == length) return;
  out.resize(length * 3);
  int32_t written = 0;
  UErrorCode status = U_ZERO_ERROR;
  u_strToUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &written, reinterpret_cast<const UChar*>(s),
                     static_cast<int32_t>(length), 0xFFFD, nullptr, &status);
  out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(written) : 0);
}

std::string to_utf8(const XMLCh* s) {
  std::string out;
  if (s) to_utf8(s, std::char_traits<XMLCh>::length(s), out);
  return out;
}

// Thrown from a handler to end the parse; the reason is already recorded.
struct Stopped {};

// Receives Xerces' events and passes them on as UTF-8; turns every problem into the
// first Error recorded and stops there.
class Adapter : public x::DefaultHandler, public x::XMLEntityResolver {
 public:
  const XmlOptions* options = nullptr;
  XmlVisitor* visitor = nullptr;
  Location where;
  std::optional<Error> failure;
  std::size_t expansions = 0;
  bool in_dtd = false;
  const x::Locator* locator = nullptr;

  void begin(XmlVisitor* v, const Location& w) {
    visitor = v;
    where = w;
    failure.reset();
    expansions = 0;
    in_dtd = false;
    locator = nullptr;
  }

  [[noreturn]] void fail(std::string message, std::size_t line, std::size_t column) {
    if (!failure) failure = Error{Location{where.file, line, column, where.part}, std::move(message)};
    throw Stopped{};
  }
  [[noreturn]] void fail_here(std::string message) {
    std::size_t line = 0, column = 0;
    if (locator) {
      line = static_cast<std::size_t>(locator->getLineNumber());
      column = static_cast<std::size_t>(locator->getColumnNumber());
    }
    fail(std::move(message), line, column);
  }
  void check_visitor() {
    if (visitor && XmlVisitorAccess::stop(*visitor)) fail_here(*XmlVisitorAccess::stop(*visitor));
  }

  // ContentHandler
  void setDocumentLocator(const x::Locator* const l) override {
    locator = l;
    if (visitor) XmlVisitorAccess::set_locator(*visitor, l);
  }
  void startElement(const XMLCh* const uri, const XMLCh* const localname, const XMLCh* const,
                    const x::Attributes& attrs) override {
    if (!visitor) return;
    const std::size_t n = attrs.getLength();
    storage_.resize(std::max(storage_.size(), 3 * n + 2));
    to_utf8(localname, std::char_traits<XMLCh>::length(localname), storage_[0]);
    to_utf8(uri, std::char_traits<XMLCh>::length(uri), storage_[1]);
    for (std::size_t i = 0; i < n; ++i) {
      const XMLCh* parts[3] = {attrs.getLocalName(i), attrs.getURI(i), attrs.getValue(i)};
      for (int k = 0; k < 3; ++k)
        to_utf8(parts[k], parts[k] ? std::char_traits<XMLCh>::length(parts[k]) : 0, storage_[2 + 3 * i + k]);
    }
    attributes_.clear();
    for (std::size_t i = 0; i < n; ++i)
      attributes_.push_back({storage_[2 + 3 * i], storage_[3 + 3 * i], storage_[4 + 3 * i]});
    visitor->start_element(XmlElement{storage_[0], storage_[1], attributes_});
    check_visitor();
  }
  void characters(const XMLCh* const chars, const XMLSize_t length) override {
    if (!visitor) return;
    to_utf8(chars, length, text_);
    visitor->characters(text_);
    check_visitor();
  }
  void endElement(const XMLCh* const uri, const XMLCh* const localname, const XMLCh* const) override {
    if (!visitor) return;
    to_utf8(localname, std::char_traits<XMLCh>::length(localname), name_);
    to_utf8(uri, std::char_traits<XMLCh>::length(uri), uri_);
    visitor->end_element(name_, uri_);
    check_visitor();
  }

  // LexicalHandler: a DOCTYPE and entity expansions are seen here.
  void startDTD(const XMLCh* const name, const XMLCh* const, const XMLCh* const) override {
    if (options->refuse_doctype)
      fail_here("a DOCTYPE declaration (<!DOCTYPE " + to_utf8(name) + ">) is not allowed in this document");
    in_dtd = true;
  }
  void endDTD() override { in_dtd = false; }
  void startEntity(const XMLCh* const name) override {
    if (name && name[0] == u'[') return;  // "[dtd]": the external subset, not an expansion
    if (++expansions > options->max_entity_expansions)
      fail_here("more than " + std::to_string(options->max_entity_expansions) +
                " entity references expanded; the document is refused (an entity expansion attack?)");
  }

  // ErrorHandler: errors and validation errors end the parse; warnings do not matter.
  void error(const x::SAXParseException& e) override { fail_from(e); }
  void fatalError(const x::SAXParseException& e) override { fail_from(e); }
  void warning(const x::SAXParseException&) override {}

  // XMLEntityResolver: nothing outside the document is ever read. A DTD's external
  // subset (and what it refers to) resolves to nothing, so a DOCTYPE naming a DTD file
  // is harmless; an external entity used in the content is refused outright.
  x::InputSource* resolveEntity(x::XMLResourceIdentifier* id) override {
    if (in_dtd && id->getResourceIdentifierType() == x::XMLResourceIdentifier::ExternalEntity)
      return new x::MemBufInputSource(reinterpret_cast<const XMLByte*>(""), 0, "canvass-empty");
    const std::string system = to_utf8(id->getSystemId());
    const std::string schema = to_utf8(id->getSchemaLocation());
    fail_here("refused to read an external resource (" + (system.empty() ? schema : system) +
              "): canvass never follows references out of a document");
  }

 private:
  void fail_from(const x::SAXParseException& e) {
    fail(to_utf8(e.getMessage()), static_cast<std::size_t>(e.getLineNumber()),
         static_cast<std::size_t>(e.getColumnNumber()));
  }

  std::vector<std::string> storage_;
  std::vector<XmlAttribute> attributes_;
  std::string text_, name_, uri_;
};

// SAX2 reports a DOCTYPE to the LexicalHandler only when it has a subset; the scanner
// tells the reader about every one, so the refusal is made here.
class Reader : public x::SAX2XMLReaderImpl {
 public:
  explicit Reader(Adapter& adapter) : adapter_(adapter) {}
  void doctypeDecl(const x::DTDElementDecl& decl, const XMLCh* const public_id, const XMLCh* const system_id,
                   const bool has_internal, const bool has_external) override {
    if (adapter_.options->refuse_doctype)
      adapter_.fail_here("a DOCTYPE declaration is not allowed in this document");
    x::SAX2XMLReaderImpl::doctypeDecl(decl, public_id, system_id, has_internal, has_external);
  }

 private:
  Adapter& adapter_;
};

// One parse of `source` for `visitor`, wherever its bytes come from (memory or a stream).
Status run_parse(Reader& reader, Adapter& a, const x::InputSource& source, const Location& where, XmlVisitor& visitor) {
  a.begin(&visitor, where);
  XmlVisitorAccess::stop(visitor).reset();
  struct Detach {  // the visitor must not keep a pointer into a finished parse
    XmlVisitor& v;
    ~Detach() { XmlVisitorAccess::set_locator(v, nullptr); }
  } detach{visitor};
  try {
    reader.parse(source);
  } catch (const Stopped&) {
  } catch (const x::SAXParseException& e) {
    return Error{Location{where.file, static_cast<std::size_t>(e.getLineNumber()),
                          static_cast<std::size_t>(e.getColumnNumber()), where.part},
                 to_utf8(e.getMessage())};
  } catch (const x::XMLException& e) {
    return Error{where, "XML error: " + to_utf8(e.getMessage())};
  } catch (const x::OutOfMemoryException&) {
    return Error{where, "out of memory parsing XML"};
  }
  a.visitor = nullptr;
  if (a.failure) return *a.failure;
  return Ok{};
}

}  // namespace

XmlRuntime::XmlRuntime() {
  std::lock_guard lock(runtime_mutex());
  x::XMLPlatformUtils::Initialize();
}

XmlRuntime::~XmlRuntime() {
  std::lock_guard lock(runtime_mutex());
  x::XMLPlatformUtils::Terminate();
}

std::optional<std::string_view> XmlElement::attribute(std::string_view local) const {
  for (const auto& a : attributes)
    if (a.name == local) return a.value;
  return std::nullopt;
}

std::size_t XmlVisitor::line() const {
  return locator_ ? static_cast<std::size_t>(static_cast<const x::Locator*>(locator_)->getLineNumber()) : 0;
}

std::size_t XmlVisitor::column() const {
  return locator_ ? static_cast<std::size_t>(static_cast<const x::Locator*>(locator_)->getColumnNumber()) : 0;
}

struct XmlParser::Impl {
  XmlRuntime runtime;  // first member: Xerces outlives the reader below
  XmlOptions options;
  x::SecurityManager security;
  Adapter adapter;
  std::unique_ptr<Reader> reader;  // a SAX2XMLReaderImpl: it takes an XMLEntityResolver
};

XmlParser::XmlParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
XmlParser::XmlParser(XmlParser&&) noexcept = default;
XmlParser& XmlParser::operator=(XmlParser&&) noexcept = default;
XmlParser::~XmlParser() {
  if (impl_) impl_->reader.reset();
}

Result<XmlParser> XmlParser::create(XmlOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->options = std::move(options);
  const bool validate = !impl->options.schema_path.empty();
  impl->security.setEntityExpansionLimit(impl->options.max_entity_expansions);
  impl->adapter.options = &impl->options;

  try {
    impl->reader = std::make_unique<Reader>(impl->adapter);
    x::SAX2XMLReaderImpl& r = *impl->reader;
    r.setFeature(x::XMLUni::fgSAX2CoreNameSpaces, true);
    r.setFeature(x::XMLUni::fgSAX2CoreNameSpacePrefixes, false);
    r.setFeature(x::XMLUni::fgSAX2CoreValidation, validate);
    r.setFeature(x::XMLUni::fgXercesDynamic, false);
    r.setFeature(x::XMLUni::fgXercesSchema, validate);
    r.setFeature(x::XMLUni::fgXercesSchemaFullChecking, false);
    r.setFeature(x::XMLUni::fgXercesLoadExternalDTD, false);
    r.setFeature(x::XMLUni::fgXercesLoadSchema, false);  // never follow schemaLocation hints
    r.setFeature(x::XMLUni::fgXercesSkipDTDValidation, true);
    r.setFeature(x::XMLUni::fgXercesDisableDefaultEntityResolution, true);
    r.setFeature(x::XMLUni::fgXercesCacheGrammarFromParse, false);
    r.setFeature(x::XMLUni::fgXercesUseCachedGrammarInParse, validate);
    r.setProperty(x::XMLUni::fgXercesSecurityManager, &impl->security);
    r.setContentHandler(&impl->adapter);
    r.setErrorHandler(&impl->adapter);
    r.setLexicalHandler(&impl->adapter);
    r.setXMLEntityResolver(&impl->adapter);

    if (validate) {
      const std::string& schema = impl->options.schema_path;
      auto bytes = read_file_bytes(schema, std::size_t{16} << 20);
      if (!bytes) return bytes.error();
      x::MemBufInputSource source(reinterpret_cast<const XMLByte*>(bytes->data()), bytes->size(), schema.c_str());
      impl->adapter.begin(nullptr, Location{schema});
      x::Grammar* grammar = nullptr;
      try {
        grammar = r.loadGrammar(source, x::Grammar::SchemaGrammarType, true);
      } catch (const Stopped&) {
        return Error{impl->adapter.failure->where, "the schema cannot be loaded: " + impl->adapter.failure->message};
      }
      if (!grammar) return Error{{schema}, "the schema cannot be loaded"};
    }
  } catch (const x::XMLException& e) {
    return Error{{impl->options.schema_path}, "the XML parser cannot be set up: " + to_utf8(e.getMessage())};
  } catch (const x::OutOfMemoryException&) {
    return Error{{impl->options.schema_path}, "out of memory setting up the XML parser"};
  }
  return XmlParser(std::move(impl));
}

Status XmlParser::parse(std::string_view bytes, const Location& where, XmlVisitor& visitor) {
  x::MemBufInputSource source(reinterpret_cast<const XMLByte*>(bytes.data()), bytes.size(), "canvass-document");
  return run_parse(*impl_->reader, impl_->adapter, source, where, visitor);
}

namespace {

// Xerces pulls a streamed document's bytes through these; an error from the source is
// recorded as the parse's failure and ends it.
class SourceStream : public x::BinInputStream {
 public:
  SourceStream(const XmlParser::ByteSource& source, Adapter& adapter) : source_(source), adapter_(adapter) {}
  XMLFilePos curPos() const override { return position_; }
  XMLSize_t readBytes(XMLByte* const into, const XMLSize_t most) override {
    auto n = source_(reinterpret_cast<char*>(into), most);
    if (!n) {
      if (!adapter_.failure) adapter_.failure = n.error();
      throw Stopped{};
    }
    position_ += *n;
    return *n;
  }
  const XMLCh* getContentType() const override { return nullptr; }

 private:
  const XmlParser::ByteSource& source_;
  Adapter& adapter_;
  XMLFilePos position_ = 0;
};

class SourceInput : public x::InputSource {
 public:
  SourceInput(const XmlParser::ByteSource& source, Adapter& adapter)
      : x::InputSource("canvass-document"), source_(source), adapter_(adapter) {}
  x::BinInputStream* makeStream() const override { return new SourceStream(source_, adapter_); }

 private:
  const XmlParser::ByteSource& source_;
  Adapter& adapter_;
};

}  // namespace

Status XmlParser::parse(const ByteSource& bytes, const Location& where, XmlVisitor& visitor) {
  SourceInput source(bytes, impl_->adapter);
  return run_parse(*impl_->reader, impl_->adapter, source, where, visitor);
}

Status parse_xml(std::string_view bytes, const Location& where, XmlVisitor& visitor, const XmlOptions& options) {
  auto parser = XmlParser::create(options);
  if (!parser) return parser.error();
  return parser->parse(bytes, where, visitor);
}

}  // namespace canvass
