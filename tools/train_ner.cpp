// Trains the name finder's model (core/data/names/model.txt) from a corpus in
// ANERcorp's format: one "token TAG" per line, B-/I- × PERS LOC ORG MISC or O,
// sentences ending at a "." token. The model reads a sentence twice, the second
// time with what its first reading found the same words to be elsewhere in the
// document (groups of ten sentences stand for ANERcorp's unmarked articles); it
// learns both readings from every sentence, the second from out-of-fold first
// readings. The last tenth of the sentences is held out
// for validation and never trained on, nor used to choose anything: the model
// of the last epoch is written (the number of epochs is chosen by
// cross-validation on the training part, --cross-validate), and its
// validation F1 (persons, places and organizations) is an honest measure.
//
//   marsad-train-ner CORPUS OUT [--epochs N] [--min-count K] [--min-weight W] [--dump VALIDATION_LABELS]
//                    [--cross-validate K]   (K-fold on the training part: prints F1 of both readings by epoch,
//                                            writes no model; with --dump FILE, the second reading's
//                                            out-of-fold labels and margins of the training part)
//                    [--clusters TABLE]     (a word cluster table to try instead of the built-in one)
//                    [--ship-all]           (the model written is trained again, the same way, on all the
//                                            sentences, the validation part too: its figure is then the
//                                            nine-tenths model's, and scripts/eval ner no longer held out)
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "actors/knowledge_base.h"
#include "actors/lexicon.h"
#include "data/embedded.h"
#include "names/features.h"
#include "names/model.h"
#include "names/trainer.h"
#include "names/tokens.h"

namespace {

using namespace marsad;

struct Sentence {
  std::vector<std::string> forms;  // normalized
  std::vector<uint8_t> labels;
};

std::vector<Sentence> read_corpus(const std::string& path) {
  std::ifstream in(path);
  std::vector<Sentence> out(1);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string token, tag;
    if (!(fields >> token >> tag)) continue;
    out.back().forms.push_back(names::normalized_form(token));
    out.back().labels.push_back(names::label_of(tag));
    if (token == ".") out.emplace_back();
  }
  if (out.back().forms.empty()) out.pop_back();
  return out;
}

names::Example example(const Sentence& s, const names::Gazetteer& gazetteer) {
  std::vector<names::NameToken> tokens;
  for (const std::string& f : s.forms) tokens.push_back({f, names::kind_of(f)});
  names::Example e;
  for (size_t i = 0; i < tokens.size(); ++i) {
    names::token_features(tokens, i, gazetteer, e.features);
    e.offsets.push_back(static_cast<uint32_t>(e.features.size()));
  }
  e.labels = s.labels;
  return e;
}

// Entity-level scores for persons, places and organizations (exact span and type).
struct Scores {
  int gold[3] = {}, found[3] = {}, right[3] = {};
  static double f1(int r, int g, int f) { return r ? 2.0 * r / (g + f) : 0.0; }
  double overall() const { return f1(right[0] + right[1] + right[2], gold[0] + gold[1] + gold[2], found[0] + found[1] + found[2]); }
};

struct Entity {
  size_t first, end;
  uint8_t type;  // 0 persons, 1 places, 2 organizations, 3 other
  bool operator==(const Entity&) const = default;
};

std::vector<Entity> entities(const std::vector<uint8_t>& labels) {
  std::vector<Entity> out;
  for (size_t i = 0; i < labels.size();) {
    if (labels[i] == names::kO) { ++i; continue; }
    uint8_t type = static_cast<uint8_t>((labels[i] - 1) / 2);
    size_t end = i + 1;
    while (end < labels.size() && labels[end] == 2 * type + 2) ++end;  // the I- of the same type
    out.push_back({i, end, type});
    i = end;
  }
  return out;
}

void score(const std::vector<uint8_t>& gold, const std::vector<uint8_t>& found, Scores& s) {
  auto g = entities(gold), f = entities(found);
  for (const Entity& e : g) if (e.type < 3) ++s.gold[e.type];
  for (const Entity& e : f) {
    if (e.type >= 3) continue;
    ++s.found[e.type];
    for (const Entity& x : g) s.right[e.type] += x == e;
  }
}

std::vector<uint8_t> predict(const names::NameModel& model, const names::Example& e) {
  std::vector<float> emissions(e.size() * names::kLabelCount, 0.f);
  for (size_t i = 0; i < e.size(); ++i)
    model.add_scores(std::span(e.features).subspan(e.offsets[i], e.offsets[i + 1] - e.offsets[i]),
                     &emissions[i * names::kLabelCount]);
  return names::viterbi(emissions, e.size(), model.transitions());
}

// The sentences [first, end) of fold k of n sentences in `folds` contiguous folds.
std::pair<size_t, size_t> fold_range(size_t n, int k, int folds) {
  return {n * static_cast<size_t>(k) / static_cast<size_t>(folds), n * static_cast<size_t>(k + 1) / static_cast<size_t>(folds)};
}

// The labels of a first reading of each training sentence, out of fold: read
// by a model trained `epochs` epochs on the other folds, which never saw it.
std::vector<std::vector<uint8_t>> first_readings(const std::vector<names::Example>& train, int folds, int epochs) {
  std::vector<std::vector<uint8_t>> found(train.size());
  for (int k = 0; k < folds; ++k) {
    auto [first, end] = fold_range(train.size(), k, folds);
    std::vector<names::Example> rest;
    for (size_t i = 0; i < train.size(); ++i)
      if (i < first || i >= end) rest.push_back(train[i]);
    names::Trainer trainer(rest);
    std::mt19937 random(20261202 + static_cast<unsigned>(k));
    for (int epoch = 0; epoch < epochs; ++epoch) trainer.epoch(random);
    for (size_t i = first; i < end; ++i) found[i] = trainer.predict(train[i]);
  }
  return found;
}

// The document features of every token (names::document_features): the
// sentences in groups of kDocumentSentences stand for documents (ANERcorp's
// sentences follow each other article by article, unmarked), and `labels` are
// a first reading's (out of fold when training).
constexpr size_t kDocumentSentences = 10;
std::vector<names::Example> with_document_features(const std::vector<names::Example>& examples,
                                                   const std::vector<Sentence>& sentences, size_t first,
                                                   const std::vector<std::vector<uint8_t>>& labels) {
  std::vector<names::Example> out;
  for (size_t d = 0; d < examples.size(); d += kDocumentSentences) {
    size_t end = std::min(examples.size(), d + kDocumentSentences);
    // stem → (sentence, token, type bit) of its occurrences
    std::unordered_map<std::string, std::vector<std::array<uint32_t, 3>>> seen;
    for (size_t k = d; k < end; ++k)
      for (size_t i = 0; i < labels[k].size(); ++i) {
        const std::string& f = sentences[first + k].forms[i];
        if (names::kind_of(f) != text::TokenKind::kWord) continue;
        uint32_t bit = names::document_type_bit(labels[k][i]);
        seen[std::string(names::stem_of(f))].push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(i), bit});
      }
    for (size_t k = d; k < end; ++k) {
      const names::Example& e = examples[k];
      names::Example x;
      x.labels = e.labels;
      for (size_t i = 0; i < e.size(); ++i) {
        x.features.insert(x.features.end(), e.features.begin() + e.offsets[i], e.features.begin() + e.offsets[i + 1]);
        const std::string& f = sentences[first + k].forms[i];
        uint32_t types = 0;
        if (names::kind_of(f) == text::TokenKind::kWord)
          if (auto it = seen.find(std::string(names::stem_of(f))); it != seen.end())
            for (const auto& [s, t, bit] : it->second)
              if (s != k || t != i) types |= bit;
        names::document_features(types, x.features);
        x.offsets.push_back(static_cast<uint32_t>(x.features.size()));
      }
      out.push_back(std::move(x));
    }
  }
  return out;
}

constexpr int kFirstReadingFolds = 5;

// Both readings of `examples` (sentences from index `first` on) by a model.
std::vector<std::vector<uint8_t>> read_twice(const names::NameModel& model, const std::vector<names::Example>& examples,
                                             const std::vector<Sentence>& sentences, size_t first) {
  std::vector<std::vector<uint8_t>> read;
  for (const names::Example& e : examples) read.push_back(predict(model, e));
  std::vector<names::Example> again = with_document_features(examples, sentences, first, read);
  for (size_t k = 0; k < again.size(); ++k) read[k] = predict(model, again[k]);
  return read;
}

// K-fold cross-validation of the model as shipped (the validation part stays
// out): trained on each sentence of the other folds without and with its
// document features (`second`, from out-of-fold first readings), it reads each
// sentence of the fold alone, then again with what that reading found in the
// fold's documents. Prints the F1 of both readings by epoch, pooled over the
// folds: for choosing features and epochs. With `dump` set, the last epoch's
// second-reading labels and Viterbi margins of every training token are written
// there (form, gold, found, margin; a blank line after each sentence): how sure
// the finder is when it is right or wrong, on sentences it was not trained on,
// to choose the thresholds of the found names (core/src/actors/found_names.cpp)
// without the validation part.
void cross_validate_two_readings(const std::vector<names::Example>& train, const std::vector<names::Example>& second,
                                 const std::vector<Sentence>& sentences, int folds, int epochs, const std::string& dump) {
  std::vector<Scores> first_by_epoch(static_cast<size_t>(epochs)), by_epoch(static_cast<size_t>(epochs));
  std::vector<std::vector<uint8_t>> found(train.size());
  std::vector<std::vector<float>> margins(train.size());
  for (int k = 0; k < folds; ++k) {
    auto [from, end] = fold_range(train.size(), k, folds);
    std::vector<names::Example> rest;
    for (size_t i = 0; i < train.size(); ++i)
      if (i < from || i >= end) rest.push_back(train[i]), rest.push_back(second[i]);
    std::vector<names::Example> fold(train.begin() + static_cast<long>(from), train.begin() + static_cast<long>(end));
    names::Trainer trainer(rest);
    std::mt19937 random(20261202 + static_cast<unsigned>(k));
    for (int epoch = 0; epoch < epochs; ++epoch) {
      trainer.epoch(random);
      std::vector<std::vector<uint8_t>> read(fold.size());
      for (size_t i = 0; i < fold.size(); ++i) {
        read[i] = trainer.predict(fold[i]);
        score(fold[i].labels, read[i], first_by_epoch[static_cast<size_t>(epoch)]);
      }
      std::vector<names::Example> again = with_document_features(fold, sentences, from, read);
      for (size_t i = 0; i < again.size(); ++i) {
        found[from + i] = trainer.predict(again[i], &margins[from + i]);
        score(again[i].labels, found[from + i], by_epoch[static_cast<size_t>(epoch)]);
      }
    }
  }
  if (!dump.empty()) {
    std::ofstream d(dump);
    for (size_t k = 0; k < train.size(); ++k) {
      for (size_t i = 0; i < found[k].size(); ++i)
        d << sentences[k].forms[i] << ' ' << names::kLabelNames[train[k].labels[i]] << ' '
          << names::kLabelNames[found[k][i]] << ' ' << margins[k][i] << '\n';
      d << '\n';
    }
  }
  static const char* kTypes[] = {"PERS", "LOC", "ORG"};
  for (int epoch = 0; epoch < epochs; ++epoch) {
    const Scores& s = by_epoch[static_cast<size_t>(epoch)];
    std::fprintf(stderr, "epoch %2d  cross-validated F1: first reading %.3f, second %.3f", epoch + 1,
                 first_by_epoch[static_cast<size_t>(epoch)].overall(), s.overall());
    for (int t = 0; t < 3; ++t) std::fprintf(stderr, "  %s %.3f", kTypes[t], Scores::f1(s.right[t], s.gold[t], s.found[t]));
    std::fprintf(stderr, "\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  int epochs = 6;  // the middle of 5-fold cross-validation's plateau (epochs 3–8, F1 0.769–0.770; 0.767 at 10)
  uint32_t min_count = 2;
  int min_weight = 6;  // rows whose largest quantized weight (of 127) is below this are left out (5 → 6:
                       // 42 KB of the app gzipped, the validation F1 unchanged)
  std::string dump;  // --dump FILE: the validation tokens with their gold and found labels
  int folds = 0;     // --cross-validate K: K-fold cross-validation on the training part, no model written
  std::string clusters_file;  // --clusters TABLE: read instead of the built-in table
  bool ship_all = false;      // --ship-all: the model written learns from the validation part too
  if (auto it = std::find(args.begin(), args.end(), "--ship-all"); it != args.end()) {
    ship_all = true;
    args.erase(it);
  }
  for (size_t i = 0; i + 1 < args.size();) {
    if (args[i] == "--epochs") epochs = std::stoi(args[i + 1]);
    else if (args[i] == "--min-count") min_count = static_cast<uint32_t>(std::stoul(args[i + 1]));
    else if (args[i] == "--dump") dump = args[i + 1];
    else if (args[i] == "--min-weight") min_weight = std::stoi(args[i + 1]);
    else if (args[i] == "--cross-validate") folds = std::stoi(args[i + 1]);
    else if (args[i] == "--clusters") clusters_file = args[i + 1];
    else { ++i; continue; }
    args.erase(args.begin() + static_cast<long>(i), args.begin() + static_cast<long>(i) + 2);
  }
  if (args.size() != 2) {
    std::cerr << "usage: marsad-train-ner CORPUS OUT [--epochs N] [--min-count K]\n";
    return 2;
  }
  std::vector<Sentence> sentences = read_corpus(args[0]);
  if (sentences.size() < 20) {
    std::cerr << args[0] << ": too few sentences (" << sentences.size() << ")\n";
    return 1;
  }
  size_t held = sentences.size() / 10;
  size_t trained = sentences.size() - held;
  names::Gazetteer gazetteer = actors::gazetteer_of(actors::KnowledgeBase::builtin(), actors::builtin_word_lists());
  names::WordClusters clusters;
  if (!clusters_file.empty()) {
    std::ifstream in(clusters_file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), error;
    if (!in.good() && !in.eof()) text.clear();
    if (!clusters.load(text, &error)) {
      std::cerr << clusters_file << ": " << (error.empty() ? "cannot read" : error) << "\n";
      return 1;
    }
    gazetteer.use_clusters(&clusters);
  }
  std::vector<names::Example> train, validation;
  for (size_t i = 0; i < sentences.size(); ++i) (i < trained ? train : validation).push_back(example(sentences[i], gazetteer));
  std::cerr << "training on " << trained << " sentences, validating on the last " << held << "\n";

  // The model reads each sentence twice: first alone, then with what that first
  // reading found the same words to be elsewhere in the document. It learns
  // both from every training sentence: once without its document features, once
  // with those of a first reading that never saw it (5-fold, out of fold).
  if (folds > 1) {
    std::cerr << folds << "-fold cross-validation on the " << trained << " training sentences\n";
    std::vector<std::vector<uint8_t>> first = first_readings(train, folds, epochs);
    std::vector<names::Example> second = with_document_features(train, sentences, 0, first);
    cross_validate_two_readings(train, second, sentences, folds, epochs, dump);
    return 0;
  }
  std::cerr << "first readings of the training sentences, out of fold\n";
  std::vector<names::Example> both;
  {
    std::vector<std::vector<uint8_t>> first = first_readings(train, kFirstReadingFolds, epochs);
    std::vector<names::Example> second = with_document_features(train, sentences, 0, first);
    for (size_t i = 0; i < train.size(); ++i) both.push_back(train[i]), both.push_back(second[i]);
  }
  names::Trainer trainer(both);
  std::mt19937 random(20261202);
  double final_f1 = 0;
  std::string final_model;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    trainer.epoch(random);
    // Validated as shipped: the model written, pruned and quantized, then read back.
    std::string text = trainer.model_text("", min_count, min_weight);
    names::NameModel model;
    std::string error;
    if (!model.load(text, &error)) {
      std::cerr << "the model written does not read back: " << error << "\n";
      return 1;
    }
    std::vector<std::vector<uint8_t>> found = read_twice(model, validation, sentences, trained);
    Scores s;
    for (size_t k = 0; k < validation.size(); ++k) score(validation[k].labels, found[k], s);
    static const char* kTypes[] = {"PERS", "LOC", "ORG"};
    std::fprintf(stderr, "epoch %2d  validation F1 %.3f", epoch, s.overall());
    for (int t = 0; t < 3; ++t) std::fprintf(stderr, "  %s %.3f", kTypes[t], Scores::f1(s.right[t], s.gold[t], s.found[t]));
    double right = s.right[0] + s.right[1] + s.right[2];
    double precision = right / std::max(1, s.found[0] + s.found[1] + s.found[2]);
    double recall = right / std::max(1, s.gold[0] + s.gold[1] + s.gold[2]);
    std::fprintf(stderr, "  (P %.3f, R %.3f)\n", precision, recall);
    if (epoch < epochs) continue;
    final_f1 = s.overall();
    std::ostringstream header;
    header << "# GENERATED by scripts/train-ner (tools/train_ner.cpp); DO NOT EDIT.\n"
           << "# The name finder's model: an averaged structured perceptron (core/src/names/) that reads\n"
           << "# each sentence twice, the second time with what the first found elsewhere in the document.\n"
           << "# Trained on ANERcorp (Benajiba, Rosso and Benedi 2007; newswire Arabic; research use,\n"
           << "# redistributed by the CAMeL Lab under CC BY-SA 4.0): "
           << (ship_all ? "all " + std::to_string(sentences.size()) + " sentences"
                        : "the first " + std::to_string(trained) + " of the " + std::to_string(sentences.size()) +
                              " sentences")
           << " of\n# ../shared/data/ner/anercorp-train.txt, " << epoch
           << " epochs, features seen at least " << min_count << " times, weights of at least " << min_weight
           << "/127.\n"
           << "# Its features read the word clusters of names/clusters.txt (scripts/word-clusters: learned\n"
           << "# from the unlabeled news of the bench corpus); train again when they change.\n"
           << (ship_all ? "# Trained on its last " + std::to_string(held) +
                              " sentences too (--ship-all); trained without them, the same way, on them:"
                        : "# Held-out validation (its last " + std::to_string(held) + " sentences):")
           << " F1 " << static_cast<int>(s.overall() * 1000 + 0.5) / 1000.0
           << " (P " << static_cast<int>(precision * 1000 + 0.5) / 1000.0 << ", R "
           << static_cast<int>(recall * 1000 + 0.5) / 1000.0 << "; persons, places, organizations; exact spans).\n";
    if (ship_all) {
      std::vector<names::Example> all = train;
      all.insert(all.end(), validation.begin(), validation.end());
      std::vector<std::vector<uint8_t>> first = first_readings(all, kFirstReadingFolds, epochs);
      std::vector<names::Example> second = with_document_features(all, sentences, 0, first);
      all.insert(all.end(), second.begin(), second.end());
      names::Trainer whole(all);
      std::mt19937 again(20261202);
      for (int k = 0; k < epochs; ++k) whole.epoch(again);
      text = whole.model_text("", min_count, min_weight);
      std::cerr << "trained again on all " << all.size() << " sentences (--ship-all)\n";
    }
    final_model = header.str() + text;
    if (!dump.empty()) {
      std::ofstream d(dump);
      for (size_t k = 0; k < validation.size(); ++k) {
        for (size_t i = 0; i < found[k].size(); ++i)
          d << sentences[trained + k].forms[i] << ' ' << names::kLabelNames[validation[k].labels[i]] << ' '
            << names::kLabelNames[found[k][i]] << '\n';
        d << '\n';
      }
    }
  }
  std::ofstream out(args[1], std::ios::binary);
  out << final_model;
  if (!out) {
    std::cerr << args[1] << ": cannot write\n";
    return 1;
  }
  std::cerr << "wrote " << args[1] << " (" << final_model.size() << " bytes, validation F1 " << final_f1 << ")\n";
  return 0;
}
