#include "text/clitics.h"

#include <algorithm>
#include <iterator>

namespace marsad::text {
namespace {

// Normalized Arabic letters are two bytes each in UTF-8.
constexpr size_t kLetter = 2;
constexpr std::string_view kWaw = "و", kFa = "ف", kBa = "ب", kLam = "ل", kKaf = "ك", kSin = "س";
constexpr std::string_view kAl = "ال";
constexpr std::string_view kLil = "لل";

// Enclitic pronouns, longest first.
constexpr std::string_view kEnclitics[] = {"هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"};

// s has p at byte `at` (patterns are a few bytes: compared inline, not by memcmp).
bool starts_with(std::string_view s, size_t at, std::string_view p) {
  if (at > s.size() || s.size() - at < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i)
    if (s[at + i] != p[i]) return false;
  return true;
}

bool ends_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && starts_with(s, s.size() - p.size(), p); }

size_t letters(std::string_view s) { return s.size() / kLetter; }

bool is_imperfect_prefix(std::string_view s, size_t at) {
  return starts_with(s, at, "ي") || starts_with(s, at, "ت") || starts_with(s, at, "ن") || starts_with(s, at, "ا");
}

void add(std::vector<CliticReading>& out, size_t prefix, size_t suffix, bool definite) {
  if (out.size() >= kMaxReadings) return;
  CliticReading r{static_cast<uint8_t>(prefix), static_cast<uint8_t>(suffix), definite};
  for (const CliticReading& o : out)
    if (o.prefix_bytes == r.prefix_bytes && o.suffix_bytes == r.suffix_bytes && o.definite == r.definite) return;
  out.push_back(r);
}

}  // namespace

std::string CliticReading::stem(std::string_view word) const {
  std::string_view bare = bare_stem(word);
  std::string s;
  s.reserve(bare.size() + kAl.size());
  if (definite) s.append(kAl);  // restored also after لل, where writing drops the article's alef
  s.append(bare);
  return s;
}

std::string article_behind_lam(std::string_view word) {
  if (!starts_with(word, 0, kLil) || word.size() <= kLil.size()) return {};
  std::string s(kAl);
  s.append(word.substr(kLil.size()));
  return s;
}

void clitic_readings(std::string_view w, std::vector<CliticReading>& out) {
  out.clear();
  add(out, 0, 0, false);
  if (w.size() % kLetter != 0 || letters(w) < 3) return;

  // Proclitic chains: (و|ف)? then (ب|ل|ك)? then ال? — or (و|ف)? لل — or (و|ف)? س + imperfect verb.
  // (bytes, definite); a handful at most, kept on the stack: this runs for every word.
  struct Prefix {
    size_t bytes;
    bool definite;
    bool operator<(const Prefix& o) const { return bytes != o.bytes ? bytes < o.bytes : definite < o.definite; }
  };
  Prefix prefixes[24];
  size_t count = 0;
  auto push = [&](size_t bytes, bool definite) {
    if (count < std::size(prefixes)) prefixes[count++] = {bytes, definite};
  };
  for (std::string_view conj : {std::string_view(), kWaw, kFa}) {
    if (!starts_with(w, 0, conj)) continue;
    size_t c = conj.size();
    if (c) push(c, false);
    if (starts_with(w, c, kLil)) push(c + kLil.size(), true);
    for (std::string_view prep : {std::string_view(), kBa, kLam, kKaf}) {
      if (!starts_with(w, c, prep)) continue;
      size_t p = c + prep.size();
      if (!prep.empty()) push(p, false);
      if (starts_with(w, p, kAl)) push(p + kAl.size(), true);
    }
    if (starts_with(w, c, kSin) && is_imperfect_prefix(w, c + kSin.size())) push(c + kSin.size(), false);
  }
  // Longer stems first: fewer proclitic bytes first.
  std::sort(prefixes, prefixes + count);

  auto with_suffixes = [&](size_t prefix, bool definite) {
    size_t stem_bytes = w.size() - prefix;
    if (stem_bytes / kLetter < 2) return;
    add(out, prefix, 0, definite);
    for (std::string_view enc : kEnclitics) {
      if (w.size() < prefix + enc.size()) continue;
      if (!ends_with(w, enc)) continue;
      if ((stem_bytes - enc.size()) / kLetter < 3) continue;  // keep stems of three letters at least
      add(out, prefix, enc.size(), definite);
    }
  };
  with_suffixes(0, false);
  for (size_t k = 0; k < count; ++k) with_suffixes(prefixes[k].bytes, prefixes[k].definite);
}

std::vector<EncliticStem> enclitic_stems(std::string_view word) {
  std::vector<EncliticStem> out;
  thread_local std::vector<CliticReading> readings;
  clitic_readings(word, readings);
  for (const CliticReading& r : readings) {
    if (r.suffix_bytes == 0) continue;
    auto add = [&](std::string form) {
      for (const EncliticStem& o : out)
        if (o.form == form) return;
      out.push_back({std::move(form), r.prefix_bytes, r.definite});
    };
    std::string stem = r.stem(word);
    // A final hamza sits on ya before a pronoun: لقائه is لقاء + ه. Otherwise a
    // lone ه could as well be ta marbuta (normalized to ه): وزارة is no «و + زار + ه»
    // — but after ت it is the pronoun on a ta marbuta: إدانته is إدانة + ه.
    if (ends_with(stem, "ائ")) add(stem.substr(0, stem.size() - kLetter) + "ء");
    if (r.suffix_bytes == kLetter) {
      if (ends_with(stem, "ت") && stem.size() >= 3 * kLetter) add(stem.substr(0, stem.size() - kLetter) + "ه");
      continue;
    }
    add(stem);
    if (ends_with(stem, kWaw)) add(stem + "ا");  // اتهمو+ها → اتهموا
    if (ends_with(stem, "ت") && stem.size() >= 3 * kLetter)
      add(stem.substr(0, stem.size() - kLetter) + "ه");  // إدانت+هما → إدانة (ة is normalized to ه)
  }
  return out;
}

std::string_view preposition_before_pronoun(std::string_view word) {
  static constexpr std::string_view kPrepositions[] = {"علي", "الي", "عن", "من", "مع", "في", "ضد", "بحق", "لدي", "ب", "ل"};
  static constexpr std::string_view kPronouns[] = {"هما", "هم", "هن", "ها", "ه"};  // longest first
  constexpr size_t kLongest = 6 * kLetter;  // «بحقهما», «لديهما»: most words are longer, and none of these
  if (word.size() > kLongest) return {};
  for (std::string_view pronoun : kPronouns) {
    if (!ends_with(word, pronoun)) continue;
    std::string_view stem = word.substr(0, word.size() - pronoun.size());
    for (std::string_view p : kPrepositions)
      if (stem == p) return p;
  }
  return {};
}

std::string describe_prefix(std::string_view word, const CliticReading& r) {
  std::string out;
  std::string_view p = word.substr(0, r.prefix_bytes);
  for (size_t i = 0; i < p.size(); i += kLetter) {
    if (r.definite && p.substr(i) == kAl) { if (!out.empty()) out += '+'; out += kAl; break; }
    if (r.definite && p.substr(i) == kLil) { if (!out.empty()) out += '+'; out += "ل+ال"; break; }
    if (!out.empty()) out += '+';
    out.append(p.substr(i, kLetter));
  }
  return out;
}

}  // namespace marsad::text
