// Redaction of personal data: every rule on its own, and what must survive.
#include <gtest/gtest.h>

#include "text/redactor.hpp"
#include "text/word_list.hpp"

namespace canvass {
namespace {

const NameLists& lists() {
  static const NameLists l = [] {
    auto r = NameLists::load(data_dir());
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return r.ok() ? std::move(r).value() : NameLists{};
  }();
  return l;
}

std::string redact(std::string_view text, std::vector<std::string> names = {}) {
  return Redactor(lists(), names).redact(text).text;
}

TEST(Redactor, ShipsItsNameLists) {
  EXPECT_GT(lists().first_names.size(), 8000u);
  EXPECT_TRUE(lists().first_names.count("Sarah"));
  EXPECT_TRUE(lists().first_names.count("Eilidh")) << "the UK supplement is loaded";
  EXPECT_TRUE(lists().common_words.count("Will"));
}

TEST(Redactor, ContactDetails) {
  EXPECT_EQ(redact("Email jo@x.org or ring 07700 900123."), "Email [email] or ring [phone].");
  EXPECT_EQ(redact("Visit https://x.org/a, or come to EH1 3AB."), "Visit [url], or come to [postcode].");
  EXPECT_EQ(redact("NI QQ 12 34 56 C, NHS 943 476 5919"), "NI [NI number], NHS [NHS number]");
}

TEST(Redactor, NamesFromTheStudyList) {
  EXPECT_EQ(redact("the report by mcgregor was late", {"McGregor"}), "the report by [name] was late");
  EXPECT_EQ(redact("Ask Xanthe Quill about it", {"Xanthe Quill"}), "Ask [name] about it");
}

TEST(Redactor, TitleAndCapitalisedWord) {
  EXPECT_EQ(redact("Dr Fletcher ran it."), "[name] ran it.");
  EXPECT_EQ(redact("Thanks again, Mrs. Okonkwo-Reid was great"), "Thanks again, [name] was great");
  EXPECT_EQ(redact("we will miss the bus"), "we will miss the bus") << "lower-case 'miss' is a verb";
}

TEST(Redactor, ThankYouTo) {
  EXPECT_EQ(redact("Thank you to Zorblat for organising."), "Thank you to [name] for organising.");
  EXPECT_EQ(redact("thanks to Qwen Tarrant, it ran well"), "thanks to [name], it ran well");
  EXPECT_EQ(redact("Thank you to the whole team."), "Thank you to the whole team.");
  EXPECT_EQ(redact("Thanks to Education Scotland for this."), "Thanks to Education Scotland for this.");
}

TEST(Redactor, FirstNameAndSurname) {
  EXPECT_EQ(redact("I worked with Sarah Mbeki on this."), "I worked with [name] on this.");
  EXPECT_EQ(redact("Sarah and Tom were brilliant."), "[name] and [name] were brilliant.");
  EXPECT_EQ(redact("Eilidh Ross-Duncan led it."), "[name] led it.");
}

TEST(Redactor, EverydayWordsThatAreAlsoNamesSurviveAlone) {
  const std::string text = "We will grace the May meeting with hope and Faith in the work.";
  EXPECT_EQ(redact(text), text);
  EXPECT_EQ(redact("Will we do this again? May be."), "Will we do this again? May be.");
}

TEST(Redactor, CountsWhatItReplaced) {
  auto r = Redactor(lists(), {}).redact("Sarah Mbeki: jo@x.org, 07700 900123");
  EXPECT_EQ(r.counts["name"], 1);
  EXPECT_EQ(r.counts["email"], 1);
  EXPECT_EQ(r.counts["phone"], 1);
  EXPECT_TRUE(r.changed());
  EXPECT_FALSE(Redactor(lists(), {}).redact("nothing personal here").changed());
}

}  // namespace
}  // namespace canvass
