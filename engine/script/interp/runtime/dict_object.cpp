// SPDX-License-Identifier: MIT
#include "script/interp/runtime/dict_object.h"

#include "script/interp/ops/ops.h"
#include "script/interp/runtime/types.h"

namespace coroscope::interp {

namespace {
constexpr std::size_t kLinearLimit = 8;
constexpr std::int32_t kEmpty = -1;
constexpr std::int32_t kDeleted = -2;

bool sameKey(const Value& a, std::int64_t ha, const Value& b, std::int64_t hb) {
    if (a.identical(b)) return true;
    if (ha != hb) return false;
    if (a.is(Kind::Str) && b.is(Kind::Str))
        return a.as<StrObject>()->str() == b.as<StrObject>()->str();
    return equals(a, b);
}
} // namespace

DictObject::DictObject()
    : GcObject(types().dict, Kind::Dict) {}

DictObject::~DictObject() {
    if (Heap* h = Heap::currentOrNull()) h->shrink(m_accounted);
}

Ref<DictObject> newDict() {
    return Ref<DictObject>(new DictObject());
}

void DictObject::account() {
    std::size_t now = m_entries.capacity() * sizeof(Entry) + m_index.capacity() * 4;
    if (now > m_accounted)
        Heap::current().grow(now - m_accounted);
    else
        Heap::current().shrink(m_accounted - now);
    m_accounted = now;
}

// CPython's open addressing: the slot of the first live entry `matches`
// accepts on the probe sequence of `hash` (a scan while the dict is small
// enough to have no index), or -1.
template <class Match>
std::int64_t DictObject::probe(std::int64_t hash, Match&& matches) const {
    if (m_index.empty()) {
        for (std::size_t i = 0; i < m_entries.size(); ++i)
            if (m_entries[i].live && matches(m_entries[i])) return static_cast<std::int64_t>(i);
        return -1;
    }
    const std::size_t mask = m_index.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::size_t perturb = static_cast<std::size_t>(hash);
    for (;;) {
        std::int32_t slot = m_index[i];
        if (slot == kEmpty) return -1;
        if (slot >= 0 && matches(m_entries[static_cast<std::size_t>(slot)])) return slot;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

std::int64_t DictObject::findIndex(const Value& key, std::int64_t hash) {
    return probe(hash, [&](const Entry& e) { return sameKey(e.key, e.hash, key, hash); });
}

std::int64_t DictObject::findIndexStr(const StrObject* key, std::int64_t hash) const {
    return probe(hash, [&](const Entry& e) {
        if (!e.key.is(Kind::Str)) return false;
        const StrObject* k = e.key.as<StrObject>();
        if (k == key) return true;
        return e.hash == hash && k->str() == key->str();
    });
}

Value* DictObject::find(const Value& key) {
    if (key.is(Kind::Str)) return findStr(key.as<StrObject>());
    std::int64_t i = findIndex(key, hashValue(key));
    return i < 0 ? nullptr : &m_entries[static_cast<std::size_t>(i)].value;
}

Value* DictObject::findStr(StrObject* key) {
    std::int64_t i = findIndexStr(key, key->hash());
    return i < 0 ? nullptr : &m_entries[static_cast<std::size_t>(i)].value;
}

Value* DictObject::findStr(std::string_view key) {
    return findStr(intern(key));
}

void DictObject::rebuildIndex() {
    // Compact the holes away, then index: the table is at least twice the
    // number of entries (CPython keeps it two-thirds full at most).
    if (m_used != m_entries.size()) {
        std::vector<Entry> live;
        live.reserve(m_used + 1);
        for (Entry& e : m_entries)
            if (e.live) live.push_back(std::move(e));
        m_entries.swap(live);
    }
    if (m_entries.size() < kLinearLimit) {
        m_index.clear();
        m_index.shrink_to_fit();
        account();
        return;
    }
    std::size_t size = 16;
    while (size < (m_entries.size() + 1) * 3)
        size <<= 1;
    m_index.assign(size, kEmpty);
    const std::size_t mask = size - 1;
    for (std::size_t pos = 0; pos < m_entries.size(); ++pos) {
        std::size_t i = static_cast<std::size_t>(m_entries[pos].hash) & mask;
        std::size_t perturb = static_cast<std::size_t>(m_entries[pos].hash);
        while (m_index[i] != kEmpty) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        m_index[i] = static_cast<std::int32_t>(pos);
    }
    account();
}

void DictObject::insertNew(std::int64_t hash, Value key, Value value) {
    ++m_version;
    if (m_entries.size() == m_entries.capacity()) {
        m_entries.reserve(m_entries.empty() ? 4 : m_entries.size() * 2);
        account();
    }
    m_entries.push_back(Entry{hash, std::move(key), std::move(value), true});
    ++m_used;
    if (m_index.empty()) {
        if (m_entries.size() >= kLinearLimit) rebuildIndex();
        return;
    }
    if ((m_entries.size() + 1) * 3 > m_index.size() * 2) {
        rebuildIndex();
        return;
    }
    const std::size_t mask = m_index.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::size_t perturb = static_cast<std::size_t>(hash);
    while (m_index[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    m_index[i] = static_cast<std::int32_t>(m_entries.size() - 1);
}

void DictObject::set(const Value& key, Value value) {
    if (key.is(Kind::Str)) {
        setStr(key.as<StrObject>(), std::move(value));
        return;
    }
    std::int64_t hash = hashValue(key);
    std::int64_t i = findIndex(key, hash);
    if (i >= 0) {
        m_entries[static_cast<std::size_t>(i)].value = std::move(value);
        return;
    }
    insertNew(hash, key, std::move(value));
}

void DictObject::setStr(StrObject* key, Value value) {
    std::int64_t hash = key->hash();
    std::int64_t i = findIndexStr(key, hash);
    if (i >= 0) {
        m_entries[static_cast<std::size_t>(i)].value = std::move(value);
        return;
    }
    insertNew(hash, Value(key), std::move(value));
}

void DictObject::setStr(std::string_view key, Value value) {
    setStr(intern(key), std::move(value));
}

bool DictObject::erase(const Value& key, Value* removed) {
    std::int64_t hash = hashValue(key);
    std::int64_t i =
        key.is(Kind::Str) ? findIndexStr(key.as<StrObject>(), hash) : findIndex(key, hash);
    if (i < 0) return false;
    Entry& e = m_entries[static_cast<std::size_t>(i)];
    if (removed) *removed = e.value;
    e.live = false;
    Value oldKey = std::move(e.key);
    Value oldValue = std::move(e.value);
    --m_used;
    ++m_version;
    if (!m_index.empty()) {
        const std::size_t mask = m_index.size() - 1;
        std::size_t j = static_cast<std::size_t>(hash) & mask;
        std::size_t perturb = static_cast<std::size_t>(hash);
        while (m_index[j] != i) {
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & mask;
        }
        m_index[j] = kDeleted;
    }
    // Many holes: compact (iterators notice through the version).
    if (m_entries.size() > 16 && m_used * 2 < m_entries.size()) rebuildIndex();
    if (m_used == 0 && m_entries.size() > 0) {
        m_entries.clear();
        m_index.clear();
    }
    return true;
}

std::size_t DictObject::lastLive() const {
    for (std::size_t i = m_entries.size(); i-- > 0;)
        if (m_entries[i].live) return i;
    return static_cast<std::size_t>(-1);
}

void DictObject::clear() {
    std::vector<Entry> old;
    old.swap(m_entries);
    m_index.clear();
    m_used = 0;
    ++m_version;
    account();
    old.clear();
}

} // namespace coroscope::interp
