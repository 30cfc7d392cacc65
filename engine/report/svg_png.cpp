#include "report/svg_png.hpp"

#include <cmath>
#include <memory>

#include <cairo.h>
#include <librsvg/rsvg.h>

namespace canvass {

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

Result<PngImage> svg_to_png(const std::string& name, const std::string& svg, double scale) {
  GError* error = nullptr;
  std::unique_ptr<RsvgHandle, decltype(&g_object_unref)> handle(
      rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error), g_object_unref);
  if (!handle) {
    std::string why = error ? error->message : "not an SVG image";
    if (error) g_error_free(error);
    return Error{{name}, "cannot render the figure to PNG: " + why, Error::Kind::io};
  }
  gdouble w = 0, h = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &w, &h) || w <= 0 || h <= 0)
    return Error{{name}, "cannot render the figure to PNG: it has no width and height", Error::Kind::io};
  PngImage png;
  png.width = static_cast<int>(std::ceil(w * scale));
  png.height = static_cast<int>(std::ceil(h * scale));
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, png.width, png.height), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_set_source_rgb(cr.get(), 1, 1, 1);  // a white page behind the figure, as on paper
  cairo_paint(cr.get());
  const RsvgRectangle viewport{0, 0, static_cast<double>(png.width), static_cast<double>(png.height)};
  if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error)) {
    std::string why = error ? error->message : "librsvg failed";
    if (error) g_error_free(error);
    return Error{{name}, "cannot render the figure to PNG: " + why, Error::Kind::io};
  }
  cairo_surface_flush(surface.get());
  if (cairo_surface_write_to_png_stream(surface.get(), append, &png.bytes) != CAIRO_STATUS_SUCCESS)
    return Error{{name}, "cannot render the figure to PNG: cairo could not encode it", Error::Kind::io};
  return png;
}

}  // namespace canvass
