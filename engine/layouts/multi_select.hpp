// Multi-select answers: splitting a joined cell into its choices by the platform's rule
// (", " Google Sheets, ";" Google direct and Microsoft Forms with its trailing ';', " "
// Kobo/ODK), telling a ticked flag column from an unticked one, and recognising a column
// of joined choices when the platform does not say which columns are multi-select.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace canvass {

// The choices in `cell`, trimmed, empty parts dropped, in the order written.
std::vector<std::string> split_choices(std::string_view cell, std::string_view separator);

// A flag column's cell is ticked: not blank, not 0 / N / false, not a seen-unanswered code.
bool is_ticked(std::string_view cell);

// True when the column's answers read as choices joined by `separator`: some cell holds
// several, the parts are short and few, and they recur across respondents.
bool looks_multi_select(const std::vector<std::string>& cells, std::string_view separator);

}  // namespace canvass
