// The personal-data grammar: each kind it finds, and look-alikes it must leave alone.
#include <gtest/gtest.h>

#include "pii/pii.hpp"

namespace canvass {
namespace {

using grammar::find_pii;
using grammar::PiiKind;

// The single match in `text`, as kind and matched text ("" when there is not exactly one).
std::pair<std::string, std::string> only(std::string_view text) {
  auto found = find_pii(text);
  if (found.size() != 1) return {"", std::to_string(found.size()) + " matches"};
  return {std::string(to_string(found[0].kind)), std::string(text.substr(found[0].begin, found[0].end - found[0].begin))};
}

TEST(PiiGrammar, Emails) {
  EXPECT_EQ(only("write to jane.doe@example.org."), (std::pair<std::string, std::string>{"email", "jane.doe@example.org"}));
  EXPECT_EQ(only("(a_b+c@council.gov.uk)").second, "a_b+c@council.gov.uk");
}

TEST(PiiGrammar, UrlsLoseTrailingPunctuation) {
  EXPECT_EQ(only("see https://example.org/page?id=3.").second, "https://example.org/page?id=3");
  EXPECT_EQ(only("at www.example.co.uk, today").second, "www.example.co.uk");
  EXPECT_EQ(only("on example.org.uk/events now").first, "url");
}

TEST(PiiGrammar, UkAndInternationalPhones) {
  for (const char* phone : {"07700 900123", "07700900123", "0131 496 0000", "(0131) 496 0000", "+44 7700 900123",
                            "+44 (0)131 496 0000", "+1 415 555 2671", "0044 20 7946 0000", "020-7946-0000"}) {
    const std::string text = std::string("call ") + phone + " today";
    EXPECT_EQ(only(text), (std::pair<std::string, std::string>{"phone", phone})) << phone;
  }
}

TEST(PiiGrammar, UkPostcodes) {
  for (const char* pc : {"EH1 3AB", "SW1A 1AA", "G2 8QQ", "M1 1AE", "CR2 6XH", "eh1 3ab", "EH13AB"})
    EXPECT_EQ(only(std::string("near ") + pc + ", Scotland"), (std::pair<std::string, std::string>{"postcode", pc})) << pc;
}

TEST(PiiGrammar, NationalInsuranceAndNhsNumbers) {
  EXPECT_EQ(only("NI QQ 12 34 56 C here").first, "ni-number");
  EXPECT_EQ(only("NI QQ123456C here").first, "ni-number");
  EXPECT_EQ(only("NHS 943 476 5919 here"), (std::pair<std::string, std::string>{"nhs-number", "943 476 5919"}));
  // a ten-digit number failing the NHS check digit is still a long identifier
  EXPECT_EQ(only("ref 943 476 5918 here").first, "number");
}

TEST(PiiGrammar, LeavesOrdinaryNumbersAndWordsAlone) {
  for (const char* text : {"in 2019-2020 we met 3 times", "at 10:30 on 01/02", "P7 2nd term and S3 4th year",
                           "about 50% of staff", "a score of 4.5", "Q3 results", "year 2025", "room 101"})
    EXPECT_TRUE(find_pii(text).empty()) << text;
}

TEST(PiiGrammar, SpelledOutEmails) {
  EXPECT_EQ(only("jo dot bloggs at council dot gov dot uk").first, "email");
  EXPECT_EQ(only("write to mark.t(at)x.gov.uk.").second, "mark.t(at)x.gov.uk");
  EXPECT_EQ(only("kirsty_w @ x.org").second, "kirsty_w @ x.org");
  EXPECT_EQ(only("j.smith[at]x.gov.uk").first, "email");
  EXPECT_EQ(only("we met at the school").second, "0 matches");
  EXPECT_EQ(only("look at gov.uk").first, "url") << "a plain 'at' needs a spelled dot or a dotted name";
}

TEST(PiiGrammar, DatesOfBirth) {
  EXPECT_EQ(only("DOB 14/02/2009").second, "14/02/2009");
  EXPECT_EQ(only("born 3rd March 2011").second, "3rd March 2011");
  EXPECT_EQ(only("date of birth: 30-09-2010").first, "date");
  EXPECT_EQ(only("the report of 3 March 2011").second, "0 matches") << "a written date needs birth context";
  EXPECT_EQ(only("section 2.1.10").second, "0 matches");
  EXPECT_EQ(only("on 45/13/2009").second, "0 matches");
}

TEST(PiiGrammar, StreetAddresses) {
  EXPECT_EQ(only("at 2/1, 23 Byres Road.").second, "2/1, 23 Byres Road");
  EXPECT_EQ(only("7 Rosebank Crescent").first, "address");
  EXPECT_EQ(only("Flat 4, 12a Hill Street in Dundee").second, "Flat 4, 12a Hill Street");
  EXPECT_EQ(only("101 Paisley Road West").second, "101 Paisley Road West");
  EXPECT_EQ(only("3 Fair Work First").second, "0 matches");
  EXPECT_EQ(only("Flat 0/2, 45 Allison Street").second, "Flat 0/2, 45 Allison Street");
  EXPECT_EQ(only("at 1/1, 30 Dumbarton Road").second, "1/1, 30 Dumbarton Road");
}

TEST(PiiGrammar, Schools) {
  EXPECT_EQ(only("she goes to Hillhead Primary and").second, "Hillhead Primary");
  EXPECT_EQ(only("at St Mary's RC Primary School.").second, "St Mary's RC Primary School");
  EXPECT_EQ(only("he is at St Mary's now").second, "St Mary's");
  EXPECT_EQ(only("St Mary's church").second, "0 matches") << "a saint's name alone needs a school context";
  EXPECT_EQ(only("at Our Lady of the Rosary Primary now").second, "Our Lady of the Rosary Primary");
}

TEST(PiiGrammar, HandlesVehiclesExtensions) {
  EXPECT_EQ(only("follow @jo_b for news").second, "@jo_b");
  EXPECT_EQ(only("jo@x.org").first, "email") << "not a handle";
  EXPECT_EQ(only("reg SG19 XYZ").second, "SG19 XYZ");
  EXPECT_EQ(only("0141 496 0123 ext 245").second, "0141 496 0123 ext 245");
  EXPECT_EQ(only("on ext. 245").first, "phone");
  EXPECT_EQ(only("01382 496 111, ext. 3").second, "01382 496 111, ext. 3");
}

TEST(PiiGrammar, ChiAndYears) {
  EXPECT_EQ(only("CHI 1203051234").first, "chi-number");
  EXPECT_EQ(only("in 2022-23 2023-24").second, "0 matches") << "academic years";
  EXPECT_EQ(only("in 2019-2020").second, "0 matches");
}

// find_pii skips text holding nothing any rule needs (no digit, '@', ':', apostrophe, '.'
// before a URL character, school word or lone "at"): each kind that needs none of the
// digits and '@' must still be found through the one mark it has.
TEST(PiiGrammar, TextWithoutDigitsOrAtStillFindsWhatNeedsNeither) {
  EXPECT_EQ(only("see gov.uk now").first, "url");                       // '.' before a letter
  EXPECT_EQ(only("see www.example.org").first, "url");
  EXPECT_EQ(only("go to http://x").first, "url");                      // ':'
  EXPECT_EQ(only("he goes to St Mary's now").first, "school");         // apostrophe
  EXPECT_EQ(only("she attends Hillhead Primary now").first, "school");  // a school word
  EXPECT_EQ(only("mail jo_b at scotland dot gov dot uk").first, "email");  // a lone "at"
  EXPECT_TRUE(find_pii("The staff said it ended. Then they left, sadly").empty());  // none
}

}  // namespace
}  // namespace canvass
