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
// `continuation`: the bytes are a later piece of a file cut at a line break
// (see Analyzer::add_file_part); the checks about the file as a whole (binary
// content or another encoding in its first bytes, emptiness) were made on its
// first piece, so a NUL or bad bytes at the start of this piece are the
// problems of their lines, as they would be in the whole file.
ReadResult read_file(std::string_view name, std::string_view bytes, bool continuation = false);

}  // namespace marsad::corpus
