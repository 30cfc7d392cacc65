// Personal-data patterns as Spirit X3 rules, each matched at a word boundary by pii.cpp.
// Checks X3 cannot express (digit counts across separators, the NHS check digit, a real
// calendar date, a top-level domain at the end of a spelled-out address) are in pii.cpp.
// The text has been normalised first (engine/text/match_text): ASCII digits, spaces and '@'.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace canvass::grammar::pii_rules {

namespace x3 = boost::spirit::x3;
using x3::char_;
using x3::lit;
using x3::repeat;

// Character classes as sets of ASCII characters, looked up in a table: what x3::alnum and
// the rest say in the C locale canvass runs in (a byte of a UTF-8 character is none of
// them), without a call into <cctype> for every byte tried.
inline const auto alnum = char_("a-zA-Z0-9");
inline const auto alpha = char_("a-zA-Z");
inline const auto digit = char_("0-9");
inline const auto lower = char_("a-z");
inline const auto upper = char_("A-Z");

// email    = local '@' label ('.' label)+        local = (alnum | ._%+-)+
inline const auto local_part = +(alnum | char_("._%+-"));
inline const auto domain_label = +(alnum | char_('-'));
inline const auto email = local_part >> '@' >> domain_label >> +('.' >> domain_label);

// spelled-out e-mail: "jo dot bloggs at council dot gov dot uk", "mark.t(at)x.org",
// "kirsty_w @ x.org", "jo [at] x [dot] com". pii.cpp checks the last label is a known
// top-level domain and that a plain " at " comes with a spelled " dot " or a '.'/'_' local part.
inline const auto spelled_dot = x3::no_case[lit(" dot ") | " (dot) " | "(dot)" | " [dot] " | "[dot]"] | lit('.');
inline const auto spelled_at = x3::no_case[lit(" (at) ") | "(at)" | " [at] " | "[at]" | " {at} " | "{at}"] |
                               lit(" @ ") | " @" | "@ " | x3::no_case[" at "];
inline const auto spelled_label = +(alnum | char_("_%+-"));
inline const auto spelled_email = spelled_label % spelled_dot >> spelled_at >> spelled_label % spelled_dot;

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
//         brackets between them; "+44 (0)..." allowed; then an optional extension.
//         Digit count checked in pii.cpp.
// extension = ("ext" "."? | "extension" | "x") ' '? digits, e.g. "ext 245", "x2045"
inline const auto extension = x3::no_case[lit("extension") | "ext." | "ext" | "x"] >> -lit(' ') >> repeat(1, 6)[digit];
inline const auto phone_sep = lit(") ") | " (" | ' ' | '-' | '.' | '(' | ')';
inline const auto phone = (lit('+') >> digit | -lit('(') >> '0') >> *(digit | phone_sep >> &digit | "(0)") >>
                          -((lit(", ") | lit(' ') | lit(',')) >> extension);
// an extension on its own ("on ext. 245") is a phone number too
inline const auto lone_extension = x3::no_case[lit("extension") | "ext." | "ext"] >> -lit(' ') >> repeat(2, 6)[digit];

// id_number = a run of 8 or more digits with single spaces or hyphens: any long identifier
inline const auto id_number = digit >> *(digit | (lit(' ') | '-') >> &digit);

// date = day sep month sep year, "14/02/2009", "3.3.11"; or day month-name year,
//        "3rd March 2011", "14 Feb 2009" (pii.cpp checks the calendar and, for the
//        written form, that a date of birth is meant)
inline const auto date_sep = char_("/.-");
inline const auto numeric_date =
    repeat(1, 2)[digit] >> date_sep >> repeat(1, 2)[digit] >> date_sep >> (repeat(4)[digit] | repeat(2)[digit]);
inline const auto month_name =
    x3::no_case[lit("january") | "february" | "march" | "april" | "may" | "june" | "july" | "august" | "september" |
                "october" | "november" | "december" | "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" |
                "sept" | "sep" | "oct" | "nov" | "dec"] >> -lit('.');
inline const auto ordinal = x3::no_case[lit("st") | "nd" | "rd" | "th"];
inline const auto written_date = repeat(1, 2)[digit] >> -ordinal >> -x3::no_case[" of"] >> ' ' >> month_name >>
                                 -lit(',') >> ' ' >> repeat(4)[digit];

// A capitalised word of a name, street or school: "Byres", "Mary's", "Ross-shire".
inline const auto cap_word = upper >> +(alpha | char_("'-") >> &alpha) >> -lit("'s");

// street address = [flat "2/1," | "Flat 3,"] number [letter] words street-type:
//                  "2/1, 23 Byres Road", "7 Rosebank Crescent", "Flat 4, 12a Hill St"
inline const auto street_type =
    lit("Road") | "Rd" | "Street" | "St" | "Avenue" | "Ave" | "Crescent" | "Drive" | "Dr" | "Place" | "Pl" |
    "Terrace" | "Gardens" | "Court" | "Ct" | "Lane" | "Way" | "Close" | "Wynd" | "Brae" | "Loan" | "Row" |
    "Grove" | "Park" | "View" | "Square" | "Sq" | "Quadrant" | "Walk" | "Gate" | "Rise" | "Mews" | "Parade" |
    "Circus" | "Green" | "Vale" | "Gait" | "Path" | "Hill" | "Boulevard" | "Broadway" | "Steading" | "Neuk";
inline const auto street_word = !(street_type >> !alpha) >> cap_word;
inline const auto flat_number = +digit >> '/' >> +digit;
inline const auto flat = (x3::no_case["flat "] >> (flat_number | +alnum) | flat_number) >> -lit(',') >> ' ';
inline const auto street_name = repeat(1, 3)[street_word >> ' '] >> street_type | street_type >> ' ' >> street_type;
inline const auto street_address = -flat >> +digit >> -alpha >> -lit(',') >> ' ' >> street_name >>
                                   -(' ' >> (lit("West") | "East" | "North" | "South")) >> !alpha;

// school = one to five capitalised words and a school word: "Hillhead Primary",
//          "St Mary's RC Primary School", "Bellahouston Academy"
inline const auto school_type = (lit("Primary") | "Secondary" | "High" | "Academy" | "Grammar" | "Nursery") >>
                                    -lit(" School") |
                                lit("School") | lit("Early Years Centre") | "Family Centre" | "ELC";
inline const auto school_kind = lit("Primary") | "Secondary" | "High" | "Academy" | "Grammar" | "Nursery" | "School";
inline const auto school_word = !(school_kind >> !alpha) >> (lit("RC") | "C of E" | "CofE" | cap_word);
// words may be joined by "of", "of the", "and": "Our Lady of the Rosary Primary"
inline const auto school_connector = (lit("of the") | "of" | "and" | "&") >> ' ';
inline const auto school = school_word >> repeat(0, 4)[' ' >> -school_connector >> school_word] >> ' ' >> school_type >> !alpha;
// "St Mary's" alone: a school when the sentence says so (checked in pii.cpp)
inline const auto saint_name = (lit("St") >> -lit('.') | "Saint") >> ' ' >> upper >> +lower >> lit("'s");

// social-media handle = '@' then 2-30 letters, digits or '_': "@jo_b"
inline const auto handle = '@' >> repeat(2, 30)[alnum | char_('_')];

// UK vehicle registration (2001 on) = 2 letters, 2 digits, ' '?, 3 letters: "SG19 XYZ"
inline const auto vehicle = repeat(2)[upper] >> repeat(2)[digit] >> -lit(' ') >> repeat(3)[upper];

}  // namespace canvass::grammar::pii_rules
