// Writes the container fixtures of the "platforms" sample survey into samples/platforms/:
// the workbooks, the SPSS file and the Triple-S pair. Run by scripts/make-fixtures.sh;
// tests check that the committed files are exactly what this writes.
#include <cstdio>
#include <fstream>
#include <string>

#include "tools/platform_fixtures.hpp"

namespace {

bool write(const std::string& folder, const std::string& name, const std::string& bytes) {
  const std::string path = folder + "/" + name;
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    std::fprintf(stderr, "cannot write %s\n", path.c_str());
    return false;
  }
  std::printf("wrote %s (%zu bytes)\n", path.c_str(), bytes.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_platform_fixtures FOLDER\n");
    return 2;
  }
  namespace p = canvass::testing::platforms;
  const std::string folder = argv[1];
  bool ok = write(folder, "microsoft-forms.xlsx", p::microsoft_forms_xlsx()) &&
            write(folder, "surveymonkey.xlsx", p::surveymonkey_xlsx()) && write(folder, "spss.sav", p::spss_sav()) &&
            write(folder, "triple-s.sss", p::triple_s_sss()) && write(folder, "triple-s.asc", p::triple_s_asc());
  return ok ? 0 : 1;
}
