// Each stored record described once: its fields, their names and how each is
// written. The analysis JSON (json_output.cpp), shards (shard.cpp) and the
// query layer's events (query/event_json.cpp) are all written from these
// tables, so a field added to a record is a row added here.
//
// A shard stores every field of a row as-is (an array in row order); the
// JSON for readers writes each as its `Write` says, in row order.
#pragma once

#include <span>
#include <string>
#include <variant>
#include <vector>

#include "analysis/records.h"

namespace marsad::analysis {

// How a field appears in the JSON for readers (docs/analysis-json.md).
enum class Write {
  kText,             // a string
  kTextOrOmit,       // a string, left out when empty
  kTextOrNull,       // a string, null when empty
  kNumber,           // a number
  kRounded,          // a number to 0.01
  kRoundedBelowOne,  // a number to 0.01, left out when 1 or more
  kFlag,             // true or false
  kTrueOrOmit,       // true, left out when false
  kStrings,          // an array of strings
  kSpan,             // {"start", "end"} under the field's name
  kStartEnd,         // "start", "end" in the record itself
  kStartEndText,     // "start", "end" and the spanned "text" in the record itself
  kStoredOnly,       // not written for readers, only kept in shards
};

// Where the query layer shows an event's field (query/event_json.cpp): on the
// event, taken from its first report, and/or on each of its reports.
enum class InQuery { kNo, kEvent, kReport, kEventAndReport };

template <class Record>
struct Field {
  using Member = std::variant<std::string Record::*, std::vector<std::string> Record::*, double Record::*,
                              float Record::*, bool Record::*, ByteSpan Record::*>;
  const char* name;  // key in the JSON; a span written as start/end names itself only in the table
  Member member;
  Write write;
  InQuery query = InQuery::kNo;
};

// The noun a shard reader's errors name a record by ("a mention is malformed").
template <class Record>
struct RecordTable {
  const char* noun;
  std::span<const Field<Record>> fields;
};

// clang-format off
inline constexpr Field<MentionRef> kMentionFields[] = {
    {"actor",      &MentionRef::actor,      Write::kText},
    {"span",       &MentionRef::span,       Write::kStartEndText},
    {"kind",       &MentionRef::kind,       Write::kText},
    {"role",       &MentionRef::role,       Write::kTextOrOmit},
    {"role_of",    &MentionRef::role_of,    Write::kTextOrOmit},
    {"confidence", &MentionRef::confidence, Write::kRoundedBelowOne},
};

inline constexpr Field<TimeRef> kTimeFields[] = {
    {"span",   &TimeRef::span,   Write::kStartEndText},
    {"type",   &TimeRef::type,   Write::kText},
    {"value",  &TimeRef::value,  Write::kText},
    {"anchor", &TimeRef::anchor, Write::kText},
};

inline constexpr Field<EventRef> kEventFields[] = {
    {"code",           &EventRef::code,           Write::kText,       InQuery::kEventAndReport},
    {"goldstein",      &EventRef::goldstein,      Write::kNumber,     InQuery::kEvent},
    {"source",         &EventRef::source,         Write::kText,       InQuery::kEvent},
    {"target",         &EventRef::target,         Write::kText,       InQuery::kEvent},
    {"source_state",   &EventRef::source_state,   Write::kTextOrOmit, InQuery::kEvent},
    {"target_state",   &EventRef::target_state,   Write::kTextOrOmit, InQuery::kEvent},
    {"date",           &EventRef::date,           Write::kTextOrNull, InQuery::kReport},
    {"date_inherited", &EventRef::date_inherited, Write::kTrueOrOmit, InQuery::kReport},
    {"date_from_context", &EventRef::date_from_context, Write::kTrueOrOmit, InQuery::kReport},
    {"date_before",    &EventRef::date_before,    Write::kTrueOrOmit, InQuery::kReport},
    {"sentence",       &EventRef::sentence,       Write::kSpan,       InQuery::kReport},
    {"trigger",        &EventRef::trigger,        Write::kSpan,       InQuery::kReport},
    {"symmetric",      &EventRef::symmetric,      Write::kFlag,       InQuery::kEvent},
    {"confidence",     &EventRef::confidence,     Write::kRounded,    InQuery::kEvent},
    {"historical",     &EventRef::historical,     Write::kTrueOrOmit},  // the query's is the whole event's
    {"reported_by",    &EventRef::reported_by,    Write::kTextOrOmit, InQuery::kReport},
    {"rule",           &EventRef::rule,           Write::kText},
    {"weak",           &EventRef::weak,           Write::kStoredOnly},  // decides the list: events or weak_events
};

inline constexpr Field<QuoteRef> kQuoteFields[] = {
    {"speaker", &QuoteRef::speaker, Write::kTextOrNull},
    {"span",    &QuoteRef::span,    Write::kStartEnd},
};

inline constexpr Field<DateWindowRef> kDateWindowFields[] = {
    {"from",     &DateWindowRef::from,             Write::kTextOrNull},
    {"to",       &DateWindowRef::to,               Write::kTextOrNull},
    {"basis",    &DateWindowRef::basis,            Write::kStrings},
    {"conflict", &DateWindowRef::conflict_message, Write::kTextOrOmit},
};
// clang-format on

inline constexpr RecordTable<MentionRef> kMentionTable{"a mention", kMentionFields};
inline constexpr RecordTable<TimeRef> kTimeTable{"a time", kTimeFields};
inline constexpr RecordTable<EventRef> kEventTable{"an event", kEventFields};
inline constexpr RecordTable<QuoteRef> kQuoteTable{"a quote", kQuoteFields};
inline constexpr RecordTable<DateWindowRef> kDateWindowTable{"a date window", kDateWindowFields};

// A row's Write must suit its member's type; checked when compiling.
template <class Value, class Record>
constexpr bool member_is(const Field<Record>& f) {
  return std::holds_alternative<Value Record::*>(f.member);
}

template <class Record>
constexpr bool write_suits_member(const Field<Record>& f) {
  switch (f.write) {
    case Write::kText:
    case Write::kTextOrOmit:
    case Write::kTextOrNull: return member_is<std::string>(f);
    case Write::kNumber:
    case Write::kRounded:
    case Write::kRoundedBelowOne: return member_is<double>(f) || member_is<float>(f);
    case Write::kFlag:
    case Write::kTrueOrOmit: return member_is<bool>(f);
    case Write::kStrings: return member_is<std::vector<std::string>>(f);
    case Write::kSpan:
    case Write::kStartEnd:
    case Write::kStartEndText: return member_is<ByteSpan>(f);
    case Write::kStoredOnly: return true;
  }
  return false;
}

template <class Record>
constexpr bool rows_suit(const RecordTable<Record>& table) {
  for (const Field<Record>& f : table.fields)
    if (!write_suits_member(f)) return false;
  return true;
}

static_assert(rows_suit(kMentionTable) && rows_suit(kTimeTable) && rows_suit(kEventTable) && rows_suit(kQuoteTable) &&
              rows_suit(kDateWindowTable));

}  // namespace marsad::analysis
