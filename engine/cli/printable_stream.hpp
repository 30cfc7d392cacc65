// A stream buffer in front of stderr that replaces control characters (C0 but tab and
// line breaks, DEL, C1) with U+FFFD, so no message — whatever file name or cell text it
// quotes — can drive the terminal. See text/printable.hpp for the same rule on text.
#pragma once

#include <streambuf>

namespace canvass::cli {

class PrintableBuf : public std::streambuf {
 public:
  explicit PrintableBuf(std::streambuf* to) : to_(to) {}
  ~PrintableBuf() override { sync(); }

 protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return sync() == 0 ? 0 : traits_type::eof();
    const auto b = static_cast<unsigned char>(traits_type::to_char_type(ch));
    if (lead_c2_) {  // a UTF-8 sequence starting C2: C1 when the next byte is 80-9F
      lead_c2_ = false;
      if (b >= 0x80 && b <= 0x9F) return put_replacement() ? ch : traits_type::eof();
      if (to_->sputc('\xC2') == traits_type::eof()) return traits_type::eof();
    }
    if (b == 0xC2) {
      lead_c2_ = true;
      return ch;
    }
    const bool control = (b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F;
    if (control) return put_replacement() ? ch : traits_type::eof();
    return to_->sputc(static_cast<char>(b)) == traits_type::eof() ? traits_type::eof() : ch;
  }
  int sync() override {
    if (lead_c2_) {
      lead_c2_ = false;
      to_->sputc('\xC2');
    }
    return to_->pubsync();
  }

 private:
  bool put_replacement() { return to_->sputn("\xEF\xBF\xBD", 3) == 3; }
  std::streambuf* to_;
  bool lead_c2_ = false;
};

}  // namespace canvass::cli
