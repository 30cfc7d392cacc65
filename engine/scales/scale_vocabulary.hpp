// Recognises Likert scales from the answer labels a question received: a vocabulary of
// scale forms (family, points, labels per level) plus non-substantive labels such as
// "Don't know", matched on folded text so case, spacing, curly quotes and Unicode forms
// do not matter.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "model/error.hpp"
#include "model/scale.hpp"

namespace canvass {

// One form of a scale: levels from most negative to most positive, each with the
// labels that mean it (the first is the display label).
struct ScaleForm {
  std::string name;    // "agreement-5"
  std::string family;  // "agreement"
  std::vector<std::vector<std::string>> levels;
  std::vector<Polarity> polarities;  // one per level
  // Parallel to `levels`: each label's language (lang="cy"), empty for English (the default).
  // A scale recognised through labels of another language keeps that language's labels.
  std::vector<std::vector<std::string>> languages;
  // Chosen only when a question's wording asks for it (a 0-10 rating), never by answers
  // alone: recognise() skips it, read_on() reads it.
  bool chosen_by_wording = false;
};

// A recognised scale and how each answer seen maps onto it (one hash probe per cell).
struct ScaleMatch {
  Scale scale;
  std::unordered_map<std::string, int> level_by_folded_answer;

  // The level of `answer`, or nothing when it is blank or not on the scale.
  std::optional<int> level_of(std::string_view answer) const;
};

class ScaleVocabulary {
 public:
  // Reads a vocabulary file (grammars/scales.xml's format), validated by `schema_path`
  // (schemas/scales.xsd), through the safe XML reader.
  static Result<ScaleVocabulary> load(const std::string& path, const std::string& schema_path);

  // The shipped vocabulary: `data_dir`/grammars/scales.xml validated by
  // `data_dir`/schemas/scales.xsd (data_dir defaults to install_dir()).
  static Result<ScaleVocabulary> shipped(const std::string& data_dir);
  static Result<ScaleVocabulary> shipped();

  // The shipped vocabulary, for callers that cannot go on without it: a missing or broken
  // shipped file is a broken installation, reported on stderr before exiting with code 3.
  static ScaleVocabulary builtin();

  void add_form(ScaleForm form);
  void add_nonsubstantive(std::string label);

  // The scale that every non-empty answer in `answers` belongs to, with the
  // non-substantive labels that occur appended after the substantive levels, or
  // nothing when the answers match no form (then the question is not Likert).
  //
  // Answers seen in the data rarely use every level (at n=13 nobody may pick neutral), so
  // when several forms of a family cover them the 5-point form wins, else the smallest.
  // A complete label set (value labels from SPSS, Triple-S or a structure file) names
  // every level, so there the form with exactly that many levels wins.
  enum class Labels { observed, complete };
  std::optional<ScaleMatch> recognise(const std::vector<std::string>& answers,
                                      Labels labels = Labels::observed) const;

  // Whether `label` is a non-substantive answer ("Don't know", "Not answered", "Refused").
  bool is_nonsubstantive(std::string_view label) const;

  // The form called `name` ("agreement-5"), or none.
  const ScaleForm* form(std::string_view name) const;

  // The answers read on the form called `name`, whatever they look like: what a study's
  // scale override asks for. Answers that are neither a level of that form nor a
  // non-substantive label are not placed on it: each such distinct answer (as first
  // written) is added to `off_scale`, and level_of gives nothing for it. None when the
  // vocabulary has no form of that name.
  std::optional<ScaleMatch> read_on(std::string_view name, const std::vector<std::string>& answers,
                                    std::vector<std::string>& off_scale) const;

  const std::vector<ScaleForm>& forms() const { return forms_; }

  // The language of an answer label the vocabulary knows only in another language than
  // English ("Cytuno'n gryf" -> "cy"); empty for English, for labels in several languages,
  // and for labels it does not know. Outputs mark such labels (WCAG 3.1.2, language of parts).
  std::string language_of(std::string_view label) const;

 private:
  struct Seen;  // one distinct answer (scale_vocabulary.cpp)
  ScaleMatch match_form(std::size_t form, const std::vector<Seen>& seen) const;
  bool fits_form(std::size_t form, const Seen& answer) const;
  struct FoldedForm {
    std::vector<std::vector<std::string>> levels;  // folded labels
  };
  std::optional<int> match_level(const FoldedForm& form, const std::string& folded) const;
  std::optional<std::string> match_nonsubstantive(const std::string& folded) const;

  std::vector<ScaleForm> forms_;
  std::vector<FoldedForm> folded_forms_;
  std::vector<std::string> nonsubstantive_;         // display labels
  std::vector<std::string> nonsubstantive_folded_;  // folded, same order
};

}  // namespace canvass
