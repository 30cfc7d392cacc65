// NoteSteps normalises and splits a record's text once for the theme matcher and the
// redactor: it must give exactly what the two give on their own, each splitting the text
// itself, on real prose as written and as a word processor writes it.
#include "notes/note_steps.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "test_support.hpp"
#include "text/word_list.hpp"

namespace canvass {
namespace {

// Straight quotes made curly and spaced hyphens en dashes, as Word's autocorrect does.
std::string curly(const std::string& line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\'') out += (i > 0 && line[i - 1] != ' ') ? "\xE2\x80\x99" : "\xE2\x80\x98";
    else if (line[i] == '"') out += (i > 0 && line[i - 1] != ' ') ? "\xE2\x80\x9D" : "\xE2\x80\x9C";
    else if (line.compare(i, 3, " - ") == 0) out += " \xE2\x80\x93", ++i;
    else out += line[i];
  }
  return out;
}

TEST(NoteSteps, OneSplitGivesWhatTheMatcherAndRedactorGiveApart) {
  auto codebook = load_default_codebook(data_dir());
  auto redactor = Redactor::shipped();
  ASSERT_TRUE(codebook && redactor);
  NoteSteps steps(*codebook, *redactor);
  NoteThemes themes(*codebook);
  NoteRedactor redact(*redactor);
  std::vector<std::string> texts = {"Don`t ‘wait’ – ring Sarah on 07700 900123", "Seonaid and Ruairidh said funding`s late",
                                    "Café staff: “Mrs Jones” – training", ""};
  for (const char* name : {"ogl-scotgov-tune.txt", "workshop-table-notes.txt", "sample-carers-forum-notes.txt"}) {
    std::ifstream in(testing::source_dir() + "/bench/redaction/prose/" + name);
    ASSERT_TRUE(in) << name;
    for (std::string line; std::getline(in, line);) {
      texts.push_back(line);
      texts.push_back(curly(line));
    }
  }
  for (const auto& text : texts) {
    NoteRecord together;
    together.text = text;
    together.section = "Table 1 \xE2\x80\x93 Dr Fletcher's group";
    NoteRecord apart = together;
    steps(together);
    apart.themes = themes.of(apart.text);
    redact.redact(apart);
    ASSERT_EQ(together.text, apart.text) << text;
    ASSERT_EQ(together.themes, apart.themes) << text;
    ASSERT_EQ(together.section, apart.section) << text;
  }
}

}  // namespace
}  // namespace canvass
