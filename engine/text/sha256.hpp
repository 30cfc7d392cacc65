// SHA-256 of a byte string as lower-case hex (OpenSSL's libcrypto): a source's identity.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace canvass {

std::string sha256_hex(std::string_view bytes);

// The same for a file read in blocks (never held whole); nothing when it cannot be read.
std::optional<std::string> sha256_file_hex(const std::string& path);

}  // namespace canvass
