#include "layouts/xlsform.hpp"

#include <filesystem>

#include "sources/csv_reader.hpp"
#include "text/fold.hpp"

namespace canvass {

const XlsFormField* XlsForm::field(const std::string& name) const {
  for (const auto& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

Result<XlsForm> parse_xlsform_csv(const std::string& path) {
  auto table = read_csv_file(path);
  if (!table) return table.error();
  XlsForm form;
  std::string sheet;
  std::vector<std::string> columns;
  auto column = [&](const std::vector<std::string>& cells, const char* name) -> std::string {
    for (std::size_t i = 0; i < columns.size() && i < cells.size(); ++i)
      if (fold(columns[i]) == name || fold(columns[i]).starts_with(std::string(name) + "::"))
        return collapse_spaces(cells[i]);
    return {};
  };
  for (const auto& row : table->rows) {
    if (row.cells.empty()) continue;
    if (!collapse_spaces(row.cells[0]).empty()) {  // a sheet name starts a sheet
      sheet = fold(row.cells[0]);
      columns.clear();
      continue;
    }
    if (columns.empty()) {
      columns = row.cells;
      continue;
    }
    if (sheet == "survey") {
      XlsFormField f{column(row.cells, "type"), column(row.cells, "name"), column(row.cells, "label"), ""};
      const auto space = f.type.find(' ');
      if (f.type.starts_with("select_") && space != std::string::npos) f.list_name = collapse_spaces(f.type.substr(space));
      if (!f.name.empty() || !f.type.empty()) form.fields.push_back(std::move(f));
    } else if (sheet == "choices") {
      std::string list = column(row.cells, "list_name");
      if (list.empty()) list = column(row.cells, "list name");
      form.choices[list].emplace_back(column(row.cells, "name"), column(row.cells, "label"));
    }
  }
  if (form.fields.empty()) return Error{{path}, "no `survey` sheet rows: not an XLSForm saved as CSV"};
  return form;
}

std::optional<std::string> companion_xlsform_path(const std::string& data_path) {
  std::filesystem::path p(data_path);
  std::filesystem::path form = p.parent_path() / (p.stem().string() + ".xlsform.csv");
  std::error_code ec;
  if (std::filesystem::is_regular_file(form, ec)) return form.string();
  return std::nullopt;
}

}  // namespace canvass
