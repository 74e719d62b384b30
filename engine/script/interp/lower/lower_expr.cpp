// SPDX-License-Identifier: MIT
// Lowering of expressions: names resolved to slots, constants made values,
// calls of a method spelled as CallMethod, and every node flagged with
// whether its evaluation may call Python code (kAsync) or suspend itself.
#include "script/interp/lower/lower.h"

#include "script/interp/runtime/objects.h"

#include <cassert>

namespace coroscope::interp {

namespace {

ir::BinOp binOp(ast::BinaryOperator op) {
    switch (op) {
    case ast::BinaryOperator::Add: return ir::BinOp::Add;
    case ast::BinaryOperator::Sub: return ir::BinOp::Sub;
    case ast::BinaryOperator::Mult: return ir::BinOp::Mul;
    case ast::BinaryOperator::MatMult: return ir::BinOp::MatMul;
    case ast::BinaryOperator::Div: return ir::BinOp::Div;
    case ast::BinaryOperator::Mod: return ir::BinOp::Mod;
    case ast::BinaryOperator::Pow: return ir::BinOp::Pow;
    case ast::BinaryOperator::LShift: return ir::BinOp::LShift;
    case ast::BinaryOperator::RShift: return ir::BinOp::RShift;
    case ast::BinaryOperator::BitOr: return ir::BinOp::BitOr;
    case ast::BinaryOperator::BitXor: return ir::BinOp::BitXor;
    case ast::BinaryOperator::BitAnd: return ir::BinOp::BitAnd;
    case ast::BinaryOperator::FloorDiv: return ir::BinOp::FloorDiv;
    }
    return ir::BinOp::Add;
}

ir::CmpOp cmpOp(ast::CmpOperator op) {
    switch (op) {
    case ast::CmpOperator::Eq: return ir::CmpOp::Eq;
    case ast::CmpOperator::NotEq: return ir::CmpOp::NotEq;
    case ast::CmpOperator::Lt: return ir::CmpOp::Lt;
    case ast::CmpOperator::LtE: return ir::CmpOp::LtE;
    case ast::CmpOperator::Gt: return ir::CmpOp::Gt;
    case ast::CmpOperator::GtE: return ir::CmpOp::GtE;
    case ast::CmpOperator::Is: return ir::CmpOp::Is;
    case ast::CmpOperator::IsNot: return ir::CmpOp::IsNot;
    case ast::CmpOperator::In: return ir::CmpOp::In;
    case ast::CmpOperator::NotIn: return ir::CmpOp::NotIn;
    }
    return ir::CmpOp::Eq;
}

} // namespace

std::uint8_t Lowerer::binOpCode(ast::BinaryOperator op) {
    return static_cast<std::uint8_t>(binOp(op));
}

std::string Lowerer::qualPrefix() const {
    if (m_qualNames.empty()) return {};
    return m_qualNames.back() + (m_qualIsFunction.back() ? ".<locals>." : ".");
}

ir::ExprList Lowerer::exprs(ast::NodeList<ast::Expr> list) {
    std::vector<const ir::Expr*> out;
    out.reserve(list.size());
    for (const ast::Expr* e : list)
        out.push_back(expr(*e));
    return copy(out);
}

const ir::Expr* Lowerer::nameNode(std::string_view name, std::uint32_t line, bool store) {
    NameKind kind = m_scope->kindOf(name);
    if (m_scope->type == Scope::Type::Module) kind = NameKind::Global;
    if (store && m_scope->type == Scope::Type::Class && kind != NameKind::Global)
        kind = NameKind::ClassName;
    switch (kind) {
    case NameKind::Local: {
        auto* n = make<ir::Local>(ir::Op::Local, line);
        n->slot = m_scope->find(name)->slot;
        n->name = intern(name);
        return n;
    }
    case NameKind::Cell:
    case NameKind::Free: {
        auto* n = make<ir::Local>(ir::Op::Deref, line);
        n->slot = kind == NameKind::Cell ? m_scope->find(name)->slot : m_scope->freeSlot(name);
        n->name = intern(name);
        return n;
    }
    case NameKind::ClassFree: {
        auto* n = make<ir::ClassDeref>(ir::Op::ClassDeref, line);
        n->name = intern(name);
        n->slot = m_scope->freeSlot(name);
        return n;
    }
    case NameKind::ClassName:
    case NameKind::Global: {
        auto* n =
            make<ir::GlobalName>(kind == NameKind::Global ? ir::Op::Global : ir::Op::Name, line);
        n->name = intern(name);
        return n;
    }
    }
    assert(!"every kind of name is lowered");
    return nullptr;
}

const ir::Expr* Lowerer::target(const ast::Expr& e) {
    const std::uint32_t line = e.loc.line;
    switch (e.kind) {
    case ast::ExprKind::Name: return nameNode(ast::as<ast::Name>(e).id, line, true);
    case ast::ExprKind::Tuple:
    case ast::ExprKind::List: {
        ast::NodeList<ast::Expr> elts = e.kind == ast::ExprKind::Tuple ? ast::as<ast::Tuple>(e).elts
                                                                       : ast::as<ast::List>(e).elts;
        std::vector<const ir::Expr*> items;
        std::uint8_t flags = 0;
        for (const ast::Expr* elt : elts) {
            items.push_back(target(*elt));
            flags |= flagsOf(items.back());
        }
        auto* n = make<ir::Sequence>(ir::Op::Tuple, line);
        n->items = copy(items);
        n->flags = flags;
        return n;
    }
    case ast::ExprKind::Starred: {
        auto* n = make<ir::Operand>(ir::Op::Starred, line);
        n->value = target(*ast::as<ast::Starred>(e).value);
        n->flags = flagsOf(n->value);
        return n;
    }
    default: return expr(e); // an attribute or a subscript: the same node as when read
    }
}

ir::Arguments Lowerer::arguments(ast::NodeList<ast::Expr> args,
                                 ast::NodeList<ast::Keyword> keywords, std::uint8_t& flags) {
    ir::Arguments a;
    std::vector<const ir::Expr*> pos;
    for (const ast::Expr* arg : args) {
        if (arg->kind == ast::ExprKind::Starred) a.simple = false;
        pos.push_back(expr(*arg));
        flags |= flagsOf(pos.back());
    }
    std::vector<StrObject*> names;
    std::vector<const ir::Expr*> values;
    for (const ast::Keyword* kw : keywords) {
        if (kw->arg.empty()) a.simple = false;
        names.push_back(kw->arg.empty() ? nullptr : intern(kw->arg));
        values.push_back(expr(*kw->value));
        flags |= flagsOf(values.back());
    }
    a.args = copy(pos);
    a.kwNames = copy(names);
    a.kwValues = copy(values);
    return a;
}

const ir::Expr* Lowerer::expr(const ast::Expr& e) {
    const std::uint32_t line = e.loc.line;
    switch (e.kind) {
    case ast::ExprKind::Name: return nameNode(ast::as<ast::Name>(e).id, line, false);
    case ast::ExprKind::Constant: {
        const auto& c = ast::as<ast::Constant>(e);
        Value v;
        switch (c.valueKind) {
        case ast::ConstantKind::None: break;
        case ast::ConstantKind::True: v = True(); break;
        case ast::ConstantKind::False: v = False(); break;
        case ast::ConstantKind::Ellipsis: v = ellipsisValue(); break;
        case ast::ConstantKind::Int: v = Value::integer(c.intValue); break;
        case ast::ConstantKind::Float: v = Value::real(c.floatValue); break;
        case ast::ConstantKind::Str: v = strValue(std::string(c.text)); break;
        case ast::ConstantKind::BigInt:
        case ast::ConstantKind::Imaginary:
        case ast::ConstantKind::Bytes:
            assert(!"checkScript refuses literals of types the interpreter lacks");
            break;
        }
        auto* n = make<ir::Const>(ir::Op::Const, line);
        n->value = constant(std::move(v));
        return n;
    }
    case ast::ExprKind::JoinedStr: {
        const auto& j = ast::as<ast::JoinedStr>(e);
        auto* n = make<ir::Sequence>(ir::Op::FString, line);
        n->items = exprs(j.values);
        n->flags = flagsOf(n->items);
        return n;
    }
    case ast::ExprKind::FormattedValue: {
        const auto& f = ast::as<ast::FormattedValue>(e);
        auto* n = make<ir::Format>(ir::Op::Format, line);
        n->value = expr(*f.value);
        n->spec = f.formatSpec ? expr(*f.formatSpec) : nullptr;
        switch (f.conversion) {
        case ast::Conversion::None: n->aux = 0; break;
        case ast::Conversion::Str: n->aux = 's'; break;
        case ast::Conversion::Repr: n->aux = 'r'; break;
        case ast::Conversion::Ascii: n->aux = 'a'; break;
        }
        n->flags = flagsOf(n->value) | flagsOf(n->spec);
        return n;
    }
    case ast::ExprKind::BinOp: {
        const auto& b = ast::as<ast::BinOp>(e);
        auto* n = make<ir::Binary>(ir::Op::Binary, line);
        n->left = expr(*b.left);
        n->right = expr(*b.right);
        n->aux = static_cast<std::uint8_t>(binOp(b.op));
        n->flags = flagsOf(n->left) | flagsOf(n->right);
        return n;
    }
    case ast::ExprKind::UnaryOp: {
        const auto& u = ast::as<ast::UnaryOp>(e);
        auto* n =
            make<ir::Operand>(u.op == ast::UnaryOperator::Not ? ir::Op::Not : ir::Op::Unary, line);
        n->value = expr(*u.operand);
        n->aux = static_cast<std::uint8_t>(u.op == ast::UnaryOperator::Invert ? ir::UnaryOp::Invert
                                           : u.op == ast::UnaryOperator::UAdd ? ir::UnaryOp::Plus
                                                                              : ir::UnaryOp::Minus);
        n->flags = flagsOf(n->value);
        return n;
    }
    case ast::ExprKind::BoolOp: {
        const auto& b = ast::as<ast::BoolOp>(e);
        auto* n =
            make<ir::Sequence>(b.op == ast::BoolOperator::And ? ir::Op::And : ir::Op::Or, line);
        n->items = exprs(b.values);
        n->flags = flagsOf(n->items);
        return n;
    }
    case ast::ExprKind::Compare: {
        const auto& c = ast::as<ast::Compare>(e);
        auto* n = make<ir::Compare>(ir::Op::Compare, line);
        n->left = expr(*c.left);
        std::vector<ir::CmpOp> ops;
        for (ast::CmpOperator op : c.ops)
            ops.push_back(cmpOp(op));
        n->ops = copy(ops);
        n->comparators = exprs(c.comparators);
        n->flags = flagsOf(n->left) | flagsOf(n->comparators);
        return n;
    }
    case ast::ExprKind::Call: {
        const auto& c = ast::as<ast::Call>(e);
        std::uint8_t parts = 0;
        auto shape = [&] {
            return static_cast<std::uint8_t>((parts & ir::kAsync) ? ir::CallShape::General
                                                                  : ir::CallShape::Simple);
        };
        if (c.func->kind == ast::ExprKind::Attribute) {
            const auto& a = ast::as<ast::Attribute>(*c.func);
            auto* n = make<ir::CallMethod>(ir::Op::CallMethod, line);
            n->object = expr(*a.value);
            n->name = intern(a.attr);
            parts |= flagsOf(n->object);
            n->a = arguments(c.args, c.keywords, parts);
            n->flags = parts | ir::kAsync;
            n->aux = shape();
            return n;
        }
        auto* n = make<ir::Call>(ir::Op::Call, line);
        n->func = expr(*c.func);
        parts |= flagsOf(n->func);
        n->a = arguments(c.args, c.keywords, parts);
        n->flags = parts | ir::kAsync;
        n->aux = shape();
        return n;
    }
    case ast::ExprKind::Attribute: {
        const auto& a = ast::as<ast::Attribute>(e);
        auto* n = make<ir::Attr>(ir::Op::Attr, line);
        n->value = expr(*a.value);
        n->name = intern(a.attr);
        n->flags = flagsOf(n->value);
        return n;
    }
    case ast::ExprKind::Subscript: {
        const auto& s = ast::as<ast::Subscript>(e);
        auto* n = make<ir::Subscript>(ir::Op::Subscript, line);
        n->value = expr(*s.value);
        n->index = expr(*s.slice);
        n->flags = flagsOf(n->value) | flagsOf(n->index);
        return n;
    }
    case ast::ExprKind::Slice: {
        const auto& s = ast::as<ast::Slice>(e);
        auto* n = make<ir::Slice>(ir::Op::Slice, line);
        n->lower = optExpr(s.lower);
        n->upper = optExpr(s.upper);
        n->step = optExpr(s.step);
        n->flags = flagsOf(n->lower) | flagsOf(n->upper) | flagsOf(n->step);
        return n;
    }
    case ast::ExprKind::List:
    case ast::ExprKind::Tuple:
    case ast::ExprKind::Set: {
        ast::NodeList<ast::Expr> elts = e.kind == ast::ExprKind::List ? ast::as<ast::List>(e).elts
                                        : e.kind == ast::ExprKind::Tuple
                                            ? ast::as<ast::Tuple>(e).elts
                                            : ast::as<ast::Set>(e).elts;
        auto* n = make<ir::Sequence>(e.kind == ast::ExprKind::List    ? ir::Op::List
                                     : e.kind == ast::ExprKind::Tuple ? ir::Op::Tuple
                                                                      : ir::Op::Set,
                                     line);
        n->items = exprs(elts);
        n->flags = flagsOf(n->items);
        return n;
    }
    case ast::ExprKind::Dict: {
        const auto& d = ast::as<ast::Dict>(e);
        auto* n = make<ir::DictDisplay>(ir::Op::Dict, line);
        std::vector<const ir::Expr*> keys;
        for (const ast::Expr* k : d.keys)
            keys.push_back(optExpr(k));
        n->keys = copy(keys);
        n->values = exprs(d.values);
        n->flags = flagsOf(n->keys) | flagsOf(n->values);
        return n;
    }
    case ast::ExprKind::ListComp:
    case ast::ExprKind::SetComp:
    case ast::ExprKind::DictComp:
    case ast::ExprKind::GeneratorExp: return comprehension(e);
    case ast::ExprKind::Lambda: {
        const auto& l = ast::as<ast::Lambda>(e);
        return function(&l, "<lambda>", *l.args, {}, l.body, false, false, line);
    }
    case ast::ExprKind::IfExp: {
        const auto& i = ast::as<ast::IfExp>(e);
        auto* n = make<ir::IfExp>(ir::Op::IfExp, line);
        n->test = expr(*i.test);
        n->body = expr(*i.body);
        n->orelse = expr(*i.orelse);
        n->flags = flagsOf(n->test) | flagsOf(n->body) | flagsOf(n->orelse);
        return n;
    }
    case ast::ExprKind::Await:
    case ast::ExprKind::Yield: {
        const ast::Expr* v = e.kind == ast::ExprKind::Await ? ast::as<ast::Await>(e).value
                                                            : ast::as<ast::Yield>(e).value;
        auto* n =
            make<ir::Operand>(e.kind == ast::ExprKind::Await ? ir::Op::Await : ir::Op::Yield, line);
        n->value = optExpr(v);
        n->flags = flagsOf(n->value) | ir::kAsync | ir::kSuspends;
        return n;
    }
    case ast::ExprKind::YieldFrom:
        assert(!"checkScript refuses yield from");
        {
            auto* n = make<ir::Const>(ir::Op::Const, line);
            n->value = constant(Value());
            return n;
        }
    case ast::ExprKind::Starred: {
        auto* n = make<ir::Operand>(ir::Op::Starred, line);
        n->value = expr(*ast::as<ast::Starred>(e).value);
        n->flags = flagsOf(n->value);
        return n;
    }
    case ast::ExprKind::NamedExpr: {
        const auto& w = ast::as<ast::NamedExpr>(e);
        auto* n = make<ir::Walrus>(ir::Op::Walrus, line);
        n->value = expr(*w.value);
        // The target lives in the nearest scope that is not a comprehension.
        n->target = nameNode(ast::as<ast::Name>(*w.target).id, line, true);
        n->flags = flagsOf(n->value);
        return n;
    }
    }
    assert(!"every kind of expression is lowered");
    return nullptr;
}

const ir::Expr* Lowerer::comprehension(const ast::Expr& e) {
    const std::uint32_t line = e.loc.line;
    ast::NodeList<ast::Comprehension> generators;
    ir::CompKind kind = ir::CompKind::List;
    const char* name = "<listcomp>";
    switch (e.kind) {
    case ast::ExprKind::ListComp: generators = ast::as<ast::ListComp>(e).generators; break;
    case ast::ExprKind::SetComp:
        generators = ast::as<ast::SetComp>(e).generators;
        kind = ir::CompKind::Set;
        name = "<setcomp>";
        break;
    case ast::ExprKind::DictComp:
        generators = ast::as<ast::DictComp>(e).generators;
        kind = ir::CompKind::Dict;
        name = "<dictcomp>";
        break;
    default:
        generators = ast::as<ast::GeneratorExp>(e).generators;
        kind = ir::CompKind::Generator;
        name = "<genexpr>";
        break;
    }
    auto* n = make<ir::Comp>(ir::Op::Comp, line);
    n->aux = static_cast<std::uint8_t>(kind);
    n->firstIter = expr(*generators[0]->iter);
    const Scope& inner = m_scopes.of(&e);
    std::vector<std::uint32_t> closure;
    for (std::string_view free : inner.freeVars)
        closure.push_back(m_scope->cellSlotFor(free));
    n->closure = copy(closure);

    const Scope* outer = m_scope;
    m_qualNames.push_back(qualPrefix() + name);
    m_qualIsFunction.push_back(true);
    m_scope = &inner;
    std::uint8_t innerFlags = 0;
    bool isAsync = false;
    std::vector<ir::CompFor> fors;
    for (std::size_t i = 0; i < generators.size(); ++i) {
        const ast::Comprehension* g = generators[i];
        ir::CompFor f{};
        f.target = target(*g->target);
        f.iter = i == 0 ? nullptr : expr(*g->iter);
        f.ifs = exprs(g->ifs);
        f.isAsync = g->isAsync;
        isAsync |= g->isAsync;
        innerFlags |= flagsOf(f.target) | flagsOf(f.iter) | flagsOf(f.ifs);
        if (g->isAsync) innerFlags |= ir::kAsync | ir::kSuspends;
        fors.push_back(f);
    }
    n->fors = copy(fors);
    if (kind == ir::CompKind::Dict) {
        n->elt = expr(*ast::as<ast::DictComp>(e).key);
        n->value = expr(*ast::as<ast::DictComp>(e).value);
    } else {
        const ast::Expr* elt = kind == ir::CompKind::List  ? ast::as<ast::ListComp>(e).elt
                               : kind == ir::CompKind::Set ? ast::as<ast::SetComp>(e).elt
                                                           : ast::as<ast::GeneratorExp>(e).elt;
        n->elt = expr(*elt);
        n->value = nullptr;
    }
    innerFlags |= flagsOf(n->elt) | flagsOf(n->value);
    const ir::CodeInfo* c = code(inner, &e, name, ir::CodeKind::Comprehension, line);
    auto* mutableCode = const_cast<ir::CodeInfo*>(c);
    mutableCode->nPositional = 1;
    mutableCode->isGenerator = kind == ir::CompKind::Generator;
    mutableCode->isAsync = isAsync || (innerFlags & ir::kSuspends);
    mutableCode->body.async = innerFlags & ir::kAsync;
    n->code = c;
    m_scope = outer;
    m_qualNames.pop_back();
    m_qualIsFunction.pop_back();
    // A generator expression runs its body later, in the generator; the
    // other comprehensions run it here.
    n->flags = flagsOf(n->firstIter) | (kind == ir::CompKind::Generator ? 0 : innerFlags);
    return n;
}

const ir::MakeFunction* Lowerer::function(const void* node, std::string_view name,
                                          const ast::Arguments& args, ast::NodeList<ast::Stmt> body,
                                          const ast::Expr* lambdaBody, bool isAsync,
                                          bool isGenerator, std::uint32_t line) {
    auto* n = make<ir::MakeFunction>(ir::Op::Lambda, line);
    n->defaults = exprs(args.defaults);
    std::vector<const ir::Expr*> kwDefaults;
    for (const ast::Expr* d : args.kwDefaults)
        kwDefaults.push_back(optExpr(d));
    n->kwDefaults = copy(kwDefaults);
    n->flags = flagsOf(n->defaults) | flagsOf(n->kwDefaults);
    const Scope& inner = m_scopes.of(node);
    std::vector<std::uint32_t> closure;
    for (std::string_view free : inner.freeVars)
        closure.push_back(m_scope->cellSlotFor(free));
    n->closure = copy(closure);

    const Scope* outer = m_scope;
    m_qualNames.push_back(qualPrefix() + std::string(name));
    m_qualIsFunction.push_back(true);
    m_scope = &inner;
    const ir::CodeInfo* c =
        code(inner, node, name, lambdaBody ? ir::CodeKind::Lambda : ir::CodeKind::Function, line);
    auto* mc = const_cast<ir::CodeInfo*>(c);
    mc->nPosOnly = static_cast<std::uint16_t>(args.posOnlyArgs.size());
    mc->nPositional = static_cast<std::uint16_t>(args.posOnlyArgs.size() + args.args.size());
    mc->nKwOnly = static_cast<std::uint16_t>(args.kwOnlyArgs.size());
    mc->varArgs = args.varArg != nullptr;
    mc->varKw = args.kwArg != nullptr;
    mc->isAsync = isAsync;
    mc->isGenerator = isGenerator;
    if (lambdaBody)
        mc->lambdaBody = expr(*lambdaBody);
    else
        mc->body = block(body);
    n->code = c;
    m_scope = outer;
    m_qualNames.pop_back();
    m_qualIsFunction.pop_back();
    return n;
}

const ir::CodeInfo* Lowerer::code(const Scope& scope, const void*, std::string_view name,
                                  ir::CodeKind kind, std::uint32_t line) {
    auto* c = m_program.arena.make<ir::CodeInfo>();
    c->name = intern(name);
    c->qualname = intern(m_qualNames.empty() ? std::string(name) : m_qualNames.back());
    c->kind = kind;
    c->firstLine = line;
    c->nSlots = scope.nSlots;
    c->firstFree = scope.firstFree;
    c->nFree = static_cast<std::uint32_t>(scope.freeVars.size());
    std::vector<StrObject*> names(scope.nSlots, nullptr);
    std::vector<std::uint32_t> cells;
    for (const Scope::Entry& e : scope.entries) {
        if (!scope.isFunctionLike()) break;
        if (e.kind == NameKind::Local || e.kind == NameKind::Cell) names[e.slot] = intern(e.name);
        if (e.kind == NameKind::Cell) cells.push_back(e.slot);
    }
    for (std::size_t i = 0; i < scope.freeVars.size(); ++i)
        names[scope.firstFree + i] = intern(scope.freeVars[i]);
    c->slotNames = copy(names);
    c->cellSlots = copy(cells);
    return c;
}

} // namespace coroscope::interp
