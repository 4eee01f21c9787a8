// The actor knowledge base: the built-in files of core/data/actors plus user
// additions of the same shape, which add actors or override them by id, and
// correct them: an entry with "amend": true changes only the fields it gives
// of an actor defined before (or of a name found in text, id "new:…"), one
// with "same_as" says that its actor is another (merged into it), and
// "hidden": true keeps an actor out of the queries' answers.
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

// A correction of an actor the knowledge base does not list, one found in text
// (id "new:…"): applied where the matcher makes it (found_names.cpp).
struct FoundCorrection {
  std::string same_as;        // its mentions are this actor's ("" when not merged)
  std::string type;           // "" when unchanged
  std::string name_ar, name_en;
  bool hidden = false;
};

struct Correction;  // an entry with "amend" or "same_as", as read (knowledge_base.cpp)

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
  // An actor by id; the id of an actor merged into another (same_as) finds that other.
  const Actor* find(std::string_view id) const;
  // The correction of a name found in text ("new:…" id), nullptr when none.
  const FoundCorrection* found_correction(std::string_view id) const;
  // Whether the actor `id` (in the knowledge base or found in text) is hidden.
  bool hidden(std::string_view id) const;
  bool has_hidden() const { return has_hidden_; }
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
  void reindex();
  // An entry with "amend" or "same_as": false when it could not be applied (a problem says why).
  bool correct(const Correction& c, std::string_view file, std::vector<Problem>& problems);
  void merge_into(size_t from, size_t into);
  std::string resolved(std::string_view id) const;  // through merges: the id an actor now has

  std::vector<Actor> actors_;
  std::unordered_map<std::string, size_t> index_;
  std::unordered_map<std::string, size_t> outlets_;
  std::vector<Override> overrides_;  // lowercase Latin name or domain of a media actor → actor
  std::unordered_map<std::string, std::string> merged_;  // id of an actor merged into another → that other's id
  std::unordered_map<std::string, FoundCorrection> found_;  // "new:…" id → its correction
  bool has_hidden_ = false;
};

}  // namespace marsad::actors
