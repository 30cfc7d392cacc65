// The delimited-text grammar as Spirit X3 rules. The delimiter is chosen at run time
// (sniffed per file), so the rules are built by a function of it.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/spirit/home/x3.hpp>

#include <string>

#include "csv/csv.hpp"

BOOST_FUSION_ADAPT_STRUCT(canvass::grammar::CsvField, quoted, text)

namespace canvass::grammar::csv_rules {

namespace x3 = boost::spirit::x3;

// quoted_field   = '"' > *( (char - '"') | "\"\"" ) > '"'
// unquoted_field = *( char - delimiter - CR - LF )
// record         = (quoted_field | unquoted_field) % delimiter >> (eol | eoi)
// Each field remembers whether it was quoted: LimeSurvey writes NULL as an empty unquoted
// field and an empty answer as "".
inline auto record(char delimiter) {
  const std::string stops{delimiter, '\r', '\n'};
  const auto doubled_quote = x3::lit("\"\"") >> x3::attr('"');
  const auto quoted_field = x3::rule<struct quoted_field_, CsvField>{"quoted field"} =
      x3::attr(true) >> ('"' > *(~x3::char_('"') | doubled_quote) > '"');
  const auto unquoted_field = x3::rule<struct unquoted_field_, CsvField>{"unquoted field"} =
      x3::attr(false) >> *~x3::char_(stops);
  const auto field = x3::rule<struct field_, CsvField>{"field"} = quoted_field | unquoted_field;
  return field % x3::lit(delimiter) >> (x3::eol | x3::eoi);
}

}  // namespace canvass::grammar::csv_rules
