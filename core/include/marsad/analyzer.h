// Marsad's public API: files in, analysis JSON out. The native CLI and the
// WebAssembly module call exactly this, so both produce the same JSON.
//
// Errors are one shape everywhere: a call that fails answers
// {"error": {"code": "...", "message": "..."}}; a file refused whole, or a
// shard that does not read, keeps its summary and adds the same "error".
// Codes: "invalid_argument" (malformed parameters or shard), "not_found" (an
// id that names nothing), "resource_exhausted" (over the memory limit).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marsad {

class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Reads and analyzes one corpus file (.jsonl, .json, .csv, .txt). Bad lines
  // and fields become problems; good documents are always kept. Returns a JSON
  // summary of this file: {"file", "kind": "corpus", "documents", "problems": [...]}.
  // A knowledge-base file (file_kind below) is added as add_knowledge_base
  // does, and answers as it does, with "kind": "knowledge_base". A file
  // over the memory limit is refused whole: no documents, one problem, and
  // "error" with code "resource_exhausted".
  std::string add_file(std::string_view name, std::string_view bytes);

  // The same for one piece of a larger line-oriented file (JSONL), cut at a
  // line break by a caller that analyzes the pieces in parallel: `first_line`
  // (1-based) and `first_byte` say where the piece starts, so documents and
  // problems keep the lines and bytes of the whole file. Checks about the file
  // as a whole (binary content, another encoding, emptiness) belong to its
  // first piece: a later piece's lines are read as the whole file's would be.
  std::string add_file_part(std::string_view name, std::string_view bytes, int64_t first_line, int64_t first_byte);

  // Adds or overrides actors from a knowledge-base file of the same shape as
  // core/data/actors/*.json; documents already read are analyzed again.
  // Returns {"file", "kind": "knowledge_base", "actors", "problems": [...]}.
  std::string add_knowledge_base(std::string_view name, std::string_view bytes);

  // Removes one document; false when there is no document with that id.
  bool remove_document(std::string_view id);

  // A shard of everything read so far: documents, analyses and problems, for
  // another analyzer to merge (corpora split across machines or workers).
  std::string shard_json() const;

  // Merges a shard made by shard_json() without analyzing again: duplicates
  // are merged, events re-linked, the corpus id recomputed. Returns
  // {"file", "documents", "problems"}; a malformed shard is one problem and
  // "error" (invalid_argument), the documents read before the bad part kept.
  std::string merge_shard(std::string_view name, std::string_view shard_json);

  // What a published index (scripts/publish) keys each document by, one line
  // of JSON per document kept: {"id", "hash", "terms"}. `hash` (16 hex
  // digits) is the normalized text's, by which duplicates are merged and the
  // corpus id computed; `terms` every word search_json() finds the document by.
  std::string index_keys_jsonl() const;

  // A ceiling on the heap the analyzer may use, in bytes (0, the default: none).
  // A file or shard whose analysis would go past it is refused whole, with a
  // problem saying so, and everything loaded before stays: in a browser the
  // wasm heap cannot give memory back, and running out of it kills the module.
  void set_memory_limit(size_t bytes);
  // {"in_use", "limit", "max_file_bytes"}: the heap in use, the ceiling, and the
  // largest file that can still be added (both 0 when there is no ceiling).
  std::string memory_json() const;

  // Number of documents kept (after merging duplicates).
  size_t document_count() const;

  // The analysis JSON (see DESIGN.md): corpus, actors, documents. Offsets are
  // UTF-16 code units into each document's text.
  std::string analysis_json() const;

  // One document with its text, for a reader: the document's analysis plus
  // "text". An unknown id is an error, not_found.
  std::string document_json(std::string_view id) const;

  // Normalized, clitic-aware search: every occurrence of the query's words,
  // with UTF-16 spans and a keyword-in-context line.
  std::string search_json(std::string_view query) const;

  // The query layer: `kind` is "timeline", "actor", "relation" or "network";
  // `params_json` a JSON object of its parameters (see core/src/query/).
  // An unknown kind or malformed parameters are invalid_argument errors, an
  // unknown actor not_found.
  std::string query_json(std::string_view kind, std::string_view params_json) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Which kind of input a file is: "knowledge_base" for a `.json` file whose top
// level is an object with an "actors" array and no "documents" (what add_file
// adds as a knowledge base), else "corpus". For a caller that must know before
// adding (the page's pool adds knowledge bases first and cuts corpus files).
std::string file_kind(std::string_view name, std::string_view bytes);

// Checks the built-in data (knowledge base, lexicons): a JSON array of
// problems, empty when all is well. The build runs it (marsad validate-data).
// `extra_actor_files` (name, JSON) are checked as if they were built in: a
// knowledge-base file being written is checked before it joins core/data.
std::string validate_builtin_data(const std::vector<std::pair<std::string, std::string>>& extra_actor_files = {});

}  // namespace marsad
