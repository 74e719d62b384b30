// SPDX-License-Identifier: MIT
// checkSupport(): a pass over the tree that rejects what the sandbox and the
// interpreter do not support, with the place, a sentence and a hint.
#include "script/checks/validate.h"

#include "script/checks/sandbox_policy.h"
#include "script/checks/text_util.h"
#include "script/syntax/ast_walk.h"

#include <algorithm>
#include <string>

namespace coroscope {

namespace {

bool contains(std::span<const std::string_view> names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

class Validator {
public:
    explicit Validator(const Module& module)
        : m_module(module) {}

    std::vector<ScriptError> run() {
        for (const ast::Stmt* stmt : m_module.body())
            visitStmt(*stmt);
        return std::move(m_errors);
    }

private:
    void refuse(std::string message, std::string_view hint, const ast::Location& where) {
        ScriptError error;
        error.file = m_module.fileName();
        error.line = static_cast<int>(where.line);
        error.column = static_cast<int>(where.column);
        error.endLine = static_cast<int>(where.endLine);
        error.endColumn = static_cast<int>(where.endColumn);
        error.message = std::move(message);
        error.hint = std::string(hint);
        error.kind = ScriptErrorKind::UnsupportedError;
        error.lineText = std::string(m_module.source().lineText(error.line));
        m_errors.push_back(std::move(error));
    }

    void checkName(std::string_view name, const ast::Location& where) {
        if (const sandbox::Refused* refused = sandbox::findRefusedName(name))
            refuse(detail::concat({"'", name, "' is not available in scenarios"}), refused->hint,
                   where);
    }

    // Returns the module's entry when it may be imported.
    const sandbox::AllowedModule* checkModule(std::string_view name, const ast::Location& where) {
        if (const sandbox::Refused* refused = sandbox::findRefusedModule(name)) {
            refuse(detail::concat({"module '", name, "' is not available in scenarios"}),
                   refused->hint, where);
            return nullptr;
        }
        const sandbox::AllowedModule* allowed = sandbox::findAllowedModule(name);
        if (!allowed)
            refuse(detail::concat({"module '", name, "' is not supported in scenarios"}),
                   sandbox::importHint(), where);
        return allowed;
    }

    static std::string onlyNamesHint(const sandbox::AllowedModule& module) {
        std::string hint = detail::concat({"from ", module.name, " only "});
        for (size_t i = 0; i < module.onlyNames.size(); ++i) {
            if (i) hint += i + 1 == module.onlyNames.size() ? " and " : ", ";
            hint += module.onlyNames[i];
        }
        return hint + " can be used";
    }

    void visitImport(const ast::Import& node) {
        for (const ast::Alias* alias : node.names) {
            const sandbox::AllowedModule* module = checkModule(alias->name, alias->loc);
            const std::string_view bound = alias->asName.empty()
                                               ? alias->name.substr(0, alias->name.find('.'))
                                               : alias->asName;
            if (module && !module->onlyNames.empty() && alias->name == module->name)
                m_restricted.emplace_back(bound, module);
            if (!alias->asName.empty()) checkName(alias->asName, alias->loc);
        }
    }

    void visitImportFrom(const ast::ImportFrom& node) {
        if (node.level > 0) {
            refuse("relative imports are not supported",
                   "a scenario is a single file; import the modules Coroscope provides", node.loc);
            return;
        }
        const sandbox::AllowedModule* module = checkModule(node.module, node.loc);
        for (const ast::Alias* alias : node.names) {
            if (module && !module->onlyNames.empty() && !contains(module->onlyNames, alias->name))
                refuse(detail::concat(
                           {"'", node.module, ".", alias->name, "' is not supported in scenarios"}),
                       onlyNamesHint(*module), alias->loc);
            checkName(alias->asName.empty() ? alias->name : alias->asName, alias->loc);
        }
    }

    static std::string describe(const ast::Expr& expr) {
        switch (expr.kind) {
        case ast::ExprKind::Name: return std::string(ast::as<ast::Name>(expr).id);
        case ast::ExprKind::Attribute:
            return detail::concat({describe(*ast::as<ast::Attribute>(expr).value), ".",
                                   ast::as<ast::Attribute>(expr).attr});
        case ast::ExprKind::Call: return describe(*ast::as<ast::Call>(expr).func) + "(...)";
        default: return "...";
        }
    }

    // Literals of the types the interpreter's values do not have.
    void checkConstant(const ast::Constant& constant) {
        switch (constant.valueKind) {
        case ast::ConstantKind::BigInt:
            refuse("integers beyond 64 bits are not supported",
                   "Coroscope's integers go up to 9223372036854775807; use a float for "
                   "larger numbers",
                   constant.loc);
            return;
        case ast::ConstantKind::Imaginary:
            refuse("complex numbers are not supported", "use two floats", constant.loc);
            return;
        case ast::ConstantKind::Bytes:
            refuse("bytes literals are not supported", "use a str", constant.loc);
            return;
        default: return;
        }
    }

    void checkDecorators(ast::NodeList<ast::Expr> decorators) {
        for (const ast::Expr* decorator : decorators) {
            const auto* name = ast::dynCast<ast::Name>(decorator);
            const auto* attribute = ast::dynCast<ast::Attribute>(decorator);
            const bool allowed = (name && contains(sandbox::allowedDecorators(), name->id)) ||
                                 (attribute && attribute->value->kind == ast::ExprKind::Name &&
                                  contains(sandbox::allowedDecoratorAttributes(), attribute->attr));
            if (!allowed)
                refuse(detail::concat({"decorator '@", describe(*decorator), "' is not supported"}),
                       "Coroscope supports @staticmethod, @classmethod and @property; call the "
                       "function that would wrap it yourself",
                       decorator->loc);
            visitExpr(*decorator);
        }
    }

    void checkParameters(const ast::Arguments& args) {
        for (const ast::NodeList<ast::Arg> list : {args.posOnlyArgs, args.args, args.kwOnlyArgs}) {
            for (const ast::Arg* arg : list)
                checkName(arg->name, arg->loc);
        }
        for (const ast::Arg* arg : {args.varArg, args.kwArg}) {
            if (arg) checkName(arg->name, arg->loc);
        }
        ast::forEachChild(args, [this](const ast::Expr& child) { visitExpr(child); });
    }

    void visitBody(ast::NodeList<ast::Stmt> body) {
        for (const ast::Stmt* stmt : body)
            visitStmt(*stmt);
    }

    void visitStmt(const ast::Stmt& stmt) {
        switch (stmt.kind) {
        case ast::StmtKind::Match:
            refuse("the 'match' statement is not supported", "use if, elif and else", stmt.loc);
            return;
        case ast::StmtKind::Import: visitImport(ast::as<ast::Import>(stmt)); return;
        case ast::StmtKind::ImportFrom: visitImportFrom(ast::as<ast::ImportFrom>(stmt)); return;
        case ast::StmtKind::FunctionDef: {
            const auto& def = ast::as<ast::FunctionDef>(stmt);
            checkName(def.name, stmt.loc);
            checkDecorators(def.decorators);
            checkParameters(*def.args);
            if (def.returns) visitExpr(*def.returns);
            visitBody(def.body);
            return;
        }
        case ast::StmtKind::ClassDef: {
            const auto& def = ast::as<ast::ClassDef>(stmt);
            checkName(def.name, stmt.loc);
            checkDecorators(def.decorators);
            for (const ast::Expr* base : def.bases)
                visitExpr(*base);
            for (const ast::Keyword* keyword : def.keywords)
                visitExpr(*keyword->value);
            visitBody(def.body);
            return;
        }
        case ast::StmtKind::Try: {
            const auto& tryStmt = ast::as<ast::Try>(stmt);
            if (tryStmt.isStar)
                refuse("'except*' is not supported",
                       "catch the group with a plain 'except ExceptionGroup as group:' and look at "
                       "group.exceptions",
                       tryStmt.handlers[0]->loc);
            for (const ast::ExceptHandler* handler : tryStmt.handlers) {
                if (!handler->name.empty()) checkName(handler->name, handler->loc);
            }
            break;
        }
        case ast::StmtKind::Global:
            for (const std::string_view name : ast::as<ast::Global>(stmt).names)
                checkName(name, stmt.loc);
            return;
        case ast::StmtKind::Nonlocal:
            for (const std::string_view name : ast::as<ast::Nonlocal>(stmt).names)
                checkName(name, stmt.loc);
            return;
        default: break;
        }
        ast::forEachChild(
            stmt, [this](const ast::Expr& child) { visitExpr(child); },
            [this](const ast::Stmt& child) { visitStmt(child); });
    }

    void visitExpr(const ast::Expr& expr) {
        switch (expr.kind) {
        case ast::ExprKind::Name: checkName(ast::as<ast::Name>(expr).id, expr.loc); return;
        case ast::ExprKind::Constant: checkConstant(ast::as<ast::Constant>(expr)); return;
        case ast::ExprKind::YieldFrom:
            refuse("'yield from' is not supported",
                   "yield the values one by one in a for loop, or await the coroutine", expr.loc);
            break;
        case ast::ExprKind::Attribute: {
            const auto& attribute = ast::as<ast::Attribute>(expr);
            if (const auto* base = ast::dynCast<ast::Name>(attribute.value)) {
                for (const auto& [alias, module] : m_restricted) {
                    if (alias == base->id && !contains(module->onlyNames, attribute.attr))
                        refuse(detail::concat({"'", module->name, ".", attribute.attr,
                                               "' is not supported in scenarios"}),
                               onlyNamesHint(*module), expr.loc);
                }
            }
            break;
        }
        case ast::ExprKind::Lambda: {
            const auto& lambda = ast::as<ast::Lambda>(expr);
            checkParameters(*lambda.args);
            visitExpr(*lambda.body);
            return;
        }
        default: break;
        }
        ast::forEachChild(expr, [this](const ast::Expr& child) { visitExpr(child); });
    }

    const Module& m_module;
    std::vector<ScriptError> m_errors;
    // Names bound to modules of which only some names may be used.
    std::vector<std::pair<std::string_view, const sandbox::AllowedModule*>> m_restricted;
};

} // namespace

namespace detail {

std::vector<ScriptError> checkSupport(const Module& module) {
    return Validator(module).run();
}

} // namespace detail

} // namespace coroscope
