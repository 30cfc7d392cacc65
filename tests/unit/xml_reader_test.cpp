#include <gtest/gtest.h>

#include "sources/xml_reader.hpp"
#include "test_support.hpp"

using canvass::Location;
using canvass::parse_xml;
using canvass::XmlElement;
using canvass::XmlOptions;
using canvass::XmlParser;
using canvass::XmlRuntime;
using canvass::XmlVisitor;

namespace {

// Records every event as text, so tests can see exactly what a parse delivered.
struct Recorder : XmlVisitor {
  std::string log;
  std::string text;
  void start_element(const XmlElement& e) override {
    log.append("<").append(e.name);
    for (const auto& a : e.attributes) log.append(" ").append(a.name).append("=").append(a.value);
    log.append(">");
  }
  void characters(std::string_view t) override {
    log += t;
    text += t;
  }
  void end_element(std::string_view name, std::string_view) override { log.append("</").append(name).append(">"); }
};

}  // namespace

TEST(XmlReader, DeliversNamespacedElementsAttributesAndUtf8Text) {
  XmlRuntime runtime;
  Recorder r;
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<x:sst xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\">"
      "<x:si><x:t xml:space=\"preserve\">Caf\xC3\xA9 &amp; \xF0\x9F\x98\x80</x:t></x:si></x:sst>";
  auto s = parse_xml(xml, Location{"book.xlsx", 0, 0, "xl/sharedStrings.xml"}, r, XmlOptions::ooxml());
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(r.log, "<sst count=2><si><t space=preserve>Caf\xC3\xA9 & \xF0\x9F\x98\x80</t></si></sst>");
}

TEST(XmlReader, ReadsOtherEncodingsTheDeclarationNames) {
  Recorder r;
  const std::string xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Caf\xE9</a>";
  ASSERT_TRUE(parse_xml(xml, Location{"a.xml"}, r));
  EXPECT_EQ(r.text, "Caf\xC3\xA9");
}

TEST(XmlReader, MalformedXmlGivesLineAndColumn) {
  Recorder r;
  const std::string xml = "<a>\n  <b>text</c>\n</a>";
  auto s = parse_xml(xml, Location{"book.xlsx", 0, 0, "xl/workbook.xml"}, r);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().where.line, 2u);
  EXPECT_GT(s.error().where.column, 0u);
  const std::string line = s.error().to_string();
  EXPECT_EQ(line.rfind("book.xlsx[xl/workbook.xml]:2:", 0), 0u) << line;
  EXPECT_EQ(line.find('\n'), std::string::npos);
}

TEST(XmlReader, ExternalEntityIsNeverRead) {
  canvass::testing::TempDir dir;
  const std::string secret = dir.write("secret.txt", "TOP-SECRET-CONTENT");
  for (const std::string& target : std::vector<std::string>{"file://" + secret, secret, "file:///etc/passwd", "http://127.0.0.1:9/x"}) {
    Recorder r;
    const std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY xxe SYSTEM \"" + target +
                            "\">]>\n<a>&xxe;</a>";
    auto s = parse_xml(xml, Location{"evil.xml"}, r);
    EXPECT_EQ(r.log.find("TOP-SECRET"), std::string::npos) << target;
    EXPECT_EQ(r.log.find("root:"), std::string::npos) << target;
    ASSERT_FALSE(s) << target;
    EXPECT_NE(s.error().message.find("refused to read an external resource"), std::string::npos) << s.error().message;
    EXPECT_EQ(s.error().where.line, 3u);
  }
}

TEST(XmlReader, ExternalParameterEntityAndDtdResolveToNothing) {
  canvass::testing::TempDir dir;
  const std::string dtd = dir.write("evil.dtd", "<!ENTITY leak \"LEAKED-FROM-DTD\">");
  Recorder r;
  const std::string xml = "<!DOCTYPE a SYSTEM \"file://" + dtd + "\" [<!ENTITY % p SYSTEM \"file://" + dtd +
                          "\"> %p;]><a>plain</a>";
  auto s = parse_xml(xml, Location{"x.xml"}, r);
  EXPECT_EQ(r.log.find("LEAKED"), std::string::npos);
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(r.text, "plain");
  // A reference to an entity that only the DTD file would declare is an error, not a read.
  Recorder r2;
  const std::string uses = "<!DOCTYPE a SYSTEM \"file://" + dtd + "\"><a>&leak;</a>";
  auto s2 = parse_xml(uses, Location{"x.xml"}, r2);
  EXPECT_EQ(r2.log.find("LEAKED"), std::string::npos);
}

TEST(XmlReader, BillionLaughsIsStoppedEarly) {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
  xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
  for (int i = 2; i <= 9; ++i) {
    const std::string prev = "&lol" + std::to_string(i - 1) + ";";
    std::string body;
    for (int k = 0; k < 10; ++k) body += prev;
    xml += "<!ENTITY lol" + std::to_string(i) + " \"" + body + "\">\n";
  }
  xml += "]>\n<lolz>&lol9;</lolz>";
  for (const std::string& doc : {xml, std::string(xml).replace(xml.find("<lolz>&lol9;</lolz>"), 19,
                                                                "<lolz a=\"&lol9;\"/>")}) {
    Recorder r;
    XmlOptions lol_options;
    lol_options.max_entity_expansions = 1000;
    auto s = parse_xml(doc, Location{"lol.xml"}, r, lol_options);
    ASSERT_FALSE(s);
    EXPECT_LT(r.text.size(), 10'000u);  // nowhere near 3 * 10^9 characters
    EXPECT_NE(s.error().message.find("entit"), std::string::npos) << s.error().message;
  }
}

TEST(XmlReader, ModestInternalEntitiesStillWork) {
  Recorder r;
  const std::string xml = "<!DOCTYPE a [<!ENTITY org \"Acme\">]><a>&org; and &org;</a>";
  auto s = parse_xml(xml, Location{"x.xml"}, r);
  ASSERT_TRUE(s) << s.error().to_string();
  EXPECT_EQ(r.text, "Acme and Acme");
}

TEST(XmlReader, DoctypeRefusedWhenAsked) {
  Recorder r;
  const std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet>\n<worksheet/>";
  auto s = parse_xml(xml, Location{"b.xlsx", 0, 0, "xl/worksheets/sheet1.xml"}, r, XmlOptions::ooxml());
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("DOCTYPE"), std::string::npos);
  EXPECT_EQ(s.error().where.line, 2u);
  EXPECT_EQ(r.log, "");
  EXPECT_TRUE(parse_xml(xml, Location{"b.xml"}, r));  // allowed by default
}

TEST(XmlReader, VisitorCanStopWithItsOwnMessageAndPosition) {
  struct Picky : XmlVisitor {
    void start_element(const XmlElement& e) override {
      if (e.name == "bad") stop("a <bad> element");
    }
  } picky;
  auto s = parse_xml("<a>\n<ok/>\n  <bad/>\n</a>", Location{"p.xml"}, picky);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message, "a <bad> element");
  EXPECT_EQ(s.error().where.line, 3u);
  EXPECT_EQ(picky.line(), 0u);  // no position outside a parse
}

namespace {
const char* kSchema = R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="survey">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="question" maxOccurs="unbounded">
          <xs:complexType>
            <xs:simpleContent>
              <xs:extension base="xs:string">
                <xs:attribute name="n" type="xs:positiveInteger" use="required"/>
              </xs:extension>
            </xs:simpleContent>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>)";
}  // namespace

TEST(XmlReader, ValidatesAgainstTheNamedSchemaWithLineAndColumn) {
  canvass::testing::TempDir dir;
  const std::string xsd = dir.write("survey.xsd", kSchema);
  auto parser = XmlParser::create(XmlOptions::validated_by(xsd));
  ASSERT_TRUE(parser) << parser.error().to_string();
  Recorder good;
  auto ok = parser->parse("<survey>\n<question n=\"1\">Q1</question>\n</survey>", Location{"s.xml"}, good);
  ASSERT_TRUE(ok) << ok.error().to_string();
  Recorder bad;
  auto s = parser->parse("<survey>\n<question n=\"1\">Q1</question>\n<question n=\"zero\">Q2</question>\n</survey>",
                         Location{"s.xml"}, bad);
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().where.line, 3u);
  EXPECT_GT(s.error().where.column, 0u);
  Recorder unknown;
  auto u = parser->parse("<other/>", Location{"s.xml"}, unknown);
  EXPECT_FALSE(u);
  // The same parser, grammar cached, still accepts a good document after failures.
  Recorder again;
  EXPECT_TRUE(parser->parse("<survey><question n=\"2\">Q</question></survey>", Location{"s.xml"}, again));
}

TEST(XmlReader, SchemaLocationHintsAreNotFollowed) {
  canvass::testing::TempDir dir;
  const std::string xsd = dir.write("strict.xsd", kSchema);
  Recorder r;
  // Without a schema from the caller, a hint naming a schema file is ignored, not loaded.
  const std::string xml = "<survey xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                          "xsi:noNamespaceSchemaLocation=\"file://" + xsd + "\"><anything/></survey>";
  EXPECT_TRUE(parse_xml(xml, Location{"h.xml"}, r));
}

TEST(XmlReader, MissingSchemaFileIsAnErrorNamingIt) {
  auto parser = XmlParser::create(XmlOptions::validated_by("/nonexistent/x.xsd"));
  ASSERT_FALSE(parser);
  EXPECT_NE(parser.error().to_string().find("/nonexistent/x.xsd"), std::string::npos);
}
