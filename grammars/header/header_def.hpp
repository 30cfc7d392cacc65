// The header-pattern rules as Spirit X3. Attributes rather than semantic actions: each
// rule yields the parts of the header it recognises.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/fusion/include/std_pair.hpp>
#include <boost/spirit/home/x3.hpp>

#include "header/header.hpp"

BOOST_FUSION_ADAPT_STRUCT(canvass::grammar::LimeSurveyCode, code, subs)
BOOST_FUSION_ADAPT_STRUCT(canvass::grammar::QualtricsId, stem, parts)
BOOST_FUSION_ADAPT_STRUCT(canvass::grammar::NumberedHeader, number, text)

namespace canvass::grammar::header_rules {

namespace x3 = boost::spirit::x3;

// bracket_group = '[' *( bracket_group | ~[[]] ) ']'   (balanced, nests)
// bracket_header = raw[ *( !(bracket_group eoi) char ) ] bracket_group eoi
x3::rule<struct bracket_group_, std::string> const bracket_group = "bracket group";
auto const bracket_group_def = x3::char_('[') >> *(bracket_group | ~x3::char_("[]")) >> x3::char_(']');
BOOST_SPIRIT_DEFINE(bracket_group)

auto const bracket_header =
    x3::raw[*(!(bracket_group >> x3::eoi) >> x3::char_)] >> x3::raw[bracket_group] >> x3::eoi;

// limesurvey_code = identifier ( '[' ~[]]+ ']' ){0,2} eoi
auto const identifier = x3::rule<struct identifier_, std::string>{"identifier"} =
    x3::raw[x3::alpha >> *(x3::alnum | x3::char_('_'))];
auto const bracketed = x3::rule<struct bracketed_, std::string>{"bracketed"} = '[' >> +~x3::char_("[]") >> ']';
auto const limesurvey_code = x3::rule<struct limesurvey_code_, LimeSurveyCode>{"code heading"} =
    identifier >> x3::repeat(0, 2)[bracketed] >> x3::eoi;

// import_id = "QID" digits ('#' digits)? ( sep part )*     sep = '_' (current) | '-' (2016)
auto const qid_stem = x3::raw[x3::lit("QID") >> +x3::digit >> -('#' >> +x3::digit)];
auto const id_part = x3::rule<struct id_part_, std::string>{"id part"} = +(x3::alnum | x3::char_('-'));
auto const id_part_2016 = x3::rule<struct id_part16_, std::string>{"id part"} = +x3::alnum;
auto const import_id = x3::rule<struct import_id_, QualtricsId>{"import id"} =
    qid_stem >> *('_' >> id_part) >> x3::eoi;
auto const import_id_2016 = x3::rule<struct import_id16_, QualtricsId>{"import id"} =
    qid_stem >> *('-' >> id_part_2016) >> x3::eoi;

// tag = (digits '_')? [A-Za-z] alnum* ('#' digits)?  ( '_' part )*
auto const tag_stem = x3::raw[-(+x3::digit >> '_') >> x3::alpha >> *x3::alnum >> -('#' >> +x3::digit)];
auto const qualtrics_tag = x3::rule<struct tag_, QualtricsId>{"export tag"} =
    tag_stem >> *('_' >> id_part) >> x3::eoi;

// import_id_object = '{' member % ',' '}'    member = quoted ':' (quoted | bare)
// quoted = '"' ~["]* '"' | "'" ~[']* "'"   (JSON in current exports, Python dicts in 2016 ones)
auto const quoted = x3::rule<struct quoted_, std::string>{"quoted string"} =
    x3::lexeme['"' >> *~x3::char_('"') >> '"'] | x3::lexeme['\'' >> *~x3::char_('\'') >> '\''];
auto const bare = x3::rule<struct bare_, std::string>{"value"} = x3::lexeme[+~x3::char_(",}")];
auto const member = x3::rule<struct member_, std::pair<std::string, std::string>>{"member"} =
    quoted >> ':' >> (quoted | bare);
auto const import_id_object = '{' >> (member % ',') >> '}';

// numbered = 'Q'? digits ('.' (digits | letter))* '.'? ' '+ text
auto const number = x3::raw[-x3::lit('Q') >> +x3::digit >> *('.' >> (+x3::digit | x3::alpha))];
auto const numbered_header = x3::rule<struct numbered_, NumberedHeader>{"numbered header"} =
    number >> x3::omit[-x3::lit('.') >> -x3::lit(')') >> +x3::lit(' ')] >> x3::raw[+x3::char_];

}  // namespace canvass::grammar::header_rules
