#include "analysis/codebook.hpp"

#include <fstream>
#include <memory>
#include <sstream>

#include <xercesc/dom/DOM.hpp>
#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/parsers/XercesDOMParser.hpp>
#include <xercesc/sax/HandlerBase.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLString.hpp>

#include "analysis/term_vectors.hpp"
#include "text/fold.hpp"
#include "text/words.hpp"

namespace canvass {

namespace {

namespace xc = xercesc;

std::string utf8_of(const XMLCh* s) {
  if (!s) return {};
  char* c = xc::XMLString::transcode(s);  // local code page; the codebook's names are ASCII in practice
  std::string out(c ? c : "");
  xc::XMLString::release(&c);
  return out;
}

// Xerces must be initialised before use and terminated after; this scope does both.
struct XercesScope {
  XercesScope() { xc::XMLPlatformUtils::Initialize(); }
  ~XercesScope() { xc::XMLPlatformUtils::Terminate(); }
};

std::string local_name(const xc::DOMNode* n) { return utf8_of(n->getNodeName()); }

}  // namespace

Result<Codebook> load_codebook(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{{path}, "cannot read this codebook", Error::Kind::io};
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const std::string* bytes = &text;
  XercesScope xerces;
  Codebook book;
  {
    xc::XercesDOMParser parser;
    parser.setValidationScheme(xc::XercesDOMParser::Val_Never);
    parser.setDoNamespaces(false);
    parser.setDisableDefaultEntityResolution(true);
    xc::HandlerBase errors;
    parser.setErrorHandler(&errors);
    xc::MemBufInputSource input(reinterpret_cast<const XMLByte*>(bytes->data()), bytes->size(), path.c_str());
    try {
      parser.parse(input);
    } catch (const xc::SAXParseException& e) {
      return Error{{path, static_cast<std::size_t>(e.getLineNumber()), static_cast<std::size_t>(e.getColumnNumber())},
                   "codebook is not well-formed XML: " + utf8_of(e.getMessage())};
    } catch (...) {
      return Error{{path}, "codebook could not be read as XML"};
    }
    const xc::DOMDocument* doc = parser.getDocument();
    const xc::DOMElement* root = doc ? doc->getDocumentElement() : nullptr;
    if (!root || local_name(root) != "codebook") return Error{{path}, "expected a <codebook> element"};
    for (const xc::DOMNode* t = root->getFirstChild(); t; t = t->getNextSibling()) {
      if (t->getNodeType() != xc::DOMNode::ELEMENT_NODE || local_name(t) != "theme") continue;
      Theme theme;
      XMLCh* attr = xc::XMLString::transcode("name");
      theme.name = collapse_spaces(utf8_of(static_cast<const xc::DOMElement*>(t)->getAttribute(attr)));
      xc::XMLString::release(&attr);
      if (theme.name.empty()) return Error{{path}, "a <theme> has no name"};
      for (const xc::DOMNode* k = t->getFirstChild(); k; k = k->getNextSibling())
        if (k->getNodeType() == xc::DOMNode::ELEMENT_NODE && local_name(k) == "keyword") {
          std::string kw = collapse_spaces(utf8_of(k->getTextContent()));
          if (!kw.empty()) theme.keywords.push_back(std::move(kw));
        }
      book.themes.push_back(std::move(theme));
    }
  }
  if (book.themes.empty()) return Error{{path}, "the codebook has no themes"};
  return book;
}

Result<Codebook> load_default_codebook(const std::string& data_folder) {
  return load_codebook(data_folder + "/codebook/default-codebook.xml");
}

std::vector<std::string> stems_of(std::string_view text, Stemmer& stemmer) {
  std::vector<std::string> out;
  for (const auto& w : letter_words(text)) out.push_back(stemmer.stem(fold(w.text)));
  return out;
}

namespace {

constexpr std::size_t kPrefixLetters = 5;  // a keyword word this long also matches as a prefix

std::size_t letters_in(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;  // code points, not bytes
  return n;
}

}  // namespace

std::vector<std::string> codebook_warnings(const Codebook& codebook) {
  std::vector<std::string> out;
  for (const auto& theme : codebook.themes)
    for (const auto& kw : theme.keywords) {
      const std::string folded = fold(kw);
      const auto ws = letter_words(folded);
      const std::string where = "codebook theme \"" + theme.name + "\": keyword \"" + kw + "\"";
      if (ws.empty()) {
        out.push_back(where + " has no letters, so it can never match");
        continue;
      }
      bool all_function_words = true;
      for (const auto& w : ws) all_function_words = all_function_words && is_stop_word(std::string(w.text));
      if (all_function_words) out.push_back(where + " is only function words, so it matches nearly every comment");
    }
  return out;
}

ThemeMatcher::ThemeMatcher(const Codebook& codebook) {
  for (std::size_t t = 0; t < codebook.themes.size(); ++t) {
    names_.push_back(codebook.themes[t].name);
    for (const auto& kw : codebook.themes[t].keywords) {
      Keyword k{{}, t};
      const std::string folded = fold(kw);
      for (const auto& w : letter_words(folded))
        k.words.push_back({std::string(w.text), stemmer_.stem(w.text), letters_in(w.text) >= kPrefixLetters});
      if (k.words.empty()) continue;
      const KeywordWord& first = k.words.front();
      by_stem_[first.stem].push_back(static_cast<std::uint32_t>(keywords_.size()));
      if (first.prefix) {
        by_prefix_[first.word].push_back(static_cast<std::uint32_t>(keywords_.size()));
        prefix_start_[two_bytes(first.word)] = true;
        shortest_prefix_ = shortest_prefix_ ? std::min(shortest_prefix_, first.word.size()) : first.word.size();
        longest_prefix_ = std::max(longest_prefix_, first.word.size());
      }
      keywords_.push_back(std::move(k));
    }
  }
}

bool ThemeMatcher::word_matches(const KeywordWord& k, std::string_view word, std::string_view stem) const {
  if (stem == k.stem) return true;
  return k.prefix && word.size() > k.word.size() && word.compare(0, k.word.size(), k.word) == 0;
}

void ThemeMatcher::add_starts(std::string_view word, std::string_view stem, std::vector<std::uint32_t>& out) const {
  if (auto it = by_stem_.find(stem); it != by_stem_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  const bool may_have_prefix = shortest_prefix_ && word.size() > shortest_prefix_ && prefix_start_[two_bytes(word)];
  const std::size_t longest = may_have_prefix ? std::min(longest_prefix_, word.size() - 1) : 0;
  for (std::size_t n = shortest_prefix_; shortest_prefix_ && n <= longest; ++n)
    if (auto it = by_prefix_.find(word.substr(0, n)); it != by_prefix_.end())
      out.insert(out.end(), it->second.begin(), it->second.end());
}

// Sets hit[t] for each theme t with a keyword matching at some word. A keyword in
// starts(i) has already matched its first word at word i (by stem or by prefix).
template <class StemAt, class StartsAt>
void ThemeMatcher::mark_hits(const std::vector<std::string_view>& words, StemAt stem_at, StartsAt starts_at,
                             std::vector<bool>& hit) const {
  hit.assign(names_.size(), false);
  for (std::size_t i = 0; i < words.size(); ++i)
    for (std::uint32_t k : starts_at(i)) {
      const Keyword& kw = keywords_[k];
      if (hit[kw.theme] || i + kw.words.size() > words.size()) continue;
      bool match = true;
      for (std::size_t j = 1; j < kw.words.size() && match; ++j) match = word_matches(kw.words[j], words[i + j], stem_at(i + j));
      if (match) hit[kw.theme] = true;
    }
}

std::vector<std::size_t> ThemeMatcher::theme_indexes(const std::vector<std::string_view>& words,
                                                     const std::vector<std::string>& stems) const {
  const std::vector<std::string_view> ws(words.begin(), words.begin() + std::min(words.size(), stems.size()));
  std::vector<std::uint32_t> starts;
  std::vector<bool> hit;
  mark_hits(
      ws, [&](std::size_t i) -> std::string_view { return stems[i]; },
      [&](std::size_t i) -> const std::vector<std::uint32_t>& {
        starts.clear();
        add_starts(ws[i], stems[i], starts);
        return starts;
      },
      hit);
  std::vector<std::size_t> out;
  for (std::size_t t = 0; t < names_.size(); ++t)
    if (hit[t]) out.push_back(t);
  return out;
}

const ThemeMatcher::WordFacts& ThemeMatcher::facts_of(std::string_view word) {
  if (auto it = word_facts_.find(word); it != word_facts_.end()) return it->second;
  WordFacts f{stemmer_.stem(word), {}};
  add_starts(word, f.stem, f.starts);
  return word_facts_.emplace(std::string(word), std::move(f)).first->second;
}

std::vector<std::string> ThemeMatcher::themes_of_words() {
  mark_hits(
      words_, [&](std::size_t i) -> std::string_view { return facts_[i]->stem; },
      [&](std::size_t i) -> const std::vector<std::uint32_t>& { return facts_[i]->starts; }, hit_);
  std::vector<std::string> out;
  for (std::size_t t = 0; t < names_.size(); ++t)
    if (hit_[t]) out.push_back(names_[t]);
  return out;
}

void ThemeMatcher::start_text() {
  if (word_facts_.size() >= kWordCache) word_facts_.clear();  // never within a text: facts_ points into it
  words_.clear();
  facts_.clear();
}

std::vector<std::string> ThemeMatcher::themes_of(std::string_view text) {
  const std::string folded = fold(text);
  start_text();
  for (const auto& w : letter_words(folded)) {
    words_.push_back(w.text);
    facts_.push_back(&facts_of(w.text));
  }
  return themes_of_words();
}

std::vector<std::string> ThemeMatcher::themes_of(std::string_view text, const std::vector<Word>& text_words) {
  if (!folds_simply(text)) return themes_of(text);
  start_text();
  folded_.resize(text.size());  // a folded word is never longer: written in place, views stay valid
  char* to = folded_.data();
  for (const Word& w : text_words) {
    if (w.kind != Word::Kind::letters) continue;
    const char* const from = to;
    for (std::size_t i = 0; i < w.text.size(); ++i) {
      const char c = w.text[i];
      if (static_cast<unsigned char>(c) < 0x80) {
        *to++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      } else {
        *to++ = plain_punctuation(w.text, i);
        i += 2;
      }
    }
    words_.emplace_back(from, static_cast<std::size_t>(to - from));
    facts_.push_back(&facts_of(words_.back()));
  }
  return themes_of_words();
}

}  // namespace canvass
