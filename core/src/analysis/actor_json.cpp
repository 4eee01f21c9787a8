#include "analysis/actor_json.h"

namespace marsad::analysis {
namespace {

using util::Json;

void put_if(Json& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}

}  // namespace

Json actors_json_one(const actors::Actor& a) {
  Json j{{"id", a.id}, {"type", a.type}};
  Json name = Json::object();
  if (!a.name_ar.empty()) name["ar"] = a.name_ar;
  if (!a.name_en.empty()) name["en"] = a.name_en;
  j["name"] = std::move(name);
  j["in_kb"] = a.in_kb;
  if (a.hidden) j["hidden"] = true;
  put_if(j, "state", a.state);
  put_if(j, "affiliation", a.affiliation);
  if (a.type == "group") put_if(j, "sector", a.sector);
  Json roles = Json::array();
  for (const actors::Role& r : a.roles) {
    Json role{{"title", r.title}};
    put_if(role, "of", r.of);
    put_if(role, "at", r.at);
    put_if(role, "portfolio", r.portfolio);
    role["from"] = r.from.empty() ? Json(nullptr) : Json(r.from);
    role["to"] = r.to.empty() ? Json(nullptr) : Json(r.to);
    roles.push_back(std::move(role));
  }
  j["roles"] = std::move(roles);
  return j;
}

}  // namespace marsad::analysis
