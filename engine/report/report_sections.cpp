#include "report/report_section.hpp"

namespace canvass {

std::vector<ReportSection> report_sections() {
  return {title_section(), agreement_section(), chart_section(), breakdown_section(), quote_bank_section(),
          focus_group_notes_section()};
}

}  // namespace canvass
