// The check a streamed file must pass to be read as it lies: valid UTF-8 with no NUL
// byte, i.e. bytes that decode_text would hand on unchanged. 16 bytes at a time.
#pragma once

namespace canvass {

// True when [p, last) is valid UTF-8 (the same test as is_valid_utf8) and holds no NUL.
// Callers split text only after an ASCII byte, so no character straddles two calls.
bool is_plain_utf8(const char* p, const char* last);

}  // namespace canvass
