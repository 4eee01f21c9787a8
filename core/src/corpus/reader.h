// Corpus file readers: bytes of one file in, documents and problems out.
// A bad line, record or field is a Problem; every good document is still read.
#pragma once

#include <string_view>
#include <vector>

#include "marsad/document.h"
#include "marsad/problem.h"

namespace marsad::corpus {

struct ReadResult {
  std::vector<Document> documents;
  std::vector<Problem> problems;
};

// Reads one file. The format comes from the name's extension (.jsonl, .json,
// .csv, .txt); an unknown extension is sniffed from the content.
ReadResult read_file(std::string_view name, std::string_view bytes);

}  // namespace marsad::corpus
