// The "platforms" sample survey (see samples/platforms/) and the writers of its container
// fixtures: Microsoft Forms and SurveyMonkey workbooks, an SPSS file, a Triple-S pair. Used by make_platform_fixtures
// (which writes the files) and by tests (which check the committed files are these bytes).
#pragma once

#include <string>
#include <vector>

#include "sav_builder.hpp"
#include "xlsx_builder.hpp"

namespace canvass::testing::platforms {

inline const std::string kRoleQuestion = "What is your role?";
inline const std::string kGridQuestion = "How far do you agree with the following statements?";
inline const std::string kCommentQuestion = "What could be improved?";
inline const std::vector<std::string> kStatements = {"The training was useful", "I had enough time to practise",
                                                     "I would recommend it to a colleague"};
// Codes 1..5 in scale order, 9 = Don't know.
inline const std::vector<std::pair<int, std::string>> kAgreement = {
    {1, "Strongly disagree"}, {2, "Disagree"}, {3, "Neither agree nor disagree"},
    {4, "Agree"}, {5, "Strongly agree"}, {9, "Don't know"}};
inline const std::vector<std::pair<int, std::string>> kRoles = {{1, "Teacher"}, {2, "Support staff"}};

struct PlatformRespondent {
  std::string id;
  std::string role;
  std::vector<std::string> statements;  // labels; "" = no answer
  std::string comment;                  // "" = blank
};

inline const std::vector<PlatformRespondent>& respondents() {
  static const std::vector<PlatformRespondent> r = {
      {"R1", "Teacher", {"Strongly agree", "Agree", "Strongly agree"}, "More time for practice, please."},
      {"R2", "Teacher", {"Agree", "Disagree", "Agree"}, "The room was too hot."},
      {"R3", "Support staff", {"Agree", "Neither agree nor disagree", "Agree"}, ""},
      {"R4", "Teacher", {"Strongly disagree", "Strongly disagree", "Disagree"}, "It was not relevant to my role."},
      {"R5", "Support staff", {"Strongly agree", "Agree", "Don't know"}, "Shorter sessions would help."},
      {"R6", "Teacher", {"Agree", "Agree", "Strongly agree"}, ""},
      {"R7", "Support staff", {"Neither agree nor disagree", "", "Agree"}, "Handouts in advance."},
      {"R8", "Teacher", {"Strongly agree", "Strongly agree", "Strongly agree"}, "Excellent, thank you."},
  };
  return r;
}

// Respondent i (0-based) submitted at 2025-05-06 09:00 + i hours; started ten minutes before.
inline double submitted_serial(std::size_t i) { return excel_serial(2025, 5, 6, 9 + static_cast<int>(i), 0); }
inline double started_serial(std::size_t i) { return excel_serial(2025, 5, 6, 8 + static_cast<int>(i), 50); }

inline int code_of(const std::vector<std::pair<int, std::string>>& labels, const std::string& label) {
  for (const auto& [code, l] : labels)
    if (l == label) return code;
  return 0;
}

// Microsoft Forms: ID, Start time, Completion time, Email, Name, Last modified time, then one
// column per question, and one per grid statement titled with the statement alone.
inline std::string microsoft_forms_xlsx() {
  XlsxBuilder book;
  const int when = book.date_style(164, "m/d/yy h:mm:ss");  // a custom format, as Forms writes
  std::vector<XlsxRow> rows;
  XlsxRow header{1, {}};
  std::vector<std::string> titles = {"ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
                                     kRoleQuestion};
  for (const auto& s : kStatements) titles.push_back(s);
  titles.push_back(kCommentQuestion);
  for (std::size_t c = 0; c < titles.size(); ++c) header.cells[c] = XlsxCell::str(titles[c]);
  rows.push_back(header);
  for (std::size_t i = 0; i < respondents().size(); ++i) {
    const auto& r = respondents()[i];
    XlsxRow row{i + 2, {}};
    row.cells[0] = XlsxCell::str(r.id);
    row.cells[1] = XlsxCell::date(started_serial(i), when);
    row.cells[2] = XlsxCell::date(submitted_serial(i), when);
    row.cells[3] = XlsxCell::str("anonymous");
    // Name and Last modified time are empty: no cells at all, as Excel writes them.
    row.cells[6] = XlsxCell::str(r.role);
    for (std::size_t s = 0; s < r.statements.size(); ++s)
      if (!r.statements[s].empty()) row.cells[7 + s] = XlsxCell::str(r.statements[s]);
    if (!r.comment.empty()) row.cells[10] = XlsxCell::str(r.comment);
    rows.push_back(row);
  }
  book.add_sheet("Sheet1", rows);
  return book.bytes();
}

// SurveyMonkey: two header rows (question text in the first column of its block, then the
// sub-header: Response / statement / Open-Ended Response), nine metadata columns first.
inline std::string surveymonkey_xlsx() {
  XlsxBuilder book;
  const int when = book.date_style(22);  // built-in m/d/yyyy h:mm
  std::vector<XlsxRow> rows;
  XlsxRow top{1, {}}, sub{2, {}};
  const std::vector<std::string> meta = {"Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
                                         "Email Address", "First Name", "Last Name", "Custom Data 1"};
  for (std::size_t c = 0; c < meta.size(); ++c) top.cells[c] = XlsxCell::str(meta[c]);
  top.cells[9] = XlsxCell::str(kRoleQuestion);
  sub.cells[9] = XlsxCell::inline_str("Response");
  top.cells[10] = XlsxCell::str(kGridQuestion);
  for (std::size_t s = 0; s < kStatements.size(); ++s) sub.cells[10 + s] = XlsxCell::inline_str(kStatements[s]);
  // The comment question's title is stored as two rich-text runs.
  top.cells[13] = XlsxCell::str("What could be\x1f improved?");
  sub.cells[13] = XlsxCell::inline_str("Open-Ended Response");
  rows.push_back(top);
  rows.push_back(sub);
  for (std::size_t i = 0; i < respondents().size(); ++i) {
    const auto& r = respondents()[i];
    XlsxRow row{i + 3, {}};
    row.cells[0] = XlsxCell::str(r.id);
    row.cells[1] = XlsxCell::num(431234567);
    row.cells[2] = XlsxCell::date(started_serial(i), when);
    row.cells[3] = XlsxCell::date(submitted_serial(i), when);
    row.cells[9] = XlsxCell::str(r.role);
    for (std::size_t s = 0; s < r.statements.size(); ++s)
      if (!r.statements[s].empty()) row.cells[10 + s] = XlsxCell::str(r.statements[s]);
    if (!r.comment.empty()) row.cells[13] = XlsxCell::str(r.comment);
    rows.push_back(row);
  }
  book.add_sheet("Sheet", rows);
  return book.bytes();
}

// SPSS: one variable per question or statement, value labels for the codes, 9 = Don't know
// declared user-missing, the grid statements labelled "Question - Statement".
inline std::string spss_sav() {
  using namespace std::chrono;
  std::vector<SavVariable> vars;
  vars.push_back({"id", "Response ID", true, 8, "", {}, {}});
  vars.push_back({"submitted", "Submitted", false, 0, "DATETIME20", {}, {}});
  std::vector<std::pair<double, std::string>> roles, agreement;
  for (const auto& [code, label] : kRoles) roles.emplace_back(code, label);
  for (const auto& [code, label] : kAgreement) agreement.emplace_back(code, label);
  vars.push_back({"role", kRoleQuestion, false, 0, "F1.0", roles, {}});
  for (std::size_t s = 0; s < kStatements.size(); ++s)
    vars.push_back({"train_" + std::to_string(s + 1), kGridQuestion + " - " + kStatements[s], false, 0, "F1.0",
                    agreement, {9}});
  vars.push_back({"improve", kCommentQuestion, true, 200, "", {}, {}});
  // SPSS time counts seconds from 1582-10-14.
  const double day0 = static_cast<double>((sys_days{year{2025} / 5 / 6} - sys_days{year{1582} / 10 / 14}).count()) * 86400;
  std::vector<std::vector<SavCell>> rows;
  for (std::size_t i = 0; i < respondents().size(); ++i) {
    const auto& r = respondents()[i];
    std::vector<SavCell> row;
    row.push_back(r.id);
    row.push_back(std::to_string(static_cast<long long>(day0) + static_cast<long long>((9 + i) * 3600)));
    row.push_back(std::to_string(code_of(kRoles, r.role)));
    for (const auto& s : r.statements) row.push_back(s.empty() ? SavCell{} : SavCell{std::to_string(code_of(kAgreement, s))});
    row.push_back(r.comment);  // an empty string: SPSS has no missing text
    rows.push_back(row);
  }
  return write_sav(vars, rows);
}

// Triple-S 2.0: the definition (.sss) and its fixed-width data (.asc, same stem). Grid
// statements are single variables train_1..train_3 labelled "Question - Statement".
inline std::string triple_s_sss() {
  auto values = [](const std::vector<std::pair<int, std::string>>& labels) {
    std::string v = "      <values>\n";
    for (const auto& [code, label] : labels)
      v += "        <value code=\"" + std::to_string(code) + "\">" + xml_escape(label) + "</value>\n";
    return v + "      </values>\n";
  };
  std::string x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sss version=\"2.0\">\n"
                  "  <date>6 May 2025</date>\n  <origin>canvass make_platform_fixtures</origin>\n"
                  "  <survey>\n    <name>platforms</name>\n    <title>Staff training feedback</title>\n"
                  "    <record ident=\"A\" format=\"fixed\">\n";
  x += "    <variable ident=\"1\" type=\"character\" use=\"serial\">\n      <name>id</name>\n"
       "      <label>Response ID</label>\n      <position start=\"1\" finish=\"2\"/>\n      <size>2</size>\n    </variable>\n";
  x += "    <variable ident=\"2\" type=\"single\">\n      <name>role</name>\n      <label>" + xml_escape(kRoleQuestion) +
       "</label>\n      <position start=\"3\"/>\n" + values(kRoles) + "    </variable>\n";
  for (std::size_t s = 0; s < kStatements.size(); ++s)
    x += "    <variable ident=\"" + std::to_string(3 + s) + "\" type=\"single\">\n      <name>train_" +
         std::to_string(s + 1) + "</name>\n      <label>" + xml_escape(kGridQuestion + " - " + kStatements[s]) +
         "</label>\n      <position start=\"" + std::to_string(4 + s) + "\"/>\n" + values(kAgreement) + "    </variable>\n";
  x += "    <variable ident=\"6\" type=\"character\">\n      <name>improve</name>\n      <label>" +
       xml_escape(kCommentQuestion) + "</label>\n      <position start=\"7\" finish=\"46\"/>\n      <size>40</size>\n"
       "    </variable>\n";
  x += "    </record>\n  </survey>\n</sss>\n";
  return x;
}

inline std::string triple_s_asc() {
  std::string data;
  for (const auto& r : respondents()) {
    std::string line = r.id;
    line.resize(2, ' ');
    line += std::to_string(code_of(kRoles, r.role));
    for (const auto& s : r.statements) line += s.empty() ? std::string(" ") : std::to_string(code_of(kAgreement, s));
    std::string comment = r.comment;
    comment.resize(40, ' ');
    data += line + comment + "\r\n";
  }
  return data;
}

}  // namespace canvass::testing::platforms
