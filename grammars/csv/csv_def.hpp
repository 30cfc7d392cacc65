// The delimited-text grammar as Spirit X3 rules. The delimiter is chosen at run time
// (sniffed per file), so the rules are built by a function of it.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <string>

namespace canvass::grammar::csv_rules {

namespace x3 = boost::spirit::x3;

// quoted_field   = '"' > *( (char - '"') | "\"\"" ) > '"'
// unquoted_field = *( char - delimiter - CR - LF )
// record         = (quoted_field | unquoted_field) % delimiter >> (eol | eoi)
inline auto record(char delimiter) {
  const std::string stops{delimiter, '\r', '\n'};
  const auto doubled_quote = x3::lit("\"\"") >> x3::attr('"');
  const auto quoted_field = '"' > *(~x3::char_('"') | doubled_quote) > '"';
  const auto unquoted_field = *~x3::char_(stops);
  const auto field = x3::rule<struct field_, std::string>{"field"} = quoted_field | unquoted_field;
  return field % x3::lit(delimiter) >> (x3::eol | x3::eoi);
}

}  // namespace canvass::grammar::csv_rules
