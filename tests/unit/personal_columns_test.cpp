// Personal columns: recognised by what the heading asks for (English, Welsh, Gaelic) and
// by what the answers are, and never by a heading that only mentions a word.
#include <gtest/gtest.h>

#include "layouts/personal_columns.hpp"
#include "sources/coded_survey.hpp"

namespace canvass {
namespace {

TEST(PersonalColumns, HeadingsThatAskForPersonalData) {
  const std::pair<const char*, const char*> cases[] = {
      {"Your name", "name"},
      {"Full name", "name"},
      {"Name", "name"},
      {"Name (optional)", "name"},
      {"What is your name?", "name"},
      {"Your child's name", "name"},
      {"Surname", "name"},
      {"Your email", "email"},
      {"Contact e-mail (optional)", "email"},
      {"E-mail address", "email"},
      {"If you are happy for us to contact you, please give your email", "email"},
      {"Contact phone (optional)", "phone"},
      {"Mobile phone number", "phone"},
      {"Telephone", "phone"},
      {"Home address", "address"},
      {"Address", "address"},
      {"Postcode", "postcode"},
      {"What is your post code?", "postcode"},
      {"Date of birth", "date_of_birth"},
      {"DOB", "date_of_birth"},
      {"IP Address", "ip_address"},
      {"Location", "location"},
      {"Your location", "location"},
      {"Username", "username"},
      {"Staff ID", "person_id"},
      {"Pupil ID", "person_id"},
      {"UPN", "person_id"},
      // Welsh and Scottish Gaelic, the other languages of the scale vocabulary
      {"Enw", "name"},
      {"Eich enw", "name"},
      {"Cyfeiriad e-bost", "email"},
      {"Rhif ffôn", "phone"},
      {"Cod post", "postcode"},
      {"Dyddiad geni", "date_of_birth"},
      {"Ainm", "name"},
      {"Post-d", "email"},
  };
  for (const auto& [heading, kind] : cases) {
    const auto found = personal_heading(heading);
    ASSERT_TRUE(found.has_value()) << heading;
    EXPECT_EQ(*found, kind) << heading;
  }
}

// Headings of real Google Forms exports, as quoted in public repositories' tests and
// scripts (found by searching for "Timestamp,Email Address,Full Name").
TEST(PersonalColumns, HeadingsFromRealFormsExports) {
  for (const char* heading : {"Email address", "Email Address2", "Full Name", "Full name", "Full Name (Official)",
                              "Mobile Number (WhatsApp)", "Mobile Number", "Employee ID",
                              "Telegram Name / Username ID"})
    EXPECT_TRUE(personal_heading(heading).has_value()) << heading;
  for (const char* heading : {"Country", "Region", "Organisation", "College", "Degree", "Year of Study", "Domain",
                              "Type of submission", "Theme", "Policy recommendation", "What do you need?",
                              "Select your interested choice : ", "What is your level of Machine Learning?"})
    EXPECT_FALSE(personal_heading(heading).has_value()) << heading;
}

TEST(PersonalColumns, HeadingsThatOnlyMentionAWord) {
  for (const char* heading :
       {"Name of your school", "School name", "Did the session address your needs?",
        "How well did we address your concerns?", "Which location did you attend?", "Location of the training",
        "Do you own a mobile phone?", "Would you prefer to be contacted by phone or email?",
        "How did you hear about us? (phone, email, website)", "What is your role?", "How far do you agree?",
        "Any other comments?", "Which name do you prefer for the programme?", "Tips for next year",
        "Organisation name", "Name of the event", ""}) {
    EXPECT_FALSE(personal_heading(heading).has_value()) << heading << " -> " << personal_heading(heading).value_or("");
  }
}

TEST(PersonalColumns, AnswersThatAreMostlyEmailsPhonesOrNames) {
  EXPECT_EQ(personal_answers({"jane@example.org", "tom.b@school.sch.uk", "", "ann+x@example.com", "no thanks"}),
            "email");
  EXPECT_EQ(personal_answers({"07700 900123", "+44 7700 900456", "0131 496 0000", ""}), "phone");
  EXPECT_EQ(personal_answers({"Jane Smith", "Tom Brown", "Mary-Jane O'Neill", "Dafydd ap Rhys", "J. Evans"}), "name");
  EXPECT_EQ(personal_answers({"EH1 3AB", "SW1A 1AA", "CF10 3NQ"}), "postcode");
  EXPECT_EQ(personal_answers({"192.168.0.1", "10.0.0.12", "172.16.4.9"}), "ip_address");
}

TEST(PersonalColumns, AnswersThatAreNotPersonal) {
  // choices, roles, schools, scale labels, comments that mention an e-mail, too few answers
  EXPECT_FALSE(personal_answers({"Head Teacher", "Class Teacher", "Teaching Assistant", "Head Teacher"}));
  EXPECT_FALSE(personal_answers({"Oakfield Primary", "St Mary's Academy", "Northfield High School"}));
  EXPECT_FALSE(personal_answers({"Strongly Agree", "Agree", "Strongly Disagree", "Neither"}));
  EXPECT_FALSE(personal_answers({"Great sessions, thanks", "Email me at jane@example.org please", "More time"}));
  EXPECT_FALSE(personal_answers({"jane@example.org", "tom@example.org"}));
  EXPECT_FALSE(personal_answers({"Yes", "No", "Yes", "Yes"}));
  EXPECT_FALSE(personal_answers({"1", "2", "3", "4", "5"}));
}

TEST(PersonalColumns, TheHeadingDecidesBeforeTheAnswers) {
  const auto by_heading = personal_column("Your name", {"a", "b", "c"});
  ASSERT_TRUE(by_heading);
  EXPECT_EQ(by_heading->evidence, "heading");
  const auto by_answers = personal_column("Contacts", {"Jane Smith", "Tom Brown", "Ann Lee"});
  ASSERT_TRUE(by_answers);
  EXPECT_EQ(by_answers->kind, "name");
  EXPECT_EQ(by_answers->evidence, "answers");
}

TEST(PersonalColumns, AttributesAreNamedByKindAndKnownAsPersonal) {
  EXPECT_EQ(personal_attribute_name("email", {}), "email");
  EXPECT_EQ(personal_attribute_name("email", {"email", "email_2"}), "email_3");
  for (const char* a : {"name", "email", "email_2", "phone", "postcode", "date_of_birth", "ip_address", "location",
                        "username", "person_id", "first_name", "latitude", "submitted_by", "token"})
    EXPECT_TRUE(is_personal_attribute(a)) << a;
  for (const char* a : {"status", "progress", "response_type", "label", "custom_data_1", "Q3", "role"})
    EXPECT_FALSE(is_personal_attribute(a)) << a;
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

// SPSS and Triple-S variables take the same path: a personal variable is an attribute,
// never a question.
TEST(PersonalColumns, CodedSurveyVariablesAreHeldBackToo) {
  using Role = CodedVariable::Role;
  std::vector<CodedVariable> vars = {
      {"email", "Your email address", Role::text, {}, {}, {}, 1},
      {"who", "Respondent", Role::text, {}, {}, {}, 2},
      {"role", "What is your role?", Role::coded, {{"1", "Staff"}, {"2", "Pupil"}}, {}, {}, 3},
      {"q1", "Any other comments?", Role::text, {}, {}, {}, 4},
  };
  std::vector<CodedCase> cases;
  const char* people[] = {"Jane Smith", "Tom Brown", "Ann Lee", "Bob Hill"};
  for (int i = 0; i < 4; ++i)
    cases.push_back({static_cast<std::size_t>(i + 2),
                     {{std::string("p") + char('a' + i) + "@example.org"}, {people[i]}, {i % 2 ? "2" : "1"}, {"fine"}}});
  const Survey s = build_coded_survey(vars, cases, ScaleVocabulary::builtin(), "spss");
  ASSERT_EQ(s.questions.size(), 2u);
  EXPECT_EQ(s.questions[0].code, "role");
  EXPECT_EQ(s.questions[1].code, "q1");
  ASSERT_EQ(s.personal.size(), 2u);
  EXPECT_EQ(s.personal[0].attribute, "email");
  EXPECT_EQ(s.personal[1].attribute, "name");
  EXPECT_EQ(s.personal[1].evidence, "answers");
  ASSERT_FALSE(s.respondents.empty());
  bool has_email = false;
  for (const auto& a : s.respondents[0].attributes) has_email = has_email || (a.name == "email" && a.value == "pa@example.org");
  EXPECT_TRUE(has_email);
  EXPECT_TRUE(s.respondents[0].comments.size() == 1 && s.respondents[0].comments[0].text == "fine");
}

}  // namespace
}  // namespace canvass

namespace canvass {
namespace {

// A heading word alone does not make a closed question personal: answers that are a few
// options chosen again and again ask about a thing (Triple-S sample-4's "typtel").
TEST(PersonalColumns, AClosedChoiceIsNotPersonalByItsHeadingAlone) {
  const std::vector<std::string> types = {"Fixed", "Mobile", "Fixed", "Fixed", "Mobile", "Mobile"};
  EXPECT_FALSE(personal_column("Type of telephone", types));
  EXPECT_FALSE(personal_column("Your location", {"North", "South", "North", "North", "South"}));
  EXPECT_TRUE(personal_column("Your phone number", {}));
  EXPECT_TRUE(personal_column("Your location", {"12 High St", "Flat 2, Byres Rd", "Leith", "Partick"}));
}

}  // namespace
}  // namespace canvass
