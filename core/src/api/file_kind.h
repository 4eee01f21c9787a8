// Which kind of input a file is, decided by the core so the page never parses
// a file in JavaScript to know what to do with it.
#pragma once

#include <string_view>

namespace marsad::api {

enum class FileKind { kCorpus, kKnowledgeBase };

// A `.json` file whose top level is an object with an "actors" array and no
// "documents" (the shape of core/data/actors/*.json) is a knowledge-base
// addition; everything else is corpus input.
FileKind file_kind(std::string_view name, std::string_view bytes);

// "corpus" or "knowledge_base", as the API's replies say it.
const char* file_kind_name(FileKind kind);

}  // namespace marsad::api
