// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/objects.h"

#include <cstdint>
#include <vector>

namespace coroscope::interp {

// set and frozenset, laid out as CPython's setobject.c lays them out (open
// addressing, nine linear probes, then perturbation; the same growth rule),
// so that iterating a set visits its items in CPython's order whenever the
// hashes are CPython's (ints, floats, tuples of them). For str, whose hash
// CPython randomises per process, any order is as good.
// Invariants: m_fill counts active and dummy slots, m_used active ones; the
// table size is a power of two with at least one empty slot.
class SetObject final : public GcObject {
public:
    struct Slot {
        std::int64_t hash = 0;
        Value key;
        std::uint8_t state = 0; // 0 empty, 1 active, 2 dummy (deleted)
    };

    explicit SetObject(bool frozen = false);
    ~SetObject() override;

    std::size_t size() const { return m_used; }
    bool frozen() const { return m_flags & 1; }
    bool contains(const Value& key);
    void add(const Value& key);
    bool discard(const Value& key);
    void clear();
    const std::vector<Slot>& slots() const { return m_table; }
    // The next active slot at or after pos, or slots().size().
    std::size_t nextActive(std::size_t pos) const {
        while (pos < m_table.size() && m_table[pos].state != 1)
            ++pos;
        return pos;
    }
    std::uint64_t version() const { return m_version; }

    void clearRefs() override { clear(); }

private:
    void addHashed(const Value& key, std::int64_t hash);
    std::int64_t findSlot(const Value& key, std::int64_t hash);
    void resize(std::size_t minUsed);
    void account();

    std::vector<Slot> m_table;
    std::size_t m_fill = 0;
    std::size_t m_used = 0;
    std::uint64_t m_version = 0;
    std::size_t m_accounted = 0;
};

Ref<SetObject> newSet(bool frozen = false);

} // namespace coroscope::interp
