#include "time/units.h"

#include "time/numbers.h"
#include "time/word_lists.h"

namespace marsad::time {
namespace {

enum Form { kSingular = 0, kDual = 1, kPlural = 2 };

// value = unit * 4 + form; the words of core/data/time/words.json ("units"),
// by unit and form.
const Lexicon& unit_words() {
  static const Lexicon lex = [] {
    static constexpr std::pair<const char*, Unit> kUnits[] = {
        {"minute", Unit::kMinute}, {"hour", Unit::kHour}, {"day", Unit::kDay},      {"week", Unit::kWeek},
        {"month", Unit::kMonth},   {"year", Unit::kYear}, {"decade", Unit::kDecade}};
    static constexpr std::pair<const char*, Form> kForms[] = {
        {"singular", kSingular}, {"dual", kDual}, {"plural", kPlural}};
    WordValues all;
    for (const auto& [unit_name, unit] : kUnits)
      for (const auto& [form_name, form] : kForms)
        for (const auto& entry : word_list({"units", unit_name, form_name}, static_cast<int>(unit) * 4 + form))
          all.push_back(entry);
    return Lexicon(all);
  }();
  return lex;
}

bool unit_at(const Words& w, uint32_t i, Unit& unit, Form& form, bool clitics) {
  int v = w.lookup(i, unit_words(), clitics);
  if (v < 0) return false;
  unit = static_cast<Unit>(v / 4);
  form = static_cast<Form>(v % 4);
  return true;
}

}  // namespace

bool read_unit(const Words& w, uint32_t i, Unit& unit, bool clitics) {
  Form f;
  return unit_at(w, i, unit, f, clitics);
}

bool read_quantity(const Words& w, uint32_t i, Quantity& out, bool clitics) {
  out = Quantity{};
  out.first = i;
  Unit unit;
  Form form;
  NumberMatch n;
  if (read_number(w, i, n, clitics) && !n.ordinal) {
    // "عشرة" is a number; a number must be followed by its unit.
    if (!unit_at(w, n.end, unit, form, false)) return false;
    if (form == kDual) return false;  // "ثلاثة يومين" is not Arabic
    out.vague = n.vague;
    out.count = n.vague ? 0 : n.value;
    out.has_number = !n.vague;
    out.end = n.end + 1;
    if (!n.vague && n.value == 0) return false;
  } else if (unit_at(w, i, unit, form, clitics)) {
    out.end = i + 1;
    if (form == kDual) {
      out.count = 2;
      out.has_number = true;
    } else if (form == kPlural) {
      out.vague = true;
    } else {
      out.count = 1;
      // "ساعة واحدة"
      if (w.is(out.end, key("واحدة")) || w.is(out.end, key("واحد"))) ++out.end;
    }
  } else {
    return false;
  }
  out.unit = unit;
  // "ونصف" / "ونصف ساعة"
  static const std::string half = key("ونصف");
  if (!out.vague && w.is(out.end, half)) {
    out.half = true;
    ++out.end;
    Unit u2;
    if (read_unit(w, out.end, u2) && u2 == unit) ++out.end;
  }
  return true;
}

std::string duration_value(const Quantity& q) {
  if (q.vague) {
    switch (q.unit) {
      case Unit::kMinute: return "PTXM";
      case Unit::kHour: return "PTXH";
      case Unit::kDay: return "PXD";
      case Unit::kWeek: return "PXW";
      case Unit::kMonth: return "PXM";
      case Unit::kYear: return "PXY";
      case Unit::kDecade: return "PXDE";
    }
  }
  std::string n = std::to_string(q.count);
  switch (q.unit) {
    case Unit::kMinute: return "PT" + n + "M" + (q.half ? "30S" : "");
    case Unit::kHour: return "PT" + n + "H" + (q.half ? "30M" : "");
    case Unit::kDay: return "P" + n + "D" + (q.half ? "T12H" : "");
    case Unit::kWeek: return q.half ? "P" + std::to_string(q.count * 7 + 3) + "DT12H" : "P" + n + "W";
    case Unit::kMonth: return "P" + n + "M" + (q.half ? "15D" : "");
    case Unit::kYear: return "P" + n + "Y" + (q.half ? "6M" : "");
    case Unit::kDecade: return "P" + std::to_string(q.count * 10 + (q.half ? 5 : 0)) + "Y";
  }
  return "";
}

}  // namespace marsad::time
