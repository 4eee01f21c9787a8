// A map from 64-bit keys that are already hashes (word hashes, trie edges) to
// 32-bit values: open addressing, linear probing, at most half full. No node
// per entry and no rehashing of the key: std::unordered_map costs several
// times more per lookup, in WebAssembly most of all (its 32-bit size_t
// re-hashes 64-bit keys).
#pragma once

#include <cstdint>
#include <vector>

namespace marsad::util {

class HashMap64 {
 public:
  // A pointer to the value of `key`, nullptr when absent.
  const uint32_t* find(uint64_t key) const {
    if (size_ == 0) return nullptr;
    for (size_t i = slot_of(key);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }
  uint32_t* find(uint64_t key) { return const_cast<uint32_t*>(static_cast<const HashMap64&>(*this).find(key)); }
  bool contains(uint64_t key) const { return find(key) != nullptr; }

  // Inserts key → value unless the key is there; returns the stored value.
  uint32_t insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    for (size_t i = slot_of(key);; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!s.used) {
        s = {key, value, 1};
        ++size_;
        return value;
      }
      if (s.key == key) return s.value;
    }
  }

  size_t size() const { return size_; }
  void clear() {
    slots_.assign(slots_.size(), Slot{});
    size_ = 0;
  }

  template <typename F>
  void for_each(F f) const {
    for (const Slot& s : slots_)
      if (s.used) f(s.key, s.value);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
    uint32_t used = 0;
  };

  size_t slot_of(uint64_t key) const { return static_cast<size_t>(key ^ (key >> 29) ^ (key >> 47)) & mask_; }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& s : old)
      if (s.used) insert(s.key, s.value);
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace marsad::util
