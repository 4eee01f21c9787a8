#include "corpus/corpus.h"

#include <algorithm>

#include "util/hash.h"

namespace marsad::corpus {

Corpus::Added Corpus::add(Document doc, uint64_t content_hash) {
  if (auto it = by_hash_.find(content_hash); it != by_hash_.end()) {
    const Document& kept = documents_[it->second];
    report({doc.file, doc.line, -1, "",
            "duplicate of document \"" + kept.id + "\" (same normalized text); merged into it", true});
    return {it->second, true};
  }
  if (doc.id.empty()) doc.id = "doc_" + util::hex64(content_hash);
  if (by_id_.count(doc.id)) {
    std::string base = doc.id;
    for (int n = 2; by_id_.count(doc.id); ++n) doc.id = base + "-" + std::to_string(n);
    report({doc.file, doc.line, -1, "id",
            "id \"" + base + "\" is already used by another document; this one is \"" + doc.id + "\"", true});
  }
  size_t index = documents_.size();
  by_hash_.emplace(content_hash, index);
  by_id_.emplace(doc.id, index);
  documents_.push_back(std::move(doc));
  hashes_.push_back(content_hash);
  return {index, false};
}

int64_t Corpus::remove(std::string_view id) {
  auto it = by_id_.find(std::string(id));
  if (it == by_id_.end()) return -1;
  size_t index = it->second;
  documents_.erase(documents_.begin() + static_cast<std::ptrdiff_t>(index));
  hashes_.erase(hashes_.begin() + static_cast<std::ptrdiff_t>(index));
  by_id_.clear();
  by_hash_.clear();
  for (size_t i = 0; i < documents_.size(); ++i) {
    by_id_.emplace(documents_[i].id, i);
    by_hash_.emplace(hashes_[i], i);
  }
  return static_cast<int64_t>(index);
}

std::string Corpus::id() const {
  std::vector<std::pair<std::string, uint64_t>> entries;
  entries.reserve(documents_.size());
  for (size_t i = 0; i < documents_.size(); ++i) entries.emplace_back(documents_[i].id, hashes_[i]);
  std::sort(entries.begin(), entries.end());
  uint64_t h = util::kFnvOffset;
  for (const auto& [id, hash] : entries) {
    h = util::fnv1a(id, h);
    h = util::fnv1a(std::string_view("\0", 1), h);
    h = util::fnv1a(util::hex64(hash), h);
  }
  return util::hex64(h);
}

}  // namespace marsad::corpus
