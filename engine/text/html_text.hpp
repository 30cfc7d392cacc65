// Plain text from the HTML a survey tool stores as question and answer wording (LimeSurvey
// keeps `<p>How far do you agree&hellip;</p>`): tags dropped, common entities decoded,
// white space collapsed, as LimeSurvey's own "full text" export flattens it.
#pragma once

#include <string>
#include <string_view>

namespace canvass {

// "<p>Tom &amp; Jerry<br/>agree</p>" -> "Tom & Jerry agree". Text without markup comes back
// with only its spaces collapsed; an unknown entity is kept as written.
std::string html_to_plain_text(std::string_view html);

}  // namespace canvass
