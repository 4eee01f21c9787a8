// The shapes of core/data's JSON files that no reader checks as it reads them
// (the actor files, groups.json and events/triggers.json have readers that
// do): marsad validate-data checks each file against its shape, and
// core/data/README.md says what the fields mean.
#pragma once

#include <string_view>
#include <vector>

#include "data/embedded.h"
#include "data/schema.h"
#include "marsad/problem.h"

namespace marsad::data {

// The role titles of the knowledge base (core/data/README.md, "Role titles").
inline constexpr const char* kRoleTitles[] = {"head_of_state",
                                              "vice_president",
                                              "crown_prince",
                                              "deputy_crown_prince",
                                              "supreme_leader",
                                              "head_of_government",
                                              "deputy_head_of_government",
                                              "foreign_minister",
                                              "defence_minister",
                                              "interior_minister",
                                              "minister",
                                              "ambassador",
                                              "envoy",
                                              "deputy_envoy",
                                              "spokesman",
                                              "commander",
                                              "chief_of_staff",
                                              "speaker",
                                              "secretary_general",
                                              "national_security_advisor",
                                              "deputy_national_security_advisor",
                                              "advisor",
                                              "head",
                                              "director",
                                              "member"};

// The shape of the file at `path` (relative to core/data), or nullptr when it has none here.
const Schema* file_schema(std::string_view path);

// Whether a reader of its own checks the file as it reads it (in marsad
// validate-data): the actor files, groups.json, events/triggers.json.
bool checked_by_its_reader(std::string_view path);

// Problems of the data files no reader of their own checks: each JSON file
// against its schema (a JSON file with no schema and no reader is itself a
// problem: every file is validated), and cameo.tsv row by row.
void check_data_files(const std::vector<EmbeddedFile>& files, std::vector<Problem>& problems);

}  // namespace marsad::data
