#include "layouts/odk_layout.hpp"

#include "header/header.hpp"
#include "layouts/metadata_columns.hpp"
#include "layouts/xlsform.hpp"
#include "text/fold.hpp"

namespace canvass {

namespace {

Signature signature(const Table& table) {
  bool submission = false, key = false, submitter = false, parent = false;
  for (const auto& h : table.rows.empty() ? std::vector<std::string>{} : table.rows[0].cells) {
    submission = submission || h == "SubmissionDate";
    key = key || h == "KEY";
    submitter = submitter || h == "SubmitterID";
    parent = parent || h == "PARENT_KEY";
  }
  if (submission && key && submitter) return {true, "header has `SubmissionDate`, `KEY` and `SubmitterID`"};
  if (parent && key) return {true, "header has `PARENT_KEY` and `KEY`: a repeat-group table"};
  return {false, "header lacks `SubmissionDate`, `KEY` and `SubmitterID` (or `PARENT_KEY`)"};
}

Result<SurveyPlan> plan(const Table& table) {
  SurveyPlan p;
  p.platform = "odk";
  const auto& header = table.rows[0].cells;
  p.columns.resize(header.size());
  std::optional<XlsForm> form;
  if (auto path = companion_xlsform_path(table.path)) {
    auto f = parse_xlsform_csv(*path);
    if (!f) return f.error();
    form = std::move(f).value();
    p.notes.push_back("labels from the form beside the data: " + *path);
  } else {
    p.notes.push_back("no form beside the data (<stem>.xlsform.csv): choice names stand as labels");
  }
  auto label = [&](const std::string& name) {
    const XlsFormField* f = form ? form->field(name) : nullptr;
    return f && !f->label.empty() ? f->label : name;
  };
  for (std::size_t c = 0; c < header.size(); ++c) {
    ColumnPlan& col = p.columns[c];
    const std::string h = collapse_spaces(header[c]);
    col.planned = true;
    if (h == "KEY") continue;
    if (h == "PARENT_KEY") {
      col.role = ColumnRole::attribute;
      col.attribute = "parent_key";
      continue;
    }
    if (auto meta = metadata_column(h); meta && (h == "SubmissionDate" || h == "meta-instanceID" || h.starts_with("Submitter") ||
                                                 h.starts_with("Attachments") || h == "Status" || h == "ReviewState" ||
                                                 h == "DeviceID" || h == "Edits" || h == "FormVersion")) {
      plan_metadata_column(col, *meta, false);
      continue;
    }
    if (auto meta = form_metadata_column(h)) {  // start, end, deviceid, meta-instanceID, ...
      plan_metadata_column(col, *meta, false);
      continue;
    }
    const auto parts = grammar::split_path(h, '-');
    const std::string name = parts.back();
    const XlsFormField* field = form ? form->field(name) : nullptr;
    col.role = ColumnRole::answer;
    std::string code = name;
    if (parts.size() > 1) {  // inside a group: one grid when its answers share a scale
      code = h.substr(0, h.size() - name.size() - 1);
      col.question_text = label(parts[parts.size() - 2]);
      col.item_text = label(name);
      col.tentative_grid = true;
    } else {
      col.question_text = label(name);
    }
    col.question = code;
    col.item_code = h;
    if (field && field->type.starts_with("select_multiple")) {
      col.shape = CellShape::joined;
      col.kind = QuestionKind::multi;
    }
    if (field && !field->list_name.empty())
      for (const auto& [choice, choice_label] : form->choices[field->list_name])
        p.value_labels[code][choice] = choice_label.empty() ? choice : choice_label;
  }
  if (!form) p.notes.push_back("select_multiple cells are space-separated names; without the form they read as text");
  return p;
}

}  // namespace

Layout odk_layout() { return {"odk", "ODK Central CSV export", signature, plan}; }

}  // namespace canvass
