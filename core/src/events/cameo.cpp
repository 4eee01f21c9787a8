#include "events/cameo.h"

#include <cstdlib>

#include "data/embedded.h"
#include "util/lines.h"

namespace marsad::events {

const Cameo& Cameo::builtin() {
  static const Cameo cameo(data::embedded_file("cameo.tsv"));
  return cameo;
}

Cameo::Cameo(std::string_view tsv) {
  util::Lines lines(tsv);
  for (std::string_view line; lines.next(line);) {
    if (line.empty() || line[0] == '#') continue;
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
    std::string score(line.substr(t1 + 1, t2 - t1 - 1));
    codes_[std::string(line.substr(0, t1))] = {std::strtod(score.c_str(), nullptr), std::string(line.substr(t2 + 1))};
  }
}

const CameoCode* Cameo::find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

double Cameo::goldstein(std::string_view code) const {
  for (std::string_view c = code; !c.empty(); c = c.substr(0, c.size() - 1))
    if (const CameoCode* found = find(c)) return found->goldstein;
  return 0;
}

}  // namespace marsad::events
