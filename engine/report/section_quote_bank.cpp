// The quote bank's place in the report: per theme of the study's codebook (else the default
// one), up to three quotes chosen by the quote bank's one selection (the same rules as
// `canvass quotes`, the per-respondent cap across the whole section) (engine/analysis/quote_bank), the study's
// names redacted, written by report/quotes_section. Left out when nothing is quotable.
#include "analysis/quote_bank.hpp"
#include "report/quotes_section.hpp"
#include "report/report_section.hpp"
#include "text/word_list.hpp"

namespace canvass {

namespace {

constexpr std::size_t kPerTheme = 3;

Status write_quote_bank(ReportContext& c, ReportOutput& out) {
  const std::string data = data_dir();
  auto resources = QuoteResources::load(data);
  if (!resources) return resources.error();
  QuoteOptions options;
  if (c.options.codebook) {
    options.codebook = *c.options.codebook;
  } else {
    auto codebook = load_default_codebook(data);
    if (!codebook) return codebook.error();
    options.codebook = std::move(codebook).value();
  }
  options.names_to_redact = c.options.names_to_redact;
  options.min_cell = c.options.min_cell;
  // The bank's count of comments scored, shown as part of the report's own step.
  Progress progress;
  if (c.progress)
    progress = [&c](const ProgressUpdate& u) { c.progress({"building the report", "quote bank, scoring comments", u.done, u.total}); };
  auto bank = build_quote_bank(c.db, *resources, options, progress);
  if (!bank) return bank.error();
  const auto themes = bank->select_by_theme(options, kPerTheme);
  if (themes.empty()) return Ok{};
  write_quotes_section_html(out.html, themes);
  write_quotes_section_markdown(out.markdown, themes);
  return Ok{};
}

}  // namespace

ReportSection quote_bank_section() { return {"quote-bank", write_quote_bank}; }

}  // namespace canvass
