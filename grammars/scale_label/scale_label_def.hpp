// The numeric-prefix scale-label rules as Spirit X3.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/spirit/home/x3.hpp>

#include "scale_label/scale_label.hpp"

BOOST_FUSION_ADAPT_STRUCT(canvass::grammar::CodedLabel, code, label)

namespace canvass::grammar::scale_label_rules {

namespace x3 = boost::spirit::x3;

// code       = '-'? digit+
// separator  = ' '* ('-' | '=' | ':' | '.' | en dash) ' '+
// coded      = code separator label  |  '(' code ')' ' '* label
auto const code = x3::rule<struct code_, std::string>{"code"} = x3::raw[-x3::char_('-') >> +x3::digit];
auto const en_dash = x3::lit("\xE2\x80\x93");
auto const separator = *x3::lit(' ') >> (x3::lit('-') | '=' | ':' | '.' | en_dash) >> +x3::lit(' ');
auto const label = x3::rule<struct label_, std::string>{"label"} = x3::raw[~x3::char_("0123456789 ") >> *x3::char_];
auto const coded = x3::rule<struct coded_, CodedLabel>{"coded label"} =
    (code >> x3::omit[separator] >> label) | ('(' >> code >> ')' >> x3::omit[*x3::lit(' ')] >> label);

}  // namespace canvass::grammar::scale_label_rules
