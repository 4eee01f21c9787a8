// The actor knowledge base: the built-in files of core/data/actors plus user
// additions of the same shape, which add actors or override them by id.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/actor.h"
#include "marsad/problem.h"

namespace marsad::actors {

inline constexpr const char* kActorTypes[] = {"person", "organization", "country", "place",
                                              "armed_group", "media", "event_name"};

class KnowledgeBase {
 public:
  // The built-in knowledge base (compiled in from core/data/actors).
  static const KnowledgeBase& builtin();

  // Reads a file of shape {"actors": [...]} (or a bare array). Actors with an
  // id already known replace the earlier entry. Problems name the file, the
  // actor and the field. Returns the number of actors read.
  size_t load(std::string_view file_name, std::string_view json, std::vector<Problem>& problems);

  // Cross-reference checks after loading: of/at/state/affiliation ids exist,
  // role dates are valid, nothing names two actors ambiguously by accident.
  void validate(std::vector<Problem>& problems) const;
  // A one-word name that is also a common word (`words`: normalized, e.g. the
  // event triggers' forms and the function words) would be read everywhere:
  // an error, unless the actor needs context.
  void report_common_word_names(const std::unordered_set<std::string>& words, std::vector<Problem>& problems) const;

  const std::vector<Actor>& actors() const { return actors_; }
  const Actor* find(std::string_view id) const;
  // The media actor of a document's outlet: its `source` field matched against
  // the outlets' Latin names and domains, else its URL's host; nullptr when unknown.
  const Actor* outlet(std::string_view source, std::string_view url) const;

  // Actors defined again by a later file: (id, that file, the earlier file).
  // An addition overrides on purpose; within the built-in files it is a mistake.
  struct Override {
    std::string id, file, earlier_file;
  };
  const std::vector<Override>& overrides() const { return overrides_; }

  // The state an actor acts for: itself for a country, else `state`, else the
  // state of its affiliation (followed up to a few levels).
  std::string state_of(std::string_view id) const;

 private:
  void report_shared_names(std::vector<Problem>& problems) const;
  void index_outlets();

  std::vector<Actor> actors_;
  std::unordered_map<std::string, size_t> index_;
  std::unordered_map<std::string, size_t> outlets_;
  std::vector<Override> overrides_;  // lowercase Latin name or domain of a media actor → actor
};

}  // namespace marsad::actors
