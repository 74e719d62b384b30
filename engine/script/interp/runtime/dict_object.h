// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/objects.h"

#include <cstdint>
#include <vector>

namespace coroscope::interp {

// dict: insertion-ordered, as CPython's since 3.7. Entries are kept in order
// with holes where keys were deleted; small dicts are searched linearly, larger
// ones through an open-addressing index of entry positions.
// Invariants: m_used counts live entries; m_index (when not empty) maps every
// live entry; m_version changes on every insertion or deletion (iterators use
// it to report a dict that changed size).
class DictObject final : public GcObject {
public:
    struct Entry {
        std::int64_t hash;
        Value key;
        Value value;
        bool live;
    };

    DictObject();
    ~DictObject() override;

    std::size_t size() const { return m_used; }
    bool empty() const { return m_used == 0; }
    std::uint64_t version() const { return m_version; }

    // Lookups may run Python code (a user class's __eq__ / __hash__).
    Value* find(const Value& key);
    Value* findStr(StrObject* key);
    Value* findStr(std::string_view key);
    bool contains(const Value& key) { return find(key) != nullptr; }
    void set(const Value& key, Value value);
    void setStr(StrObject* key, Value value);
    void setStr(std::string_view key, Value value);
    // Removes the key; returns false when it was not there.
    bool erase(const Value& key, Value* removed = nullptr);
    void clear();

    // Entries in order; skip the ones that are not live.
    const std::vector<Entry>& entries() const { return m_entries; }
    std::vector<Entry>& entries() { return m_entries; }
    // The next live entry at or after `pos`, or entries().size().
    std::size_t nextLive(std::size_t pos) const {
        while (pos < m_entries.size() && !m_entries[pos].live)
            ++pos;
        return pos;
    }
    // The last live entry (popitem), or npos.
    std::size_t lastLive() const;

    void clearRefs() override { clear(); }

private:
    template <class Match>
    std::int64_t probe(std::int64_t hash, Match&& matches) const;
    std::int64_t findIndex(const Value& key, std::int64_t hash);
    std::int64_t findIndexStr(const StrObject* key, std::int64_t hash) const;
    void insertNew(std::int64_t hash, Value key, Value value);
    void rebuildIndex();
    void account();

    std::vector<Entry> m_entries;
    std::vector<std::int32_t> m_index; // -1 empty, -2 deleted, else entry position
    std::size_t m_used = 0;
    std::uint64_t m_version = 0;
    std::size_t m_accounted = 0;
};

Ref<DictObject> newDict();

} // namespace coroscope::interp
