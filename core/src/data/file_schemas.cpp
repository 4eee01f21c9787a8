#include "data/file_schemas.h"

#include "data/cameo_table.h"

#include <iterator>
#include <map>
#include <string>

namespace marsad::data {
namespace {

// {"note": "…", "<key>": ["word", …]}: a list of words or phrases and a note.
Schema word_list(const char* key) { return record({optional("note", text()), required(key, texts())}); }

Schema titles() {
  std::vector<std::string> roles(std::begin(kRoleTitles), std::end(kRoleTitles));
  std::vector<std::string> ranks = {"field_marshal", "general", "lieutenant_general", "major_general",
                                    "brigadier",     "colonel", "lieutenant_colonel", "major",
                                    "captain",       "admiral"};
  Schema title = record({required("ar", texts()), optional("title", text(roles)), optional("rank", text(ranks)),
                         optional("of", text()), optional("portfolio", text()), optional("needs_of", flag()),
                         optional("honorific", flag()), optional("counterpart", flag()), optional("dual", flag()),
                         optional("possessive", flag()), optional("note", text())},
                        "ar");
  return record({optional("note", text()), required("titles", list_of(title)), optional("former", texts())});
}

Schema institutions() {
  Schema institution =
      record({required("id", text()), required("ar", texts()), optional("bare", texts()), optional("note", text())},
             "id", "id");
  return record({optional("note", text()), required("institutions", list_of(institution))});
}

Schema furniture() {
  return record({optional("note", text()), required("trailers", texts()), required("link_lines", texts())});
}

Schema framing_words() {
  Schema word = record(
      {required("ar", text()), required("tone", text({"legitimizing", "delegitimizing"})), optional("note", text())},
      "ar", "ar");
  return record({optional("note", text()), required("words", list_of(word))});
}

// time/words.json: each list an object {"word": value} or an array of words.
Schema time_words() {
  Schema month_names = map_of(integer(1, 12));
  Schema months =
      record({optional("note", text()), required("gregorian", map_of(month_names)), required("weak", texts()),
              required("date_only", month_names), required("hijri", month_names), required("cues", texts())});
  Schema numbers =
      record({optional("note", text()), required("units", map_of(integer(1, 10))), required("teen_halves", texts()),
              required("tens", map_of(integer(20, 90))), required("large", map_of(integer(100, 1000000))),
              required("ordinals", map_of(integer(1, 10))), required("vague", texts())});
  Schema forms = record({required("singular", texts()), required("dual", texts()), required("plural", texts())});
  std::vector<Field> unit_fields;
  for (const char* unit : {"minute", "hour", "day", "week", "month", "year", "decade"})
    unit_fields.push_back(required(unit, forms));
  Schema weekdays =
      record({required("days", map_of(integer(1, 7))), required("past", texts()), required("next", texts()),
              required("parts_before", texts()), required("parts_after", texts()),
              required("deictics_before", texts()), required("tomorrow_before", texts())});
  Schema tense = record({optional("note", text()), required("scheduled_verbs", texts())});
  Schema references = record({required("past", texts()), required("present", texts()), required("future", texts())});
  Schema elapsed = record({optional("note", text()), required("verbs", texts())});
  return record({optional("note", text()), required("months", months), required("numbers", numbers),
                 required("units", record(unit_fields)), required("weekdays", weekdays),
                 required("tense", tense), required("references", references),
                 required("anniversaries", texts()), required("elapsed", elapsed), required("dated_names", texts())});
}

// events/cues.json: the event rules' word lists, each a named list of words
// (core/src/events/cue_lists.cpp reads them by the same names).
Schema event_cues() {
  std::vector<Field> fields = {optional("note", text())};
  for (const char* list :
       {"role_heads",         "agent_heads",        "reporting_heads",    "person_nouns",       "body_nouns",         "counterpart_words",  "unnamed_agents",     "member_nouns",       "arm_nouns",          "noun_homographs",
        "team_nouns",         "facility_nouns",     "venue_nouns",        "operation_nouns",    "office_heads",       "held_nouns",         "dwelling_nouns",     "paper_nouns",        "base_nouns",         "property_nouns",     "territory_nouns",
        "issue_nouns",        "relation_nouns",     "opposition_nouns",   "governing_nouns",    "light_verbal_nouns",
        "backing_words",      "serving_words",      "belonging_words",    "company_words",      "heading_words",      "origin_words",
        "directions",         "location_words",     "time_adverbs",       "during_words",       "joint_words",
        "pairing_words",      "taking_place_verbs", "conveying_verbs",    "receiving_verbs",    "light_verbs",        "attending_verbs",    "participating_verbs",
        "topic_words",        "undoing_words",      "existence_words",    "predicate_verbs",    "quantity_words",     "proposal_verbs",     "possibility_predicates", "denial_verbs",       "refusal_verbs",      "unrealizing_words",
        "intent_words",
        "leisure_words",      "death_nouns",        "count_words",        "death_blessings",    "unnamed_people",     "kin_nouns",          "standing_words",     "suffering_words",    "epithets",           "habitual_words",     "group_heads"})
    fields.push_back(required(list, texts()));
  return record(fields);
}

}  // namespace

const Schema* file_schema(std::string_view path) {
  static const std::map<std::string, Schema, std::less<>> schemas = {
      {"titles.json", titles()},
      {"institutions.json", institutions()},
      {"not_names.json", word_list("phrases")},
      {"given_names.json", word_list("names")},
      {"function_words.json", word_list("words")},
      {"framing_words.json", framing_words()},
      {"furniture.json", furniture()},
      {"time/words.json", time_words()},
      {"events/cues.json", event_cues()},
  };
  auto it = schemas.find(path);
  return it == schemas.end() ? nullptr : &it->second;
}

bool checked_by_its_reader(std::string_view path) {
  return path.substr(0, 7) == "actors/" || path == "groups.json" || path == "events/triggers.json";
}

void check_data_files(const std::vector<EmbeddedFile>& files, std::vector<Problem>& problems) {
  for (const EmbeddedFile& f : files) {
    std::string path(f.path);
    if (const Schema* schema = file_schema(path))
      check_file(f.content, *schema, path, problems);
    else if (path == "cameo.tsv")
      check_cameo_table(f.content, path, problems);
    else if (path.size() > 5 && path.substr(path.size() - 5) == ".json" && !checked_by_its_reader(path))
      problems.push_back(
          {path, 0, -1, "", "no schema checks this file: describe it in core/src/data/file_schemas.cpp"});
  }
}

}  // namespace marsad::data
