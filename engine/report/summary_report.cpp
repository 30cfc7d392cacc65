#include "report/summary_report.hpp"

#include <algorithm>

#include "report/csv_writer.hpp"
#include "report/distribution_report.hpp"
#include "report/figures.hpp"
#include "report/json_writer.hpp"
#include "report/markdown_writer.hpp"

namespace canvass {

namespace {

std::string count(long v, bool suppressed) { return suppressed ? "" : std::to_string(v); }

std::string with_share(long k, const std::optional<double>& pct) {
  return pct ? std::to_string(k) + " (" + share_text(pct) + "%)" : std::to_string(k);
}

}  // namespace

std::vector<ItemSummary> summarise_all(const std::vector<ItemDistribution>& items) {
  std::vector<ItemSummary> out;
  for (const auto& d : items) out.push_back(summarise(d));
  return out;
}

void write_summary_csv(std::ostream& out, const std::vector<ItemSummary>& rows) {
  write_csv_row(out, {"question", "item", "group", "n", "missing", "nonsubstantive", "agree", "neutral", "disagree",
                      "agree_pct", "agree_low", "agree_high", "net", "mean", "median", "sd", "suppressed"});
  for (const auto& s : rows) {
    const bool x = s.suppressed;
    write_csv_row(out, {s.question, s.item, s.group, count(s.n, x), count(s.missing, x), count(s.nonsubstantive, x),
                        count(s.agree, x), count(s.neutral, x), count(s.disagree, x), share_text(s.agree_pct),
                        share_text(s.agree_low), share_text(s.agree_high), share_text(s.net), code_text(s.mean),
                        code_text(s.median), code_text(s.sd), x ? "true" : "false"});
  }
}

void write_summary_json(std::ostream& out, const std::vector<ItemSummary>& rows) {
  std::vector<JsonObject> objects;
  for (const auto& s : rows) {
    JsonObject o;
    o.text("question", s.question).text("item", s.item).text("group", s.group);
    if (s.suppressed) {
      for (const char* f : {"n", "missing", "nonsubstantive", "agree", "neutral", "disagree", "agree_pct", "agree_low",
                            "agree_high", "net", "mean", "median", "sd"})
        o.null(f);
      o.boolean("suppressed", true).null("small_n");
    } else {
      o.integer("n", s.n).integer("missing", s.missing).integer("nonsubstantive", s.nonsubstantive);
      o.integer("agree", s.agree).integer("neutral", s.neutral).integer("disagree", s.disagree);
      o.number("agree_pct", s.agree_pct, kShareDecimals).number("agree_low", s.agree_low, kShareDecimals);
      o.number("agree_high", s.agree_high, kShareDecimals).number("net", s.net, kShareDecimals);
      o.number("mean", s.mean, kCodeDecimals).number("median", s.median, kCodeDecimals);
      o.number("sd", s.sd, kCodeDecimals).boolean("suppressed", false).boolean("small_n", s.small_n());
    }
    objects.push_back(std::move(o));
  }
  write_json_array(out, objects);
}

void write_summary_markdown(std::ostream& out, const std::vector<ItemSummary>& rows, long min_cell) {
  bool any_small = false, any_suppressed = false, any_reversed = false;
  for (std::size_t start = 0; start < rows.size();) {
    std::size_t end = start;
    while (end < rows.size() && rows[end].question == rows[start].question) ++end;
    const bool grouped = std::any_of(rows.begin() + static_cast<long>(start), rows.begin() + static_cast<long>(end),
                                     [](const ItemSummary& s) { return !s.group.empty(); });
    const bool beside = std::any_of(rows.begin() + static_cast<long>(start), rows.begin() + static_cast<long>(end),
                                    [](const ItemSummary& s) { return s.missing || s.nonsubstantive; });
    long respondents = 0;
    for (std::size_t i = start; i < end; ++i)
      if (rows[i].group.empty() || !grouped)  // everyone asked, as in the report's captions
        respondents = std::max(respondents, rows[i].n + rows[i].nonsubstantive + rows[i].missing);
    out << "### " << md_cell(rows[start].question) << " (n=" << respondents << ")\n\n| Statement |";
    if (grouped) out << " Group |";
    out << " n | Agree | Neutral | Disagree | Agree 95% CI | Net agreement | Mean | Median | SD |";
    if (beside) out << " No answer | Don't know / N/A |";
    out << "\n|---|" << (grouped ? "---|" : "") << "---:|---:|---:|---:|---:|---:|---:|---:|---:|"
        << (beside ? "---:|---:|" : "") << "\n";
    for (std::size_t i = start; i < end; ++i) {
      const ItemSummary& s = rows[i];
      out << "| " << md_cell(statement_text(s.question, s.item, s.reverse_coded)) << " |";
      any_reversed = any_reversed || s.reverse_coded;
      if (grouped) out << ' ' << md_cell(group_title(s.group)) << " |";
      if (s.suppressed) {
        any_suppressed = true;
        out << ' ' << kSuppressedLabel << " | | | | | | | | |" << (beside ? " | |" : "") << '\n';
        continue;
      }
      any_small = any_small || s.small_n();
      out << ' ' << s.n << (s.small_n() ? "†" : "") << " | " << with_share(s.agree, s.agree_pct) << " | "
          << with_share(s.neutral, s.neutral_pct) << " | " << with_share(s.disagree, s.disagree_pct) << " | "
          << interval_text(s.agree_low, s.agree_high) << " | " << signed_share_text(s.net) << " | "
          << code_text(s.mean) << " | " << median_text(s.median) << " | " << code_text(s.sd) << " |";
      if (beside) out << ' ' << s.missing << " | " << s.nonsubstantive << " |";
      out << '\n';
    }
    out << '\n';
    start = end;
  }
  for (const auto& note : denominator_notes()) out << "- " << note << '\n';
  if (any_small) out << "- † " << small_sample_note() << '\n';
  if (any_suppressed) out << "- " << suppression_note(min_cell) << '\n';
  if (any_reversed) out << "- " << reverse_coded_note() << '\n';
}

std::vector<std::string> denominator_notes() {
  return {
      "Percentages are of valid answers (n): answers on the agreement scale. \"Don't know\", \"N/A\" and "
      "similar answers, and questions left unanswered, are counted beside the scale and are not in n.",
      "Agree = the levels on the agreeing side of the scale (e.g. Strongly agree + Agree); disagree likewise; "
      "neutral is counted separately. Net agreement = agree % minus disagree %.",
      "95% CI: the Wilson score interval for the agree share, which stays within 0\u2013100% at small n.",
      "Mean, median and SD (sample, n\u22121) code the levels 1 = most negative up to k = most positive.",
  };
}

std::string small_sample_note() {
  return "Fewer than " + std::to_string(kSmallSample) +
         " valid answers: percentages rest on few people and the intervals are wide.";
}

std::string reverse_coded_note() {
  return "(reverse-coded): the study marks the statement as worded so that agreeing is unfavourable. Its counts, "
         "agree / neutral / disagree and net agreement are as answered; its mean and median code the levels the "
         "other way round (most positive level = 1 up to most negative = k), so a higher mean is always favourable.";
}

std::string suppression_note(long min_cell) {
  return "Groups with fewer than " + std::to_string(min_cell) +
         " respondents are suppressed: no figures are shown for them. Where the figures of a suppressed group "
         "could be worked out by subtracting the other groups from the all-respondents row, the next smallest "
         "groups are suppressed too, until at least two groups holding at least " + std::to_string(min_cell) +
         " respondents between them are suppressed.";
}

}  // namespace canvass
