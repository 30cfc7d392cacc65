// SHA-256 of a byte string as lower-case hex (OpenSSL's libcrypto): a source's identity.
#pragma once

#include <string>
#include <string_view>

namespace canvass {

std::string sha256_hex(std::string_view bytes);

}  // namespace canvass
