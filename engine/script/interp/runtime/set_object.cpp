// SPDX-License-Identifier: MIT
#include "script/interp/runtime/set_object.h"

#include "script/interp/ops/ops.h"
#include "script/interp/runtime/types.h"

namespace coroscope::interp {

namespace {
constexpr std::size_t kMinSize = 8;
constexpr std::size_t kLinearProbes = 9;
constexpr unsigned kPerturbShift = 5;

bool sameKey(const Value& a, const Value& b) {
    if (a.identical(b)) return true;
    if (a.is(Kind::Str) && b.is(Kind::Str))
        return a.as<StrObject>()->str() == b.as<StrObject>()->str();
    return equals(a, b);
}
} // namespace

SetObject::SetObject(bool frozen)
    : GcObject(frozen ? types().frozenset : types().set, Kind::Set)
    , m_table(kMinSize) {
    if (frozen) m_flags |= 1;
    account();
}

SetObject::~SetObject() {
    if (Heap* h = Heap::currentOrNull()) h->shrink(m_accounted);
}

Ref<SetObject> newSet(bool frozen) {
    return Ref<SetObject>(new SetObject(frozen));
}

void SetObject::account() {
    std::size_t now = m_table.capacity() * sizeof(Slot);
    if (now > m_accounted)
        Heap::current().grow(now - m_accounted);
    else
        Heap::current().shrink(m_accounted - now);
    m_accounted = now;
}

std::int64_t SetObject::findSlot(const Value& key, std::int64_t hash) {
    const std::size_t mask = m_table.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::size_t perturb = static_cast<std::size_t>(hash);
    for (;;) {
        std::size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (std::size_t j = i;; ++j) {
            Slot& s = m_table[j];
            if (s.state == 0) return -1;
            if (s.state == 1 && s.hash == hash && sameKey(s.key, key))
                return static_cast<std::int64_t>(j);
            if (probes-- == 0) break;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

bool SetObject::contains(const Value& key) {
    return findSlot(key, hashValue(key)) >= 0;
}

void SetObject::add(const Value& key) {
    addHashed(key, hashValue(key));
}

void SetObject::addHashed(const Value& key, std::int64_t hash) {
    // set_add_entry: the first free slot (dummy or empty) on the probe
    // sequence, unless the key is found first.
    const std::size_t mask = m_table.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::size_t perturb = static_cast<std::size_t>(hash);
    Slot* freeSlot = nullptr;
    Slot* entry = nullptr;
    for (;;) {
        std::size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (std::size_t j = i;; ++j) {
            Slot& s = m_table[j];
            if (s.state == 0) {
                entry = &s;
                break;
            }
            if (s.state == 1 && s.hash == hash && sameKey(s.key, key)) return;
            if (s.state == 2 && !freeSlot) freeSlot = &s;
            if (probes-- == 0) break;
        }
        if (entry) break;
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
    ++m_version;
    if (freeSlot) {
        freeSlot->key = key;
        freeSlot->hash = hash;
        freeSlot->state = 1;
        ++m_used;
        return;
    }
    entry->key = key;
    entry->hash = hash;
    entry->state = 1;
    ++m_fill;
    ++m_used;
    if (m_fill * 5 < mask * 3) return;
    resize(m_used > 50000 ? m_used * 2 : m_used * 4);
}

void SetObject::resize(std::size_t minUsed) {
    std::size_t size = kMinSize;
    while (size <= minUsed)
        size <<= 1;
    std::vector<Slot> old(size);
    old.swap(m_table);
    const std::size_t mask = size - 1;
    // set_insert_clean, in the order of the old table.
    for (Slot& s : old) {
        if (s.state != 1) continue;
        std::size_t i = static_cast<std::size_t>(s.hash) & mask;
        std::size_t perturb = static_cast<std::size_t>(s.hash);
        Slot* target = nullptr;
        for (;;) {
            if (m_table[i].state == 0) {
                target = &m_table[i];
                break;
            }
            if (i + kLinearProbes <= mask) {
                for (std::size_t j = 1; j <= kLinearProbes; ++j) {
                    if (m_table[i + j].state == 0) {
                        target = &m_table[i + j];
                        break;
                    }
                }
                if (target) break;
            }
            perturb >>= kPerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
        target->hash = s.hash;
        target->key = std::move(s.key);
        target->state = 1;
    }
    m_fill = m_used;
    account();
}

bool SetObject::discard(const Value& key) {
    std::int64_t i = findSlot(key, hashValue(key));
    if (i < 0) return false;
    Slot& s = m_table[static_cast<std::size_t>(i)];
    Value old = std::move(s.key);
    s.key = Value();
    s.state = 2;
    s.hash = -1;
    --m_used;
    ++m_version;
    return true;
}

void SetObject::clear() {
    std::vector<Slot> old(kMinSize);
    old.swap(m_table);
    m_fill = m_used = 0;
    ++m_version;
    account();
}

} // namespace coroscope::interp
