// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coroscope::interp {

// Where a name of a scope lives, as CPython's symbol table decides it.
enum class NameKind : std::uint8_t {
    Local,     // a slot of the frame
    Cell,      // a slot holding a cell, because a nested function uses it
    Free,      // a cell received from an enclosing function
    Global,    // the module's globals (then the builtins)
    ClassName, // a class body's namespace (then globals, then builtins)
    ClassFree, // a class body's namespace, then a cell of an enclosing function
};

// One scope: the module, a function or lambda, a class body, or a
// comprehension (which is a function of its own in Python 3).
struct Scope {
    enum class Type : std::uint8_t { Module, Function, Class, Comprehension };
    struct Entry {
        std::string_view name;
        bool bound = false;
        bool param = false;
        bool global = false;
        bool nonlocal = false;
        NameKind kind = NameKind::Global;
        std::uint32_t slot = 0; // Local and Cell
    };

    Type type = Type::Module;
    Scope* parent = nullptr;
    std::vector<Entry> entries; // in the order names are first seen
    std::unordered_map<std::string_view, std::size_t> index;
    std::vector<std::string_view> params;   // in declaration order
    std::vector<std::string_view> freeVars; // cells received, in order
    std::uint32_t nSlots = 0;
    std::uint32_t firstFree = 0;

    Entry* find(std::string_view name);
    const Entry* find(std::string_view name) const;
    Entry& ensure(std::string_view name);
    bool isFunctionLike() const { return type == Type::Function || type == Type::Comprehension; }
    // The slot of a free variable.
    std::uint32_t freeSlot(std::string_view name) const;
    // The slot holding the cell of `name` that a nested scope receives.
    std::uint32_t cellSlotFor(std::string_view name) const;
    // How the name resolves here (Global when the scope never mentions it).
    NameKind kindOf(std::string_view name) const;
};

// The scopes of a module, keyed by the node that opens them (the Module, a
// FunctionDef, a Lambda, a ClassDef, a comprehension expression).
class ScopeTable {
public:
    explicit ScopeTable(const ast::Module& module);
    const Scope& of(const void* node) const { return *m_byNode.at(node); }
    const Scope& module() const { return *m_scopes.front(); }

private:
    friend class ScopeBuilder;
    std::vector<std::unique_ptr<Scope>> m_scopes;
    std::unordered_map<const void*, Scope*> m_byNode;
};

} // namespace coroscope::interp
