#include "model/build_id.hpp"

#include <elf.h>
#include <link.h>

#include <cstdio>
#include <cstring>

namespace canvass {

namespace {

// The main program is the first object dl_iterate_phdr reports; its PT_NOTE segments
// hold the NT_GNU_BUILD_ID note the linker wrote (--build-id, Debian's default).
int find_build_id(dl_phdr_info* info, std::size_t, void* data) {
  auto* out = static_cast<std::string*>(data);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = p + ph.p_memsz;
    while (p + sizeof(ElfW(Nhdr)) <= end) {
      const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(p);
      const char* name = p + sizeof(ElfW(Nhdr));
      const char* desc = name + ((note->n_namesz + 3) & ~3u);
      if (desc + note->n_descsz > end) break;
      if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
        char hex[3];
        for (unsigned k = 0; k < note->n_descsz; ++k) {
          std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(desc[k]));
          out->append(hex);
        }
        return 1;
      }
      p = desc + ((note->n_descsz + 3) & ~3u);
    }
  }
  return 1;  // only the first object, the program itself
}

const std::string& build_id() {
  static const std::string id = [] {
    std::string hex;
    dl_iterate_phdr(find_build_id, &hex);
    return hex;
  }();
  return id;
}

}  // namespace

std::string program_build() {
  return build_id().empty() ? std::string("canvass") : "canvass build " + build_id();
}

bool program_build_known() { return !build_id().empty(); }

}  // namespace canvass
