// Metadata columns the platforms add beside the questions (dates, status, progress, IP
// address, location, recipient and contact fields): recognised by header so they become
// respondent attributes with plain names, never questions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "layouts/personal_columns.hpp"  // is_personal_attribute

namespace canvass {

// What a metadata column is for.
enum class MetadataUse { respondent_id, submitted_at, attribute, response_type, ignored };

struct MetadataColumn {
  MetadataUse use = MetadataUse::attribute;
  std::string attribute;  // the plain name: "email", "status", "progress", "ip_address"
};

// The metadata column named `header` (any platform's spelling), or nothing when it is
// not a metadata column.
std::optional<MetadataColumn> metadata_column(std::string_view header);

// ODK and KoboToolbox form metadata: the fields an XLSForm adds itself (start, end, today,
// deviceid, phonenumber, username, audit, meta/instanceID in any group spelling) and Kobo's
// system columns (_id, _uuid, _submission_time, ...). Attributes or dropped, never questions.
std::optional<MetadataColumn> form_metadata_column(std::string_view header);

}  // namespace canvass
