// marsad validate-data: the built-in data read and checked as the analyzer
// would read it, so a broken file fails the build instead of a reader's page.
#include <unordered_set>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "analysis/json_output.h"
#include "data/embedded.h"
#include "data/file_schemas.h"
#include "events/argument_model.h"
#include "events/cameo.h"
#include "events/triggers.h"
#include "marsad/analyzer.h"
#include "names/clusters.h"
#include "names/model.h"
#include "text/normalizer.h"

namespace marsad {

std::string validate_builtin_data(const std::vector<std::pair<std::string, std::string>>& extra_actor_files) {
  std::vector<Problem> problems;
  actors::KnowledgeBase kb;
  size_t files = 0;
  for (const data::EmbeddedFile& f : data::embedded_files()) {
    if (f.path.substr(0, 7) == "actors/") {
      kb.load(f.path, f.content, problems);
      ++files;
    }
  }
  // The files no reader below checks: each against its schema, cameo.tsv row by row.
  data::check_data_files(data::embedded_files(), problems);
  if (files == 0) problems.push_back({"actors/", 0, -1, "", "no knowledge-base files"});
  for (const actors::KnowledgeBase::Override& o : kb.overrides())
    problems.push_back({o.file, 0, -1, "id", "actor \"" + o.id + "\" is also defined in " + o.earlier_file});
  for (const auto& [name, json] : extra_actor_files) kb.load(name, json, problems);
  kb.validate(problems);
  actors::validate_groups(data::embedded_file("groups.json"), "groups.json", problems);
  // The trigger lexicon, its codes checked against the CAMEO table; names
  // that are also its words or function words.
  events::TriggerLexicon triggers(data::embedded_file("events/triggers.json"), problems, &events::Cameo::builtin());
  std::unordered_set<std::string> common = triggers.single_words();
  analysis::Json fw = analysis::Json::parse(data::embedded_file("function_words.json"), nullptr, false);
  if (fw.is_object() && fw.contains("words") && fw["words"].is_array())
    for (const auto& w : fw["words"])
      if (w.is_string()) common.insert(text::normalize_key(w.get<std::string>()));
  kb.report_common_word_names(common, problems);
  // The learned models read back.
  std::string error;
  if (names::NameModel m; !m.load(data::embedded_file("names/model.txt"), &error))
    problems.push_back({"names/model.txt", 0, -1, "", "the name finder's model does not read: " + error});
  if (names::WordClusters c; !c.load(data::embedded_file("names/clusters.txt"), &error) || c.empty())
    problems.push_back({"names/clusters.txt", 0, -1, "", "the name finder's word clusters do not read: " + error});
  if (events::ArgumentModel m; !m.load(data::embedded_file("events/model.txt"), &error) || m.empty())
    problems.push_back({"events/model.txt", 0, -1, "", "the event model does not read: " + error});
  analysis::Json list = analysis::Json::array();
  for (const Problem& p : problems) list.push_back(analysis::problem_json(p));
  return list.dump();
}

}  // namespace marsad
