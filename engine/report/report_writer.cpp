#include "report/report_writer.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <sstream>

#include "report/csv_writer.hpp"
#include "report/docx_writer.hpp"
#include "report/html_writer.hpp"
#include "report/report_document.hpp"
#include "report/xlsx_tables.hpp"
#include "report/report_inputs.hpp"
#include "store/schema.hpp"

namespace canvass {

namespace {

Result<long> respondent_count(Database& db) {
  auto st = db.prepare("SELECT count(*) FROM respondent");
  if (!st) return st.error();
  auto row = st->step();
  if (!row) return row.error();
  return *row ? static_cast<long>(st->integer(0)) : 0L;
}

Result<std::vector<Grouping>> groupings(Database& db, const ReportOptions& options) {
  std::vector<Grouping> out;
  for (const auto& spec : options.by) {
    auto g = resolve_grouping(db, spec);
    if (!g) return g.error();
    out.push_back(std::move(g).value());
  }
  if (!options.by.empty()) return out;
  auto questions = single_choice_groupings(db);
  if (!questions) return questions.error();
  out = std::move(questions).value();
  auto batches = batch_count(db);
  if (!batches) return batches.error();
  if (*batches > 1) out.push_back({Grouping::Kind::batch, "", "Batch"});
  return out;
}

// The output format a report file belongs to; the SVG figures are the Markdown's images
// (report.html carries its own copies inline).
std::string format_of(const std::string& name) {
  const std::string ext = std::filesystem::path(name).extension().string();
  if (ext == ".svg") return "md";
  return ext.empty() ? std::string() : ext.substr(1);
}

// The report's HTML with a contents list after its title: a link to each <section> by
// its heading, as the sections wrote them.
std::string with_contents(const std::string& html) {
  constexpr std::string_view open = "<section id=\"", heading = "\">\n<h2>";
  std::ostringstream nav;
  nav << "<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n";
  int entries = 0;
  for (std::size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
    const std::size_t id = at + open.size(), id_end = html.find(heading, id);
    const std::size_t title_end = id_end == std::string::npos ? id_end : html.find("</h2>", id_end);
    if (title_end == std::string::npos || html.find('"', id) < id_end) continue;
    nav << "<li><a href=\"#" << html.substr(id, id_end - id) << "\">"
        << html.substr(id_end + heading.size(), title_end - id_end - heading.size()) << "</a></li>\n";
    ++entries;
  }
  nav << "</ol>\n</nav>\n";
  const auto after = html.find("</header>\n");
  if (entries < 2 || after == std::string::npos) return html;
  return html.substr(0, after + 10) + nav.str() + html.substr(after + 10);
}

}  // namespace

Result<ReportContext> prepare_report(Database& db, const ReportOptions& options) {
  ReportContext c{db, options, 0, {}, {}, {}};
  auto n = respondent_count(db);
  if (!n) return n.error();
  c.respondents = *n;
  auto whole_sample = tally_store(db);  // counted once for the overall table and every breakdown
  if (!whole_sample) return whole_sample.error();
  c.overall = overall_distributions(*whole_sample);
  reorder(c.overall, options.order);
  auto gs = groupings(db, options);
  if (!gs) return gs.error();
  for (const auto& g : *gs) {
    auto b = break_down(db, g, options.min_cell, *whole_sample);
    if (!b) return b.error();
    reorder(*b, options.order);
    c.breakdowns.push_back(std::move(b).value());
  }
  return c;
}

Result<OutputsWritten> write_report(Database& db, const ReportOptions& options, const std::string& out_dir,
                                    const Progress& progress) {
  constexpr const char* kStep = "building the report";
  auto manifest = read_manifest(out_dir);
  if (!manifest) return manifest.error();
  // What the sections keep in the store (quote rows, per-comment results) is not part of
  // it, so it is the same after they ran.
  auto inputs = report_fingerprint(db, options);
  if (!inputs) return inputs.error();
  if (outputs_current(out_dir, *manifest, "report", *inputs)) return reused_outputs(out_dir, *manifest, "report");
  CANVASS_TRY(check_store(db));  // before anything is written (once: `run` checked on opening)

  tell(progress, kStep, "figures");
  auto context = prepare_report(db, options);
  if (!context) return context.error();
  context->progress = progress;
  std::ostringstream html, markdown;
  ReportOutput out{html, markdown, {}, 0, 0};
  const auto sections = report_sections();
  for (std::size_t i = 0; i < sections.size(); ++i) {
    std::string part = sections[i].id;  // "quote-bank" -> "quote bank"
    std::replace(part.begin(), part.end(), '-', ' ');
    tell(progress, kStep, part, i, sections.size());
    CANVASS_TRY(sections[i].write(*context, out));
  }
  tell(progress, kStep, "writing files", sections.size(), sections.size());

  std::ostringstream page;
  write_html_start(page, options.title);
  page << with_contents(html.str());
  write_html_end(page);
  out.files["report.html"] = page.str();
  out.files["report.md"] = markdown.str();
  if (options.formats.count("docx") || options.formats.count("xlsx")) {
    const auto blocks = read_report_markdown(out.files["report.md"]);
    if (options.formats.count("docx")) {
      auto docx = write_docx(blocks, DocxOptions{options.title, "en-GB", &out.files});
      if (!docx) return docx.error();
      out.files["report.docx"] = std::move(docx).value();
    }
    if (options.formats.count("xlsx")) {
      auto xlsx = write_xlsx(blocks, options.title);
      if (!xlsx) return xlsx.error();
      out.files["report.xlsx"] = std::move(xlsx).value();
    }
  }
  for (auto& [name, content] : out.files)  // Excel reads a CSV with a BOM as UTF-8
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0) content.insert(0, kUtf8Bom);
  for (auto it = out.files.begin(); it != out.files.end();)  // formats not asked for
    it = options.formats.count(format_of(it->first)) ? std::next(it) : out.files.erase(it);
  return replace_outputs(out_dir, "report", *inputs, out.files);
}

}  // namespace canvass
