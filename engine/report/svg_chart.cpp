#include "report/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "report/csv_writer.hpp"
#include "report/figures.hpp"
#include "report/html_writer.hpp"

namespace canvass {

namespace {

std::size_t characters(const std::string& s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string num(double v) { return format_number(v, 2); }

// The substantive levels of `d`, most negative first (the order they are drawn in).
std::vector<const LevelShare*> drawn_levels(const ItemDistribution& d) {
  std::vector<const LevelShare*> out;
  for (const auto& l : d.levels)
    if (l.polarity != Polarity::nonsubstantive) out.push_back(&l);
  std::sort(out.begin(), out.end(), [](const LevelShare* a, const LevelShare* b) { return a->position < b->position; });
  return out;
}

struct Sides {
  double left = 0;   // percent drawn left of the centre: disagree + half of neutral
  double right = 0;  // agree + half of neutral
};

Sides sides(const ItemDistribution& d) {
  Sides s;
  if (d.n == 0) return s;
  for (const auto* l : drawn_levels(d)) {
    const double pct = 100.0 * static_cast<double>(l->count) / static_cast<double>(d.n);
    if (l->polarity == Polarity::negative) s.left += pct;
    else if (l->polarity == Polarity::positive) s.right += pct;
    else s.left += pct / 2, s.right += pct / 2;
  }
  return s;
}

// The colour of each drawn level: steps counted outward from the centre on each side.
std::vector<std::string> colours(const std::vector<const LevelShare*>& levels, Palette palette) {
  int negatives = 0, positives = 0;
  for (const auto* l : levels) {
    if (l->polarity == Polarity::negative) ++negatives;
    if (l->polarity == Polarity::positive) ++positives;
  }
  std::vector<std::string> out;
  int neg_seen = 0, pos_seen = 0;
  for (const auto* l : levels) {
    if (l->polarity == Polarity::negative) out.push_back(level_colour(palette, l->polarity, negatives - 1 - neg_seen++, negatives));
    else if (l->polarity == Polarity::positive) out.push_back(level_colour(palette, l->polarity, pos_seen++, positives));
    else out.push_back(level_colour(palette, l->polarity, 0, 1));
  }
  return out;
}

double round_up_to(double v, double step) { return std::max(step, std::ceil(v / step - 1e-9) * step); }

}  // namespace

std::vector<std::string> wrap_words(const std::string& text, std::size_t max_chars) {
  std::vector<std::string> lines;
  std::istringstream words(text);
  std::string word, line;
  while (words >> word) {
    if (!line.empty() && characters(line) + 1 + characters(word) > max_chars) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

std::string diverging_bar_chart(const std::vector<ItemDistribution>& all_items, Palette palette,
                                const ChartGeometry& g, const std::string& title) {
  std::vector<const ItemDistribution*> items;
  for (const auto& d : all_items)
    if (!d.suppressed) items.push_back(&d);
  // The axis runs from the widest left extent to the widest right one, in steps of 20%.
  double left = 0, right = 0;
  for (const auto* d : items) {
    const Sides s = sides(*d);
    left = std::max(left, s.left);
    right = std::max(right, s.right);
  }
  left = round_up_to(left, 20);
  right = round_up_to(right, 20);
  const double px = (g.bar_right - g.bar_left) / (left + right);
  const double centre = g.bar_left + left * px;
  const std::size_t wrap = static_cast<std::size_t>(g.label_width / 7.2);
  std::ostringstream centre_line, description;  // the centre drawn only between bars, never through a label

  std::ostringstream body;
  double y = 34;  // below the axis labels
  for (const auto* d : items) {
    const auto lines = wrap_words(statement_text(d->question, d->item, d->reverse_coded), wrap);
    const double row = std::max(g.bar_height + 12, static_cast<double>(lines.size()) * g.line_height + 10);
    const double bar_y = y + (row - g.bar_height) / 2;
    centre_line << "M" << num(centre) << ' ' << num(y) << "V" << num(bar_y - 2) << "M" << num(centre) << ' '
                << num(bar_y + g.bar_height + 2) << "V" << num(y + row);
    description << statement_text(d->question, d->item, d->reverse_coded) << " (n=" << d->n << "):";
    body << "<g class=\"bar\" data-n=\"" << d->n << "\">\n";
    double text_y = y + (row - static_cast<double>(lines.size()) * g.line_height) / 2 + g.line_height - 4;
    body << "<text class=\"statement\" x=\"" << num(g.label_width) << "\" y=\"" << num(text_y) << "\" text-anchor=\"end\">";
    for (std::size_t i = 0; i < lines.size(); ++i)
      body << "<tspan x=\"" << num(g.label_width) << "\"" << (i ? " dy=\"" + num(g.line_height) + "\"" : "") << ">"
           << html_escape(lines[i]) << "</tspan>";
    body << "</text>\n";
    if (d->n > 0) {
      const auto levels = drawn_levels(*d);
      const auto fills = colours(levels, palette);
      double x = centre - sides(*d).left * px;
      for (std::size_t i = 0; i < levels.size(); ++i) {
        const LevelShare& l = *levels[i];
        const double pct = 100.0 * static_cast<double>(l.count) / static_cast<double>(d->n);
        const double w = pct * px;
        description << (i ? ", " : " ") << l.label << " " << format_number(pct, 1) << "%";
        if (l.count > 0) {
          body << "<rect class=\"segment\" data-level=\"" << l.position << "\" data-count=\"" << l.count << "\" x=\""
               << num(x) << "\" y=\"" << num(bar_y) << "\" width=\"" << num(w) << "\" height=\"" << num(g.bar_height)
               << "\" fill=\"" << fills[i] << "\" stroke=\"#1b1b1b\" stroke-width=\"0.75\"><title>" << html_escape(l.label)
               << ": " << l.count << " of " << d->n << " (" << format_number(pct, 1) << "%)</title></rect>\n";
          const std::string label = format_number(pct, kShareDecimals) + "%";  // as the tables print it
          if (w >= g.label_char_width * static_cast<double>(label.size()) + 4)
            body << "<text class=\"pct\" x=\"" << num(x + w / 2) << "\" y=\"" << num(bar_y + g.bar_height / 2 + 4)
                 << "\" text-anchor=\"middle\" fill=\"" << text_colour_on(fills[i]) << "\">" << label << "</text>\n";
        }
        x += w;
      }
    }
    description << ". ";
    // n beside the bar; answers off the scale on a second, smaller line.
    std::string aside;
    if (d->nonsubstantive) aside += std::to_string(d->nonsubstantive) + " don't know/N/A";
    if (d->missing) aside += (aside.empty() ? "" : " \u00b7 ") + std::to_string(d->missing) + " no answer";
    const double n_y = bar_y + g.bar_height / 2 + (aside.empty() ? 4 : -2);
    body << "<text class=\"n\" x=\"" << num(g.bar_right + 8) << "\" y=\"" << num(n_y) << "\">"
         << (d->n > 0 ? "n=" + std::to_string(d->n) : std::string("no valid answers"));
    if (!aside.empty())
      body << "<tspan class=\"aside\" x=\"" << num(g.bar_right + 8) << "\" dy=\"13\">" << html_escape(aside) << "</tspan>";
    body << "</text>\n</g>\n";
    y += row;
  }
  const double plot_bottom = y;

  std::ostringstream svg;
  // Axis: gridlines every 20%, labelled with the share on that side; the centre dashed.
  std::ostringstream axis;
  for (double t = -left; t <= right + 1e-9; t += 20) {
    const double x = centre + t * px;
    axis << "<line x1=\"" << num(x) << "\" y1=\"26\" x2=\"" << num(x) << "\" y2=\"" << num(plot_bottom)
         << "\" stroke=\"" << (t == 0 ? "none" : "#dddddd") << "\""
         << "/>\n<text class=\"tick\" x=\"" << num(x) << "\" y=\"18\" text-anchor=\"middle\">"
         << format_number(std::fabs(t), 0) << "%</text>\n";
  }
  // Legend: the levels of the first item, in the order they are drawn.
  std::ostringstream legend;
  double legend_y = plot_bottom + 18;
  if (!items.empty()) {
    const auto levels = drawn_levels(*items.front());
    const auto fills = colours(levels, palette);
    double x = g.label_width / 3;
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const double w = 22 + 7.4 * static_cast<double>(characters(levels[i]->label)) + 18;
      if (x + w > g.width) x = g.label_width / 3, legend_y += 20;
      legend << "<rect class=\"legend-key\" x=\"" << num(x) << "\" y=\"" << num(legend_y) << "\" width=\"14\" height=\"14\" fill=\""
             << fills[i] << "\" stroke=\"#1b1b1b\" stroke-width=\"0.75\"/><text x=\"" << num(x + 20) << "\" y=\""
             << num(legend_y + 11) << "\"";
      if (const std::string lang = answer_label_language(levels[i]->label); !lang.empty())
        legend << " lang=\"" << html_escape(lang) << "\"";  // WCAG 3.1.2: a Welsh label is marked
      legend << ">" << html_escape(levels[i]->label) << "</text>\n";
      x += w;
    }
  }
  const double height = legend_y + 26;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diverging-bars\" viewBox=\"0 0 " << num(g.width) << ' '
      << num(height) << "\" width=\"" << num(g.width) << "\" height=\"" << num(height)
      << "\" font-family=\"Segoe UI, Arial, Helvetica, sans-serif\" font-size=\"13\" role=\"img\">\n"
      << "<title>" << html_escape(title.empty() ? "Diverging bar chart of agreement" : title) << "</title>\n<desc>"
      << html_escape(description.str()) << "</desc>\n"
      << "<style>.statement{font-size:13px;fill:#1b1b1b}.pct{font-size:12.5px;font-weight:600}"
         ".n{font-size:13px;fill:#1b1b1b}.aside{font-size:12.5px;fill:#555555}.tick{font-size:12.5px;fill:#555555}</style>\n"
      << axis.str() << "<path class=\"centre\" d=\"" << centre_line.str()
      << "\" stroke=\"#1b1b1b\" stroke-dasharray=\"4 3\" fill=\"none\"/>\n" << body.str() << legend.str() << "</svg>\n";
  return svg.str();
}

}  // namespace canvass
