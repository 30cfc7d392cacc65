// The parts of an XLSForm (the form definition behind KoboToolbox and ODK) that give an
// export's names their labels: each field's type and label, each group's label, and each
// choice list. Read from the form saved as CSV the way pyxform reads one (a row naming
// the sheet — `survey`, `choices` — then its header row and rows, first cell empty).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/error.hpp"

namespace canvass {

struct XlsFormField {
  std::string type;       // "select_one agree5", "text", "begin_group"
  std::string name;
  std::string label;
  std::string list_name;  // the choice list of a select_one / select_multiple
};

struct XlsForm {
  std::vector<XlsFormField> fields;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> choices;  // list -> (name, label)

  const XlsFormField* field(const std::string& name) const;
};

// Parses an XLSForm saved as CSV; `path` names it in errors.
Result<XlsForm> parse_xlsform_csv(const std::string& path);

// The form beside a data export: "<stem>.xlsform.csv" next to "<stem>.csv", if present.
std::optional<std::string> companion_xlsform_path(const std::string& data_path);

}  // namespace canvass
