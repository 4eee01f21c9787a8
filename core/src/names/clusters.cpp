#include "names/clusters.h"

#include <algorithm>
#include <charconv>

#include "data/embedded.h"
#include "util/hash.h"
#include "util/lines.h"

namespace marsad::names {
namespace {

// Splits off the next space-separated field of `line`.
std::string_view field(std::string_view& line) {
  size_t start = line.find_first_not_of(' ');
  if (start == std::string_view::npos) return line = {}, std::string_view();
  line.remove_prefix(start);
  size_t end = std::min(line.find(' '), line.size());
  std::string_view f = line.substr(0, end);
  line.remove_prefix(end);
  return f;
}

bool number(std::string_view s, uint16_t& out) {
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

}  // namespace

bool WordClusters::load(std::string_view text, std::string* error) {
  auto fail = [&](std::string message) {
    if (error) *error = std::move(message);
    words_.clear();
    fine_.clear();
    return false;
  };
  Ids levels{};
  bool header = false;
  util::Lines lines(text);
  for (std::string_view line; lines.next(line);) {
    if (line.empty() || line[0] == '#') continue;
    std::string where = " at line " + std::to_string(lines.number());
    if (!header) {
      if (field(line) != "clusters" || !number(field(line), levels.fine) || !number(field(line), levels.mid) ||
          !number(field(line), levels.coarse) || !line.empty())
        return fail("expected \"clusters FINE MID COARSE\"" + where);
      fine_.assign(levels.fine, Ids{});
      header = true;
      continue;
    }
    Ids ids;
    if (!number(field(line), ids.fine) || !number(field(line), ids.mid) || !number(field(line), ids.coarse) ||
        ids.fine >= levels.fine || ids.mid >= levels.mid || ids.coarse >= levels.coarse)
      return fail("bad cluster ids" + where);
    fine_[ids.fine] = ids;
    for (std::string_view w = field(line); !w.empty(); w = field(line))
      if (words_.insert(util::fnv1a(w), ids.fine) != ids.fine) return fail("a word in two clusters" + where);
  }
  if (!header) return fail("no \"clusters\" line");
  return true;
}

const WordClusters::Ids* WordClusters::find(std::string_view w) const {
  const uint32_t* fine = words_.find(util::fnv1a(w));
  return fine ? &fine_[*fine] : nullptr;
}

const WordClusters& builtin_clusters() {
  static const WordClusters clusters = data::load_embedded<WordClusters>("names/clusters.txt");
  return clusters;
}

}  // namespace marsad::names
