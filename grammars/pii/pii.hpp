// The personal-data grammar's interface: finds e-mail addresses (also spelled out), URLs,
// phone numbers (UK and international, with extensions), UK postcodes, National Insurance,
// NHS and CHI numbers, dates (of birth), street addresses, schools, social-media handles and
// vehicle registrations in UTF-8 text normalised by engine/text/match_text.
// Rules live in pii_def.hpp; pii.cpp instantiates them once. Names are not here (they
// need word breaks and name lists: engine/text/redactor).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace canvass::grammar {

enum class PiiKind {
  email,
  url,
  phone,
  postcode,
  ni_number,
  nhs_number,
  chi_number,
  id_number,
  date,
  address,
  school,
  handle,
  vehicle
};

// A match: byte offsets [begin, end) into the scanned text.
struct PiiMatch {
  PiiKind kind;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Every match, left to right, never overlapping; at one position the longest match wins.
// A match must start and end at a word boundary (not inside a longer word or number).
std::vector<PiiMatch> find_pii(std::string_view text);

// "email", "url", "phone", "postcode", "ni-number", "nhs-number", "chi-number", "number",
// "date", "address", "school", "handle", "vehicle".
std::string_view to_string(PiiKind kind);

}  // namespace canvass::grammar
