#include "layouts/metadata_columns.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "text/fold.hpp"

namespace canvass {

namespace {

using U = MetadataUse;

struct Known {
  const char* header;  // folded, with spaces, dashes and underscores removed
  U use;
  const char* attribute;
};

// Header spellings from Qualtrics, SurveyMonkey, Google and Microsoft Forms, LimeSurvey,
// KoboToolbox, ODK Central, SmartSurvey and Jisc Online Surveys.
constexpr std::array kKnown{
    Known{"responseid", U::respondent_id, "response_id"},
    Known{"respondentid", U::respondent_id, "response_id"},
    Known{"recordid", U::respondent_id, "response_id"},
    Known{"id", U::respondent_id, "response_id"},
    Known{"userid", U::respondent_id, "response_id"},
    Known{"metainstanceid", U::respondent_id, "response_id"},
    Known{"uuid", U::attribute, "uuid"},
    Known{"timestamp", U::submitted_at, ""},
    Known{"submitdate", U::submitted_at, ""},
    Known{"completiontime", U::submitted_at, ""},
    Known{"recordeddate", U::submitted_at, ""},
    Known{"submissiondate", U::submitted_at, ""},
    Known{"submissiontime", U::submitted_at, ""},
    Known{"completed", U::submitted_at, ""},
    Known{"ended", U::submitted_at, ""},
    Known{"submitted", U::submitted_at, ""},
    Known{"datesubmitted", U::submitted_at, ""},
    Known{"datestarted", U::attribute, "started_at"},
    Known{"datelastaction", U::attribute, "ended_at"},
    Known{"referrerurl", U::attribute, "referrer"},
    Known{"startdate", U::attribute, "started_at"},
    Known{"starttime", U::attribute, "started_at"},
    Known{"started", U::attribute, "started_at"},
    Known{"start", U::attribute, "started_at"},
    Known{"enddate", U::attribute, "ended_at"},
    Known{"end", U::attribute, "ended_at"},
    Known{"datestamp", U::attribute, "ended_at"},
    Known{"lastmodifiedtime", U::attribute, "modified_at"},
    Known{"today", U::attribute, "date"},
    Known{"status", U::response_type, "status"},
    Known{"distributionchannel", U::attribute, "distribution_channel"},
    Known{"progress", U::attribute, "progress"},
    Known{"finished", U::attribute, "finished"},
    Known{"lastpage", U::attribute, "last_page"},
    Known{"durationinseconds", U::attribute, "duration_seconds"},
    Known{"interviewtime", U::attribute, "duration_seconds"},
    Known{"ipaddress", U::attribute, "ip_address"},
    Known{"ipaddr", U::attribute, "ip_address"},
    Known{"email", U::attribute, "email"},
    Known{"emailaddress", U::attribute, "email"},
    Known{"recipientemail", U::attribute, "email"},
    Known{"name", U::attribute, "name"},
    Known{"firstname", U::attribute, "first_name"},
    Known{"lastname", U::attribute, "last_name"},
    Known{"recipientfirstname", U::attribute, "first_name"},
    Known{"recipientlastname", U::attribute, "last_name"},
    Known{"externalreference", U::attribute, "external_reference"},
    Known{"externaldatareference", U::attribute, "external_reference"},
    Known{"locationlatitude", U::attribute, "latitude"},
    Known{"locationlongitude", U::attribute, "longitude"},
    Known{"locationaccuracy", U::ignored, ""},
    Known{"userlanguage", U::attribute, "language"},
    Known{"startlanguage", U::attribute, "language"},
    Known{"responseset", U::ignored, ""},
    Known{"collectorid", U::attribute, "collector_id"},
    Known{"customdata1", U::attribute, "custom_data_1"},
    Known{"userno", U::ignored, ""},
    Known{"uniqueid", U::attribute, "unique_id"},
    Known{"seed", U::ignored, ""},
    Known{"token", U::attribute, "token"},
    Known{"refurl", U::attribute, "referrer"},
    Known{"score", U::attribute, "score"},
    Known{"totalpoints", U::attribute, "score"},
    Known{"quizfeedback", U::ignored, ""},
    Known{"deviceid", U::attribute, "device_id"},
    Known{"username", U::attribute, "username"},
    Known{"submitterid", U::attribute, "submitter_id"},
    Known{"submittername", U::attribute, "submitted_by"},
    Known{"submittedby", U::attribute, "submitted_by"},
    Known{"key", U::ignored, ""},
    Known{"attachmentspresent", U::ignored, ""},
    Known{"attachmentsexpected", U::ignored, ""},
    Known{"reviewstate", U::attribute, "review_state"},
    Known{"validationstatus", U::attribute, "validation_status"},
    Known{"edits", U::ignored, ""},
    Known{"formversion", U::ignored, ""},
    Known{"version", U::ignored, ""},
    Known{"index", U::ignored, ""},
    Known{"notes", U::ignored, ""},
    Known{"tags", U::ignored, ""},
    // ODK and KoboToolbox form metadata (meta/instanceID, _uuid, ...) and device fields.
    Known{"instanceid", U::attribute, "instance_id"},
    Known{"instancename", U::ignored, ""},
    Known{"deprecatedid", U::ignored, ""},
    Known{"imei", U::ignored, ""},
    Known{"phonenumber", U::ignored, ""},
    Known{"simserial", U::ignored, ""},
    Known{"subscriberid", U::ignored, ""},
    Known{"audit", U::ignored, ""},
    Known{"geolocation", U::ignored, ""},
    Known{"attachments", U::ignored, ""},
    Known{"xformidstring", U::ignored, ""},
    Known{"parentindex", U::ignored, ""},
    Known{"parenttablename", U::ignored, ""},
    Known{"parentkey", U::ignored, ""},
    Known{"submissionuuid", U::ignored, ""},
    // LimeSurvey timings (full-text headings) and Qualtrics' own timing column.
    Known{"totaltime", U::ignored, ""},
    Known{"qtotalduration", U::ignored, ""},
};

std::string squeeze(std::string_view header) {
  std::string out;
  for (char c : fold(header))
    if (c != ' ' && c != '-' && c != '_' && c != '(' && c != ')') out += c;
  return out;
}

}  // namespace

namespace {

// Bookkeeping a platform writes under a pattern rather than a name: LimeSurvey timings
// ("Group time: Group 1", "Question time: q1", groupTime720) and equation columns, whose
// heading is the expression itself ("{if(q1 == 'A1', 1, 0)}").
bool patterned_bookkeeping(std::string_view header) {
  const std::string f = fold(header);
  for (std::string_view prefix : {"group time:", "question time:"})
    if (f.rfind(prefix, 0) == 0) return true;
  if (f.rfind("grouptime", 0) == 0 && f.size() > 9 &&
      f.find_first_not_of("0123456789", 9) == std::string::npos)
    return true;
  return f.size() > 2 && f.front() == '{' && f.back() == '}';
}

}  // namespace

std::optional<MetadataColumn> metadata_column(std::string_view header) {
  if (patterned_bookkeeping(header)) return MetadataColumn{U::ignored, ""};
  std::string h = squeeze(header);
  // A group path ("meta/instanceID", "meta-instanceID" is squeezed already): the last part.
  if (const auto slash = h.rfind('/'); slash != std::string::npos && h.compare(0, 4, "meta") == 0)
    h = h.substr(slash + 1);
  for (const auto& k : kKnown)
    if (h == k.header) return MetadataColumn{k.use, k.attribute};
  return std::nullopt;
}

std::optional<MetadataColumn> form_metadata_column(std::string_view header) {
  const std::string h = collapse_spaces(header);
  if (h.empty()) return std::nullopt;
  if (h.front() == '_') return metadata_column(h).value_or(MetadataColumn{U::ignored, ""});  // Kobo system
  const auto cut = h.find_last_of("/-");
  const std::string group = cut == std::string::npos ? "" : fold(h.substr(0, cut));
  const std::string name = fold(cut == std::string::npos ? h : h.substr(cut + 1));
  if (!group.empty() && group != "meta") return std::nullopt;  // a question inside a group
  for (std::string_view field : {"start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber",
                                 "username", "imei", "audit", "instanceid", "instancename", "deprecatedid"})
    if (name == field) return metadata_column(name).value_or(MetadataColumn{U::ignored, ""});
  return std::nullopt;
}

}  // namespace canvass
