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
  for (const char* text : {"in 2019-2020 we met 3 times", "at 10:30 on 01/02/2025", "P7 2nd term and S3 4th year",
                           "about 50% of staff", "a score of 4.5", "Q3 results", "year 2025", "room 101"})
    EXPECT_TRUE(find_pii(text).empty()) << text;
}

}  // namespace
}  // namespace canvass
