// The documents kept from every file read: stable ids, duplicates merged,
// problems collected, and a corpus id for share links.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "marsad/document.h"
#include "marsad/problem.h"

namespace marsad::corpus {

class Corpus {
 public:
  struct Added {
    size_t index;     // the kept document this one is (or duplicates)
    bool duplicate;   // true: same normalized text as documents()[index]; not kept
  };

  // Adds `doc`, whose normalized text hashes to `content_hash`. An empty id is
  // derived from the content; an id already taken by other content is made
  // unique (and reported).
  Added add(Document doc, uint64_t content_hash);

  void report(Problem p) { problems_.push_back(std::move(p)); }

  // Removes the document with this id; returns its former index, or -1.
  int64_t remove(std::string_view id);

  const std::vector<Document>& documents() const { return documents_; }
  const std::vector<Problem>& problems() const { return problems_; }

  // Stable hash of the kept documents' ids and contents, independent of the
  // order they were read in.
  std::string id() const;

 private:
  std::vector<Document> documents_;
  std::vector<uint64_t> hashes_;
  std::vector<Problem> problems_;
  std::unordered_map<uint64_t, size_t> by_hash_;
  std::unordered_map<std::string, size_t> by_id_;
};

}  // namespace marsad::corpus
