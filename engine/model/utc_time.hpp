// The current time in UTC as text, for the store's timestamps (batches, sources, quote
// decisions) and the default batch label of a run.
#pragma once

#include <string>

namespace canvass {

// Now in UTC through strftime's `format` (default ISO 8601: 2026-11-23T13:30:48Z).
std::string utc_now(const char* format = "%Y-%m-%dT%H:%M:%SZ");

}  // namespace canvass
