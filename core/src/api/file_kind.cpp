#include "api/file_kind.h"

#include <cctype>
#include <string>

#include "util/json.h"

namespace marsad::api {
namespace {

bool has_json_extension(std::string_view name) {
  if (name.size() < 5) return false;
  std::string ext(name.substr(name.size() - 5));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".json";
}

}  // namespace

FileKind file_kind(std::string_view name, std::string_view bytes) {
  // A JSON array (the usual corpus .json) is known by its first byte, without parsing it.
  size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (!has_json_extension(name) || first == std::string_view::npos || bytes[first] != '{') return FileKind::kCorpus;
  util::Json value = util::Json::parse(bytes.begin(), bytes.end(), nullptr, false);
  bool kb = value.is_object() && value.contains("actors") && value["actors"].is_array() && !value.contains("documents");
  return kb ? FileKind::kKnowledgeBase : FileKind::kCorpus;
}

const char* file_kind_name(FileKind kind) { return kind == FileKind::kKnowledgeBase ? "knowledge_base" : "corpus"; }

}  // namespace marsad::api
