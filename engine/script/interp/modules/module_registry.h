// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/value.h"

#include <string>
#include <unordered_map>

namespace coroscope::interp {

// The modules a script may import, by dotted name ("concurrent.futures"
// and its package "concurrent" each have an entry). Nothing else can be
// imported: the registry is the sandbox's list of what exists.
class ModuleRegistry {
public:
    void add(std::string name, Value module) { m_modules[std::move(name)] = std::move(module); }
    // The module of that name, or null.
    const Value* find(const std::string& name) const {
        auto it = m_modules.find(name);
        return it == m_modules.end() ? nullptr : &it->second;
    }
    void clear() { m_modules.clear(); }

private:
    std::unordered_map<std::string, Value> m_modules;
};

} // namespace coroscope::interp
