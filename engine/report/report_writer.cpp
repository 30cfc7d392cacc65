#include "report/report_writer.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/csv_writer.hpp"
#include "report/docx_writer.hpp"
#include "report/html_writer.hpp"
#include "report/report_document.hpp"
#include "report/xlsx_tables.hpp"

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

// Writes `content` to `path` through a temporary file, so a reader never sees half of it.
Status write_whole(const std::filesystem::path& path, const std::string& content) {
  const std::filesystem::path tmp = path.string() + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << content;
    f.flush();
    if (!f) return Error{{tmp.string()}, "cannot write the report file", Error::Kind::io};
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Error{{path.string()}, "cannot write the report file: " + ec.message(), Error::Kind::io};
  return Ok{};
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
  ReportContext c{db, options, 0, {}, {}};
  auto n = respondent_count(db);
  if (!n) return n.error();
  c.respondents = *n;
  auto overall = overall_distributions(db);
  if (!overall) return overall.error();
  c.overall = std::move(overall).value();
  reorder(c.overall, options.order);
  auto gs = groupings(db, options);
  if (!gs) return gs.error();
  for (const auto& g : *gs) {
    auto b = break_down(db, g, options.min_cell);
    if (!b) return b.error();
    reorder(*b, options.order);
    c.breakdowns.push_back(std::move(b).value());
  }
  return c;
}

Result<std::vector<std::string>> write_report(Database& db, const ReportOptions& options, const std::string& out_dir) {
  auto context = prepare_report(db, options);
  if (!context) return context.error();
  std::ostringstream html, markdown;
  ReportOutput out{html, markdown, {}, 0, 0};
  for (const auto& section : report_sections()) CANVASS_TRY(section.write(*context, out));

  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec) return Error{{out_dir}, "cannot create the report folder: " + ec.message(), Error::Kind::io};
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
  std::vector<std::string> written;
  for (const auto& [name, content] : out.files) {
    const auto path = std::filesystem::path(out_dir) / name;
    if (!options.formats.count(format_of(name))) {  // not asked for: no stale copy from an earlier run either
      std::filesystem::remove(path, ec);
      continue;
    }
    CANVASS_TRY(write_whole(path, path.extension() == ".csv" ? std::string(kUtf8Bom) + content : content));
    written.push_back(path.string());
  }
  return written;
}

}  // namespace canvass
