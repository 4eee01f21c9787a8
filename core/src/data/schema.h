// The shape of a JSON data file, and the one reader that checks a file
// against it: a value of the wrong type, a key the shape does not name, a
// required key missing, a value out of its range or list are problems that
// say the file, the entry ("titles[12] \"الدكتور\"": its list, its position,
// its label) and the key. core/data's files are described in file_schemas.cpp;
// a reader that then walks the JSON may trust the types the schema checked.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "marsad/problem.h"

namespace marsad::data {

struct Field;

struct Schema {
  enum class Type {
    kString,
    kBool,
    kInt,
    kNumber,
    kStrings,  // an array of strings
    kArray,    // an array of `items[0]`
    kObject,   // the keys of `fields` (every other key is unknown)
    kMap,      // any keys (words, names), every value of shape `items[0]`
  };
  Type type = Type::kString;
  std::vector<Field> fields;        // kObject
  std::vector<Schema> items;        // kArray, kMap: one element, the shape of each value
  std::string label;                // kObject in an array: the key whose value names the entry in messages
  std::string unique;               // kArray of objects: a key whose values must differ between entries
  std::vector<std::string> one_of;  // kString (and kStrings' strings): the values allowed; empty, any
  std::optional<double> min, max;   // kInt, kNumber: the range, inclusive
  bool non_empty = false;           // kString, kStrings, kArray, kMap: not "" or []
};

struct Field {
  std::string key;
  Schema schema;
  bool required = false;
};

// The builders a file's shape is written with.
Schema text(std::vector<std::string> one_of = {});
Schema flag();
Schema integer(int min, int max);
Schema number(double min, double max);
Schema texts(bool non_empty = true);
Schema list_of(Schema item, bool non_empty = true);
Schema record(std::vector<Field> fields, std::string label = "", std::string unique = "");
Schema map_of(Schema value);
// A required field (fields are optional by default).
inline Field required(std::string key, Schema s) { return {std::move(key), std::move(s), true}; }
inline Field optional(std::string key, Schema s) { return {std::move(key), std::move(s), false}; }

// Problems of `value` against `schema`, each naming `file`, the entry and the key.
void check(const nlohmann::ordered_json& value, const Schema& schema, const std::string& file,
           std::vector<Problem>& problems);
// `json` parsed (not valid JSON is a problem) and checked.
void check_file(std::string_view json, const Schema& schema, const std::string& file, std::vector<Problem>& problems);

}  // namespace marsad::data
