#include "data/schema.h"

#include <algorithm>
#include <set>

namespace marsad::data {
namespace {

using Json = nlohmann::ordered_json;
using Type = Schema::Type;

std::string range(const Schema& s) {
  auto num = [](double d) {
    std::string out = std::to_string(d);
    out.erase(out.find_last_not_of('0') + 1);
    if (out.back() == '.') out.pop_back();
    return out;
  };
  return s.min && s.max ? " in [" + num(*s.min) + ", " + num(*s.max) + "]" : "";
}

std::string describe(const Schema& s) {
  switch (s.type) {
    case Type::kString: return "a string";
    case Type::kBool: return "true or false";
    case Type::kInt: return "an integer" + range(s);
    case Type::kNumber: return "a number" + range(s);
    case Type::kStrings: return "an array of strings";
    case Type::kArray: return "an array";
    case Type::kObject:
    case Type::kMap: return "an object";
  }
  return "";
}

bool has_type(const Json& v, Type t) {
  switch (t) {
    case Type::kString: return v.is_string();
    case Type::kBool: return v.is_boolean();
    case Type::kInt: return v.is_number_integer();
    case Type::kNumber: return v.is_number();
    case Type::kStrings:
    case Type::kArray: return v.is_array();
    case Type::kObject:
    case Type::kMap: return v.is_object();
  }
  return false;
}

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

class Checker {
 public:
  Checker(const std::string& file, std::vector<Problem>& problems) : file_(file), problems_(problems) {}

  // `where` names the value (its path: "titles #12 \"الدكتور\".ar"), `field` its key.
  void value(const Json& v, const Schema& s, const std::string& where, const std::string& field) {
    if (!has_type(v, s.type)) return fail(where, field, "must be " + describe(s));
    switch (s.type) {
      case Type::kString: return string(v.get_ref<const std::string&>(), s, where, field);
      case Type::kInt:
      case Type::kNumber:
        if ((s.min && v.get<double>() < *s.min) || (s.max && v.get<double>() > *s.max))
          fail(where, field, "must be " + describe(s) + " (is " + v.dump() + ")");
        return;
      case Type::kStrings:
        if (s.non_empty && v.empty()) fail(where, field, "must not be empty");
        for (size_t i = 0; i < v.size(); ++i) {
          std::string at = where + " #" + std::to_string(i + 1);
          if (!v[i].is_string())
            fail(at, field, "must be a string");
          else
            string(v[i].get_ref<const std::string&>(), s, at, field);
        }
        return;
      case Type::kArray: return array(v, s, where, field);
      case Type::kObject: return object(v, s, where);
      case Type::kMap:
        if (s.non_empty && v.empty()) fail(where, field, "must not be empty");
        for (const auto& [key, item] : v.items()) value(item, s.items[0], where + " " + in_quotes(key), field);
        return;
      case Type::kBool: return;
    }
  }

 private:
  void string(const std::string& v, const Schema& s, const std::string& where, const std::string& field) {
    if (s.non_empty && v.empty()) fail(where, field, "must not be empty");
    if (!s.one_of.empty() && std::find(s.one_of.begin(), s.one_of.end(), v) == s.one_of.end())
      fail(where, field, "has an unknown value " + in_quotes(v));
  }

  void array(const Json& v, const Schema& s, const std::string& where, const std::string& field) {
    if (s.non_empty && v.empty()) fail(where, field, "must not be empty");
    const Schema& item = s.items[0];
    std::set<std::string> seen;
    for (size_t i = 0; i < v.size(); ++i) {
      std::string at = where + " #" + std::to_string(i + 1);
      if (std::string name = label(v[i], item.label); !name.empty()) at += " " + in_quotes(name);
      value(v[i], item, at, field);
      if (!item.unique.empty() && v[i].is_object() && v[i].contains(item.unique) && v[i][item.unique].is_string() &&
          !seen.insert(v[i][item.unique].get<std::string>()).second)
        fail(at, item.unique, "is defined twice");
    }
  }

  void object(const Json& v, const Schema& s, const std::string& where) {
    for (const auto& entry : v.items()) {
      const std::string& key = entry.key();  // not a structured binding: clang 14 (wasm) cannot capture one
      const Json& item = entry.value();
      auto f = std::find_if(s.fields.begin(), s.fields.end(), [&](const Field& f) { return f.key == key; });
      if (f == s.fields.end())
        fail(where, key, "has an unknown key " + in_quotes(key));
      else
        value(item, f->schema, where.empty() ? key : where + "." + key, key);
    }
    for (const Field& f : s.fields)
      if (f.required && !v.contains(f.key)) fail(where, f.key, "has no " + in_quotes(f.key));
  }

  // The entry's name: the label's value, or its first string when it is a list.
  static std::string label(const Json& v, const std::string& key) {
    if (key.empty() || !v.is_object() || !v.contains(key)) return "";
    const Json& l = v[key];
    if (l.is_string()) return l.get<std::string>();
    if (l.is_array() && !l.empty() && l[0].is_string()) return l[0].get<std::string>();
    return "";
  }

  void fail(const std::string& where, const std::string& field, const std::string& what) {
    problems_.push_back({file_, 0, -1, field, (where.empty() ? "the file" : where) + " " + what});
  }

  const std::string& file_;
  std::vector<Problem>& problems_;
};

}  // namespace

Schema text(std::vector<std::string> one_of) {
  Schema s;
  s.type = Type::kString;
  s.non_empty = true;
  s.one_of = std::move(one_of);
  return s;
}

Schema flag() {
  Schema s;
  s.type = Type::kBool;
  return s;
}

Schema integer(int min, int max) {
  Schema s;
  s.type = Type::kInt;
  s.min = min;
  s.max = max;
  return s;
}

Schema number(double min, double max) {
  Schema s;
  s.type = Type::kNumber;
  s.min = min;
  s.max = max;
  return s;
}

Schema texts(bool non_empty) {
  Schema s;
  s.type = Type::kStrings;
  s.non_empty = non_empty;
  return s;
}

Schema list_of(Schema item, bool non_empty) {
  Schema s;
  s.type = Type::kArray;
  s.items.push_back(std::move(item));
  s.non_empty = non_empty;
  return s;
}

Schema record(std::vector<Field> fields, std::string label, std::string unique) {
  Schema s;
  s.type = Type::kObject;
  s.fields = std::move(fields);
  s.label = std::move(label);
  s.unique = std::move(unique);
  return s;
}

Schema map_of(Schema value) {
  Schema s;
  s.type = Type::kMap;
  s.items.push_back(std::move(value));
  s.non_empty = true;
  return s;
}

void check(const nlohmann::ordered_json& value, const Schema& schema, const std::string& file,
           std::vector<Problem>& problems) {
  Checker(file, problems).value(value, schema, "", "");
}

void check_file(std::string_view json, const Schema& schema, const std::string& file, std::vector<Problem>& problems) {
  Json j = Json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded()) return problems.push_back({file, 0, -1, "", "not valid JSON"});
  check(j, schema, file, problems);
}

}  // namespace marsad::data
