// Personal-data patterns as Spirit X3 rules, each matched at a word boundary by pii.cpp.
// Digit counts that X3 cannot express across separators (phones) are checked in pii.cpp.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace canvass::grammar::pii_rules {

namespace x3 = boost::spirit::x3;
using x3::alnum;
using x3::alpha;
using x3::char_;
using x3::digit;
using x3::lit;
using x3::repeat;

// email    = local '@' label ('.' label)+        local = (alnum | ._%+-)+
inline const auto local_part = +(alnum | char_("._%+-"));
inline const auto domain_label = +(alnum | char_('-'));
inline const auto email = local_part >> '@' >> domain_label >> +('.' >> domain_label);

// url      = ("http" "s"? "://" | "www.") (non-space)+  — trailing punctuation is trimmed
inline const auto url_tail = +~char_(" \t\r\n<>\"'");
inline const auto url = (x3::no_case[lit("http") >> -lit('s') >> "://"] | x3::no_case["www."]) >> url_tail;
// bare domain with a path or a well-known top-level domain: example.org.uk/page
inline const auto tld = x3::no_case[lit("com") | "org" | "net" | "uk" | "scot" | "gov" | "edu" | "io" | "info" | "co"];
inline const auto bare_domain = +(domain_label >> '.') >> tld >> !alnum >> -('/' >> url_tail);

// UK postcode = area district ' '? sector unit     e.g. EH1 3AB, SW1A 1AA, G2 8QQ; or GIR 0AA
// (the district's optional second character is an alternative so "EH13AB" can backtrack)
inline const auto inward_code = -lit(' ') >> digit >> repeat(2)[alpha];
inline const auto postcode = x3::no_case[(repeat(1, 2)[alpha] >> digit >> (inward_code | alnum >> inward_code)) |
                                         lit("GIR") >> -lit(' ') >> "0AA"];

// National Insurance number = 2 letters, 3 pairs of digits, a letter A-D (spaces optional)
inline const auto ni_number =
    x3::no_case[repeat(2)[alpha] >> repeat(3)[-lit(' ') >> repeat(2)[digit]] >> -lit(' ') >> char_("a-dA-D")];

// NHS number = 3 digits, 3 digits, 4 digits, spaced, hyphenated or run together
inline const auto nhs_sep = -(lit(' ') | '-');
inline const auto nhs_number = repeat(3)[digit] >> nhs_sep >> repeat(3)[digit] >> nhs_sep >> repeat(4)[digit];

// phone = ("+" digits | "(" "0" | "0") then digits with single spaces, hyphens, dots or
//         brackets between them; "+44 (0)..." allowed.  Digit count checked in pii.cpp.
inline const auto phone_sep = lit(") ") | " (" | ' ' | '-' | '.' | '(' | ')';
inline const auto phone = (lit('+') >> digit | -lit('(') >> '0') >> *(digit | phone_sep >> &digit | "(0)");

// id_number = a run of 8 or more digits with single spaces or hyphens: any long identifier
inline const auto id_number = digit >> *(digit | (lit(' ') | '-') >> &digit);

}  // namespace canvass::grammar::pii_rules
