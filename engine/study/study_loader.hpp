// Reads study.xml into a StudyConfig: parsed by the safe XML reader (no DOCTYPE, no
// external access) and validated against schemas/study.xsd, errors at line and column.
#pragma once

#include <string>
#include <string_view>

#include "model/error.hpp"
#include "study/study_config.hpp"

namespace canvass {

// The bundled schema every study file is validated against.
std::string study_schema_path();

// Reads and validates the study file at `path`.
Result<StudyConfig> load_study(const std::string& path);

// The same from bytes already read; `path` names the file and anchors relative paths.
Result<StudyConfig> parse_study(std::string_view bytes, const std::string& path);

}  // namespace canvass
