// Embind bindings: marshalling only. Every result is a JSON string made by the
// core; bytes cross the boundary once per file, as one copy.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "marsad/analyzer.h"

namespace {

// Copies a JS Uint8Array into a std::string with one TypedArray.set call.
std::string bytes_of(const emscripten::val& array) {
  std::string bytes(array["length"].as<size_t>(), '\0');
  emscripten::val view(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<unsigned char*>(bytes.data())));
  view.call<void>("set", array);
  return bytes;
}

// The heap the analyzer may use: half of the module's 4 GB ceiling
// (wasm/CMakeLists.txt), the rest left for answers and the JS side's copies.
constexpr size_t kMemoryLimit = size_t{2} << 30;

class Session {
 public:
  Session() { analyzer_.set_memory_limit(kMemoryLimit); }
  std::string add_file(const std::string& name, const emscripten::val& bytes) {
    return analyzer_.add_file(name, bytes_of(bytes));
  }
  std::string add_file_part(const std::string& name, const emscripten::val& bytes, double first_line,
                            double first_byte) {
    return analyzer_.add_file_part(name, bytes_of(bytes), static_cast<int64_t>(first_line),
                                   static_cast<int64_t>(first_byte));
  }
  std::string shard_json() const { return analyzer_.shard_json(); }
  std::string merge_shard(const std::string& name, const std::string& shard) { return analyzer_.merge_shard(name, shard); }
  bool remove_document(const std::string& id) { return analyzer_.remove_document(id); }
  std::string memory_json() const { return analyzer_.memory_json(); }
  double document_count() const { return static_cast<double>(analyzer_.document_count()); }
  std::string analysis_json() const { return analyzer_.analysis_json(); }
  std::string document_json(const std::string& id) const { return analyzer_.document_json(id); }
  std::string search_json(const std::string& query) const { return analyzer_.search_json(query); }
  std::string query_json(const std::string& kind, const std::string& params) const {
    return analyzer_.query_json(kind, params);
  }
  std::string add_knowledge_base(const std::string& name, const emscripten::val& bytes) {
    return analyzer_.add_knowledge_base(name, bytes_of(bytes));
  }
  std::string file_kind(const std::string& name, const emscripten::val& bytes) const {
    return marsad::file_kind(name, bytes_of(bytes));
  }

 private:
  marsad::Analyzer analyzer_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(marsad) {
  emscripten::class_<Session>("Session")
      .constructor<>()
      .function("addFile", &Session::add_file)
      .function("addFilePart", &Session::add_file_part)
      .function("removeDocument", &Session::remove_document)
      .function("shardJson", &Session::shard_json)
      .function("mergeShard", &Session::merge_shard)
      .function("documentCount", &Session::document_count)
      .function("memoryJson", &Session::memory_json)
      .function("analysisJson", &Session::analysis_json)
      .function("documentJson", &Session::document_json)
      .function("searchJson", &Session::search_json)
      .function("queryJson", &Session::query_json)
      .function("addKnowledgeBase", &Session::add_knowledge_base)
      .function("fileKind", &Session::file_kind);
}
