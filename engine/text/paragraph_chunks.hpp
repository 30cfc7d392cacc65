// A long text cut into pieces of whole paragraphs (ending at a blank line) of about a given
// size, so a text of any length can be redacted piece by piece in flat memory: the
// redactor's rules never reach across a blank line, so the pieces give what the whole gives.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace canvass {

// Calls `piece(text, offset)` for consecutive pieces covering `text` exactly, in order. A
// piece ends after a blank line once it holds `target` bytes or more; a paragraph longer
// than `target` is one piece whatever its size.
void for_each_paragraph_chunk(std::string_view text, std::size_t target,
                              const std::function<void(std::string_view, std::size_t)>& piece);

}  // namespace canvass
