// Recognises columns that hold personal data — names, e-mail addresses, phone numbers,
// addresses, postcodes, dates of birth, IP addresses, locations, usernames, staff or pupil
// IDs — by the meaning of their heading (English, Welsh, Scottish Gaelic) or by their
// answers (mostly e-mails, phone numbers, postcodes, IP addresses or people's names).
// Such a column is kept only in the store, as a personal respondent attribute: never a
// question, never a --by group, never in any output.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace canvass {

// What a personal column holds and how canvass saw it.
struct PersonalVerdict {
  std::string kind;      // "name", "email", "phone", "address", "postcode", "date_of_birth",
                         // "ip_address", "location", "username", "person_id"
  std::string evidence;  // "heading" or "answers"
};

// The kind of personal data a heading asks for ("Your name", "Contact e-mail (optional)",
// "Cyfeiriad e-bost"), or nothing for a heading that asks something else ("Name of your
// school", "Did the session address your needs?").
std::optional<std::string> personal_heading(std::string_view heading);

// The kind of personal data most of `answers` are (blanks ignored; at least 3 answers;
// the first 1,000 answers judge the column):
// e-mail addresses, phone numbers, postcodes or IP addresses (more than half), or
// people's names (three in five, nearly all different), or nothing.
std::optional<std::string> personal_answers(const std::vector<std::string>& answers);

// The heading first, then the answers.
std::optional<PersonalVerdict> personal_column(std::string_view heading, const std::vector<std::string>& answers);

// The attribute name a personal column of `kind` is stored under: the kind itself, or
// "kind_2", "kind_3"... when `taken` already holds it.
std::string personal_attribute_name(const std::string& kind, const std::vector<std::string>& taken);

// Attributes that identify a person: the personal kinds above (with any "_N" suffix) and
// the platforms' own identifying metadata (first_name, latitude, submitted_by, token...).
// Kept in the store; every output leaves them out.
bool is_personal_attribute(std::string_view attribute);

}  // namespace canvass
