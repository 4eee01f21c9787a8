#include "analysis/vocabulary.h"

#include "util/hash.h"

namespace marsad::analysis {

uint32_t Vocabulary::intern(std::string_view f) {
  size_t mask = slots_.size() - 1;
  for (size_t i = util::fnv1a(f) & mask;; i = (i + 1) & mask) {
    uint32_t id = slots_[i];
    if (id == kEmpty) break;
    if (form(id) == f) return id;
  }
  uint32_t id = static_cast<uint32_t>(size());
  arena_.append(f);
  offsets_.push_back(static_cast<uint32_t>(arena_.size()));
  if ((size() + 1) * 2 > slots_.size()) grow();
  for (size_t i = util::fnv1a(f) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1))
    if (slots_[i] == kEmpty) { slots_[i] = id; break; }
  return id;
}

void Vocabulary::grow() {
  std::vector<uint32_t> old = std::move(slots_);
  slots_.assign(old.size() * 2, kEmpty);
  size_t mask = slots_.size() - 1;
  for (uint32_t id : old) {
    if (id == kEmpty) continue;
    size_t i = util::fnv1a(form(id)) & mask;
    while (slots_[i] != kEmpty) i = (i + 1) & mask;
    slots_[i] = id;
  }
}

}  // namespace marsad::analysis
