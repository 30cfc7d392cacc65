// Redaction of personal data: every rule on its own, and what must survive.
#include <gtest/gtest.h>

#include "text/redactor.hpp"
#include "text/name_lists.hpp"
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
  std::size_t first_names = 0;
  for (const auto& [key, facts] : lists().facts) first_names += (facts & NameLists::kFirstName) ? 1 : 0;
  EXPECT_GT(first_names, 30000u);
  EXPECT_TRUE(lists().first_name("sarah"));
  EXPECT_TRUE(lists().first_name("eilidh")) << "the UK supplement is loaded";
  EXPECT_TRUE(lists().first_name("malgorzata")) << "looked up without accents";
  EXPECT_TRUE(lists().first_name("shaz")) << "nicknames";
  EXPECT_TRUE(lists().surname("kowalska"));
  EXPECT_TRUE(lists().everyday("will"));
  EXPECT_TRUE(lists().place("irvine"));
  EXPECT_TRUE(lists().not_name("review"));
  EXPECT_EQ(name_key("MAŁGORZATA's"), "malgorzata");
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

TEST(Redactor, NamesFromManyOrigins) {
  EXPECT_EQ(redact("Agnieszka Kowalska and Wojciech came."), "[name] and [name] came.");
  EXPECT_EQ(redact("Ruairidh ran it with Peigi Macaulay."), "[name] ran it with [name].");
  EXPECT_EQ(redact("Caoimhe was nervous."), "[name] was nervous.");
  EXPECT_EQ(redact("Sadia Rahman asked a question."), "[name] asked a question.");
}

TEST(Redactor, NamesByContext) {
  EXPECT_EQ(redact("Our social worker Shaz was brilliant"), "Our social worker [name] was brilliant");
  EXPECT_EQ(redact("the facilitator Gemma helped"), "the facilitator [name] helped");
  EXPECT_EQ(redact("thanks to sarah and the team"), "thanks to [name] and the team") << "lower case after thanks";
  EXPECT_EQ(redact("ask mrs mcallister"), "ask [name]");
  EXPECT_EQ(redact("My daughter Grace loves it"), "My daughter [name] loves it") << "everyday word, person context";
  EXPECT_EQ(redact("Hope said it helped"), "[name] said it helped") << "reported speech";
  EXPECT_EQ(redact("McKenzie was there"), "[name] was there") << "a Mc surname alone";
  EXPECT_EQ(redact("Mr Abernethy came"), "[name] came") << "a place name after a title is a surname";
  EXPECT_EQ(redact("Shaz and Tam came"), "[name] and [name] came");
  EXPECT_EQ(redact("Poppy and Grace were inseparable"), "[name] and [name] were inseparable") << "beside a name";
  EXPECT_EQ(redact("Our wee lad Finlay loves it"), "Our wee lad [name] loves it") << "child words";
  EXPECT_EQ(redact("KW: Natalie (Tuesdays)"), "KW: [name] (Tuesdays)") << "a role label and a colon";
  EXPECT_EQ(redact("Facilitator: J. Murray"), "Facilitator: [name]") << "an initial";
  EXPECT_EQ(redact("Dr Fletcher ran it"), "[name] ran it") << "the title goes with the name";
}

TEST(Redactor, SaintsArePlacesNotPeople) {
  EXPECT_EQ(redact("the St James Centre and St Fergus"), "the St James Centre and St Fergus");
  EXPECT_EQ(redact("V&A Dundee and A Dundee firm"), "V&A Dundee and A Dundee firm") << "not initials";
}

TEST(Redactor, NotNames) {
  for (const std::string text :
       {"The Care Review and the Care Inspectorate", "Case Studies from Early Years and Art Spaces",
        "Nat 4 and Nat 5 and Highers", "West Lothian, North Lanarkshire, Victoria Quay, Irvine, Lewis, Kyle",
        "Stirling June meeting", "My NI number is private", "EAL pupils", "TOO EARLY FOR THIS",
        "Robert Gordon University and the Robertson Trust", "MaaS and AI and EVs", "Thanks to Education Scotland",
        "Role of Learner Journey Review", "The Can Do fund"})
    EXPECT_EQ(redact(text), text);
  EXPECT_NE(redact("Sarah\nJones").find('\n'), std::string::npos) << "a name never runs over a line break";
}

TEST(Redactor, NewKinds) {
  EXPECT_EQ(redact("email jo dot bloggs at council dot gov dot uk"), "email [email]");
  EXPECT_EQ(redact("mark.t(at)council.gov.uk or kirsty_w @ x.org.uk"), "[email] or [email]");
  EXPECT_EQ(redact("available at gov.uk"), "available at [url]") << "a plain 'at' with a real domain is a URL";
  EXPECT_EQ(redact("DOB 14/02/2009, born 3rd March 2011"), "DOB [date], born [date]");
  EXPECT_EQ(redact("published in March 2011"), "published in March 2011");
  EXPECT_EQ(redact("at 2/1, 23 Byres Road and 7 Rosebank Crescent"), "at [address] and [address]");
  EXPECT_EQ(redact("He is at St Mary's and she is at Hillhead Primary"), "He is at [school] and she is at [school]");
  EXPECT_EQ(redact("the Social Enterprise Academy"), "the Social Enterprise Academy") << "a kind of school";
  EXPECT_EQ(redact("follow @jo_b"), "follow [handle]");
  EXPECT_EQ(redact("car SG19 XYZ"), "car [vehicle registration]");
  EXPECT_EQ(redact("call 0141 496 0123 ext 245"), "call [phone]");
  EXPECT_EQ(redact("CHI 1203051234"), "CHI [CHI number]");
  EXPECT_EQ(redact("in 2022-23 and 2023-24"), "in 2022-23 and 2023-24");
}

TEST(Redactor, UnicodeCannotBypass) {
  EXPECT_EQ(redact("ring 07700\u00A0900123 now"), "ring [phone] now") << "no-break space";
  EXPECT_EQ(redact("mail jo\u200B@x.org now"), "mail [email] now") << "zero-width space";
  EXPECT_EQ(redact("ring \uFF10\uFF17\uFF17\uFF10\uFF10 900123"), "ring [phone]") << "fullwidth digits";
  EXPECT_EQ(redact("ring \u0660\u0667\u0667\u0660\u0660 \u0669\u0660\u0660\u0661\u0662\u0663"), "ring [phone]")
      << "Arabic-Indic digits";
  EXPECT_EQ(redact("mail jo\uFF20x.org and Seonaid"), "mail [email] and [name]") << "fullwidth @; text after kept";
  const std::string kept = "caf\u00E9 \u2014 \u201Cquoted\u201D";
  EXPECT_EQ(redact(kept), kept) << "untouched text is left byte for byte";
}

TEST(Redactor, FindGivesOriginalOffsetsAndKinds) {
  const std::string text = "Hi Seonaid, 07700\u00A0900123";
  auto found = Redactor(lists(), {}).find(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, "name");
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "Seonaid");
  EXPECT_EQ(found[1].kind, "phone");
  EXPECT_EQ(found[1].end, text.size());
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
