// libFuzzer target: KnowledgeBase::load + validate on arbitrary JSON, on top
// of the built-in knowledge base (as Analyzer::add_knowledge_base does) and
// alone.
#include <cstdint>
#include <string>
#include <vector>

#include "actors/knowledge_base.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  {
    marsad::actors::KnowledgeBase kb;
    std::vector<marsad::Problem> problems;
    size_t n = kb.load("user.json", json, problems);
    MARSAD_FUZZ_CHECK(n <= size);
    kb.validate(problems);
    for (const auto& a : kb.actors()) (void)kb.state_of(a.id);
  }
  {
    static const marsad::actors::KnowledgeBase& builtin = marsad::actors::KnowledgeBase::builtin();
    marsad::actors::KnowledgeBase kb = builtin;
    std::vector<marsad::Problem> problems;
    kb.load("user.json", json, problems);
    kb.validate(problems);
    for (const auto& p : problems) MARSAD_FUZZ_CHECK(!p.message.empty());
  }
  return 0;
}
