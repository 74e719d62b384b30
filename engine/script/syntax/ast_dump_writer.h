// SPDX-License-Identifier: MIT
#pragma once

#include "script/syntax/ast_dump.h"

#include <string>

// The writer behind ast::dump(), shared by the files that print expressions
// and statements. Internal to the front end.
namespace coroscope::ast::dumping {

inline const char* operatorName(BinaryOperator op) {
    static const char* const kNames[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                         "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                         "BitXor", "BitAnd", "FloorDiv"};
    return kNames[static_cast<int>(op)];
}

inline const char* operatorName(UnaryOperator op) {
    static const char* const kNames[] = {"Invert", "Not", "UAdd", "USub"};
    return kNames[static_cast<int>(op)];
}

inline const char* operatorName(CmpOperator op) {
    static const char* const kNames[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                         "GtE", "Is",    "IsNot", "In",  "NotIn"};
    return kNames[static_cast<int>(op)];
}

inline const char* contextName(ExprContext ctx) {
    return ctx == ExprContext::Load ? "Load()" : ctx == ExprContext::Store ? "Store()" : "Del()";
}

// Writes one node as Name(field=value, ...), leaving out absent optional
// fields as ast.dump() does.
class Dumper {
public:
    explicit Dumper(bool attributes)
        : m_attributes(attributes) {}

    std::string out;

    void expr(const Expr* node);
    void stmt(const Stmt* node);

private:
    struct NodeScope {
        NodeScope(Dumper& dumper, const char* name)
            : m_dumper(dumper)
            , m_first(dumper.m_first) {
            dumper.out += name;
            dumper.out += '(';
            dumper.m_first = true;
        }
        ~NodeScope() {
            m_dumper.out += ')';
            m_dumper.m_first = m_first;
        }
        NodeScope(const NodeScope&) = delete;
        NodeScope& operator=(const NodeScope&) = delete;

    private:
        Dumper& m_dumper;
        bool m_first;
    };

    void field(const char* name) {
        if (!m_first) out += ", ";
        m_first = false;
        out += name;
        out += '=';
    }
    void raw(const char* name, std::string_view value) {
        field(name);
        out += value;
    }
    void number(const char* name, long value) { raw(name, std::to_string(value)); }
    void string(const char* name, std::string_view value) { raw(name, pythonRepr(value)); }
    void optionalString(const char* name, std::string_view value) {
        if (!value.empty()) string(name, value);
    }
    void child(const char* name, const Expr* node) {
        field(name);
        expr(node);
    }
    void optionalChild(const char* name, const Expr* node) {
        if (node) child(name, node);
    }
    void exprs(const char* name, NodeList<Expr> nodes) {
        field(name);
        out += '[';
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (i) out += ", ";
            if (nodes[i])
                expr(nodes[i]);
            else
                out += "None";
        }
        out += ']';
    }
    void stmts(const char* name, NodeList<Stmt> nodes) {
        field(name);
        out += '[';
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (i) out += ", ";
            stmt(nodes[i]);
        }
        out += ']';
    }
    template <class T, class F>
    void list(const char* name, NodeList<T> nodes, F&& write) {
        field(name);
        out += '[';
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (i) out += ", ";
            write(*nodes[i]);
        }
        out += ']';
    }
    void location(const Location& loc) {
        if (!m_attributes) return;
        number("lineno", loc.line);
        number("col_offset", static_cast<long>(loc.column) - 1);
        number("end_lineno", loc.endLine);
        number("end_col_offset", static_cast<long>(loc.endColumn) - 1);
    }
    void constant(const Constant& node);
    void arguments(const Arguments& args);
    void arg(const Arg& node);
    void keyword(const Keyword& node);
    void comprehensions(NodeList<Comprehension> generators);

    bool m_attributes;
    bool m_first = true;
};

} // namespace coroscope::ast::dumping
