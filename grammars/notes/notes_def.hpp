// The focus-group notes grammar as Spirit X3 rules, one per line. Non-ASCII bullet marks,
// dashes and spaces are literal UTF-8 byte strings, so the rules run over plain bytes.
#pragma once

#include <boost/fusion/include/std_pair.hpp>
#include <boost/spirit/home/x3.hpp>

#include <string>
#include <utility>

namespace canvass::grammar::notes_rules {

namespace x3 = boost::spirit::x3;
using x3::char_;
using x3::eoi;
using x3::lit;
using x3::no_case;
using x3::raw;

using Marked = std::pair<std::string, std::string>;  // (mark, text)

// --- pieces -------------------------------------------------------------------------
const auto space_char = lit(' ') | lit('\t') | lit("\xC2\xA0");  // space, tab, no-break space
const auto line_end = *space_char >> eoi;
const auto digits = +char_("0-9");
const auto letter = char_("a-zA-Z");
const auto sentence_break = char_(".!?") >> space_char;           // "… available. Key points"
const auto stray_hash = +lit('#') >> line_end;                     // "… the conversation#"

const auto symbol_mark = lit("\xE2\x80\xA2")  // • bullet
                       | lit("\xC2\xB7")      // · middle dot
                       | lit("\xE2\x96\xAA")  // ▪ small black square
                       | lit("\xE2\x96\xA0")  // ■ black square
                       | lit("\xE2\x97\xA6")  // ◦ white bullet
                       | lit("\xE2\x97\x8F")  // ● black circle
                       | lit("\xE2\x80\xA3")  // ‣ triangular bullet
                       | lit("\xE2\x96\xBA")  // ► pointer
                       | lit("\xE2\x86\x92")  // → arrow
                       | lit("\xE2\x80\x93")  // – en dash
                       | lit("\xE2\x80\x94"); // — em dash
const auto number_mark = (digits >> char_(".)")) | (letter >> ')') | ('(' >> (digits | letter) >> ')');
const auto question_mark_sep = lit(':') | lit('.') | lit(')') | lit('-') | lit("\xE2\x80\x93") | lit("\xE2\x80\x94");

// --- text: bold markup dropped, a trailing stray '#' dropped --------------------------
const x3::rule<struct bold_, std::string> bold = "bold";
const x3::rule<struct text_, std::string> text = "text";
// The look-ahead makes bold all-or-nothing: an unclosed "**" stays as written.
const auto bold_def = lit("**") >> &(+(char_ - "**") >> "**") >> +(char_ - "**") >> lit("**");
const auto text_def = *(bold | (char_ - stray_hash)) >> -stray_hash;

// --- line kinds -----------------------------------------------------------------------
const x3::rule<struct indent_, std::string> indent = "indent";
const x3::rule<struct separator_, std::string> separator = "separator";
const x3::rule<struct question_, std::string> question = "question";
const x3::rule<struct summary_, std::string> summary_heading = "summary heading";
const x3::rule<struct md_heading_, Marked> markdown_heading = "markdown heading";
const x3::rule<struct bullet_start_, std::string> bullet_start = "bullet start";

const auto indent_def = raw[*space_char];
const x3::rule<struct separator_mark_, std::string> separator_mark = "separator mark";
const auto separator_mark_def = raw[+lit('-') | +lit('*') | +lit('_') | +symbol_mark | lit('o')];
const auto separator_def = separator_mark >> line_end;
const auto question_word = (no_case[lit("question")] >> -(*space_char >> digits)) | (no_case[lit('q')] >> -(*space_char >> digits));
// A question may be bold as a whole ("**Question - …**") or in its prefix ("**Question:** …");
// the caller drops the closing "**" of a wholly bold one.
const auto question_def = -lit("**") >> x3::omit[question_word] >> *space_char >> question_mark_sep >> -lit("**")
                        >> *space_char >> &(char_ - line_end - lit("**")) >> text;
const auto summary_words = no_case[lit("summary of key insights") | lit("summary of key points") | lit("summary of key themes")
                                   | lit("summary of discussion") | lit("key insights") | lit("key points")
                                   | lit("key themes") | lit("key messages") | lit("summary")];
const x3::rule<struct summary_words_, std::string> summary_title = "summary title";
const auto summary_title_def = raw[summary_words];
const auto summary_heading_def = -lit("**") >> summary_title >> -lit(':') >> -lit("**") >> -lit(':') >> *lit('#') >> line_end;
const x3::rule<struct hashes_, std::string> hashes = "hashes";
const auto hashes_def = raw[+lit('#')];
const auto markdown_heading_def = hashes >> +space_char >> text;
// Each mark is taken whole by raw[] (its look-ahead included), so a failed alternative
// leaves nothing behind in the attribute.
const x3::rule<struct bullet_mark_, std::string> bullet_mark = "bullet mark";
const auto bullet_mark_def = raw[symbol_mark]
                           | raw[number_mark >> &space_char]
                           | raw[char_("-*o") >> &space_char]
                           | raw[lit('-') >> &letter];  // "-Funding": a dash glued to its word
// A bullet is this start and then `text` (which always runs to the end of the line): the
// caller matches the start and reads the rest as text.
const auto bullet_start_def = bullet_mark >> *space_char >> &(char_ - line_end);
const auto colon_end = lit(':') >> -lit("**") >> *lit('#') >> line_end;
const auto colon_label = +(bold | (char_ - sentence_break - colon_end)) >> colon_end;                 // "Holding us back:"
const auto bold_label = lit("**") >> +(char_ - "**" - sentence_break - (':' >> lit("**")))
                        >> -lit(':') >> lit("**") >> -lit(':') >> line_end;                          // "**Barriers:**"

// Two label rules, tried one after the other by the caller with fresh attributes.
const x3::rule<struct bold_label_, std::string> whole_bold_label = "bold label";
const x3::rule<struct colon_label_, std::string> label = "label";
const auto whole_bold_label_def = bold_label;
const auto label_def = colon_label;

BOOST_SPIRIT_DEFINE(bold, text, indent, separator_mark, separator, question, summary_title, summary_heading, hashes,
                    markdown_heading, bullet_mark, bullet_start,
                    whole_bold_label, label)

}  // namespace canvass::grammar::notes_rules
