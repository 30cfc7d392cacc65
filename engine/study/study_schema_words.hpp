// Study-file validation errors in the user's words: the validator's "no declaration found
// for element 'breakdown'" becomes "unknown element <breakdown> — did you mean
// <breakdowns>? (allowed in <study>: sources, scales, ...)", and "value 'markdown' not in
// enumeration" names the element or attribute and lists its allowed values. What is
// allowed is read from the schema itself, so the words follow schemas/study.xsd.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"

namespace canvass {

// `error` (from validating `bytes` against the XSD at `schema_path`) reworded; unchanged
// when it is not a validation error this knows, or the schema cannot be read.
Error explain_study_error(const Error& error, std::string_view bytes, const std::string& schema_path);

}  // namespace canvass
