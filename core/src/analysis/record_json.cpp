#include "analysis/record_json.h"

#include <cmath>

namespace marsad::analysis {
namespace {

using util::Json;

// Rounded in the value's own type (a float stays a float), as the output always was.
template <class Number>
void put_number(Json& out, const char* name, Write write, Number value) {
  Number rounded = std::round(value * 100) / 100;
  switch (write) {
    case Write::kNumber: out[name] = value; break;
    case Write::kRounded: out[name] = rounded; break;
    case Write::kRoundedBelowOne:
      if (value < 1) out[name] = rounded;
      break;
    default: break;
  }
}

}  // namespace

void put_field(Json& out, const char* name, Write write, const std::string& value, const SpanText&) {
  if (write == Write::kText || (write == Write::kTextOrOmit && !value.empty()))
    out[name] = value;
  else if (write == Write::kTextOrNull)
    out[name] = value.empty() ? Json(nullptr) : Json(value);
}

void put_field(Json& out, const char* name, Write, const std::vector<std::string>& value, const SpanText&) {
  out[name] = value;
}

void put_field(Json& out, const char* name, Write write, double value, const SpanText&) {
  put_number(out, name, write, value);
}

void put_field(Json& out, const char* name, Write write, float value, const SpanText&) {
  put_number(out, name, write, value);
}

void put_field(Json& out, const char* name, Write write, bool value, const SpanText&) {
  if (write == Write::kFlag || (write == Write::kTrueOrOmit && value)) out[name] = value;
}

void put_field(Json& out, const char* name, Write write, ByteSpan value, const SpanText& text) {
  uint32_t start = text.u16.at(value.begin), end = text.u16.at(value.end);
  if (write == Write::kSpan) {
    out[name] = Json{{"start", start}, {"end", end}};
    return;
  }
  out["start"] = start;
  out["end"] = end;
  if (write == Write::kStartEndText) out["text"] = text.text.substr(value.begin, value.end - value.begin);
}

}  // namespace marsad::analysis
