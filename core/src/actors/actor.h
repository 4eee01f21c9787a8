// An actor of the knowledge base, or one found in text (a person after a title).
#pragma once

#include <string>
#include <vector>

namespace marsad::actors {

struct Role {
  std::string title;  // head_of_state, ambassador, spokesman… (core/data/README.md)
  std::string of;     // whose role: an actor id
  std::string at;     // ambassadors and envoys: the country posted to
  std::string from;   // ISO date at any precision; "" = unknown
  std::string to;     // ISO date; "" = still in office or unknown
  std::string portfolio;
};

struct Actor {
  std::string id;
  std::string type;  // person, organization, country, place, armed_group, media, event_name
  std::string name_ar, name_en;
  std::vector<std::string> aliases_ar, aliases_en;
  std::vector<std::string> short_forms;
  std::vector<std::string> nisba;
  std::vector<std::string> metonyms;
  std::vector<std::string> descriptions;
  std::vector<std::string> generic;  // names that need context: الجيش, المجلس
  std::vector<std::string> context;
  // Names that stand for it only right after one of `partner_of`, joined by و
  // («الحوثيين وصالح»: Saleh's forces; «حماس والجهاد»: Islamic Jihad).
  std::vector<std::string> partner_of;
  std::vector<std::string> partner_names;
  bool needs_context = false;        // every name of it is ambiguous: matched only with support in the document
  std::vector<std::string> domains;  // media: the outlet's web domains (okaz.com.sa)
  std::string sector;       // "sport": clubs and sports bodies, whose matches and transfers are no political events;
                            // "humanitarian", "rights": relief and rights bodies, which never use force
  std::string state;        // the state it acts for
  std::string affiliation;  // the organization it belongs to
  std::vector<Role> roles;
  std::string died;         // persons: the ISO date they died; "" = alive or unknown
  bool in_kb = true;
  bool hidden = false;      // kept out of the queries' answers (a reader's correction: "not an actor")
  std::string source;       // the file it came from
};

}  // namespace marsad::actors
