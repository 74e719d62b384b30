// SPDX-License-Identifier: MIT
// ast::dump(): expressions and the parts they share with statements.
#include "script/syntax/ast_dump_writer.h"

namespace coroscope::ast {

namespace dumping {

void Dumper::constant(const Constant& node) {
    NodeScope scope(*this, "Constant");
    switch (node.valueKind) {
    case ConstantKind::None: raw("value", "None"); break;
    case ConstantKind::True: raw("value", "True"); break;
    case ConstantKind::False: raw("value", "False"); break;
    case ConstantKind::Ellipsis: raw("value", "Ellipsis"); break;
    case ConstantKind::Int: raw("value", std::to_string(node.intValue)); break;
    case ConstantKind::BigInt: raw("value", node.text); break;
    case ConstantKind::Float: raw("value", pythonFloatRepr(node.floatValue)); break;
    case ConstantKind::Imaginary: {
        std::string text = pythonFloatRepr(node.floatValue);
        if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0)
            text.resize(text.size() - 2);
        raw("value", text + "j");
        break;
    }
    case ConstantKind::Str: string("value", node.text); break;
    case ConstantKind::Bytes: raw("value", pythonRepr(node.text, true)); break;
    }
    if (node.unicodePrefix) raw("kind", "'u'");
    location(node.loc);
}

void Dumper::arg(const Arg& node) {
    NodeScope scope(*this, "arg");
    string("arg", node.name);
    optionalChild("annotation", node.annotation);
    location(node.loc);
}

void Dumper::keyword(const Keyword& node) {
    NodeScope scope(*this, "keyword");
    optionalString("arg", node.arg);
    child("value", node.value);
    location(node.loc);
}

void Dumper::arguments(const Arguments& args) {
    NodeScope scope(*this, "arguments");
    const auto writeArg = [this](const Arg& node) { arg(node); };
    list("posonlyargs", args.posOnlyArgs, writeArg);
    list("args", args.args, writeArg);
    if (args.varArg) {
        field("vararg");
        arg(*args.varArg);
    }
    list("kwonlyargs", args.kwOnlyArgs, writeArg);
    exprs("kw_defaults", args.kwDefaults);
    if (args.kwArg) {
        field("kwarg");
        arg(*args.kwArg);
    }
    exprs("defaults", args.defaults);
}

void Dumper::comprehensions(NodeList<Comprehension> generators) {
    list("generators", generators, [this](const Comprehension& node) {
        NodeScope scope(*this, "comprehension");
        child("target", node.target);
        child("iter", node.iter);
        exprs("ifs", node.ifs);
        number("is_async", node.isAsync ? 1 : 0);
    });
}

void Dumper::expr(const Expr* node) {
    switch (node->kind) {
    case ExprKind::Name: {
        NodeScope scope(*this, "Name");
        string("id", as<Name>(*node).id);
        raw("ctx", contextName(node->ctx));
        location(node->loc);
        return;
    }
    case ExprKind::Constant: constant(as<Constant>(*node)); return;
    case ExprKind::JoinedStr: {
        NodeScope scope(*this, "JoinedStr");
        exprs("values", as<JoinedStr>(*node).values);
        location(node->loc);
        return;
    }
    case ExprKind::FormattedValue: {
        const auto& value = as<FormattedValue>(*node);
        NodeScope scope(*this, "FormattedValue");
        child("value", value.value);
        static const int kConversions[] = {-1, 's', 'r', 'a'};
        number("conversion", kConversions[static_cast<int>(value.conversion)]);
        optionalChild("format_spec", value.formatSpec);
        location(node->loc);
        return;
    }
    case ExprKind::BinOp: {
        const auto& binary = as<BinOp>(*node);
        NodeScope scope(*this, "BinOp");
        child("left", binary.left);
        raw("op", std::string(operatorName(binary.op)) + "()");
        child("right", binary.right);
        location(node->loc);
        return;
    }
    case ExprKind::UnaryOp: {
        const auto& unary = as<UnaryOp>(*node);
        NodeScope scope(*this, "UnaryOp");
        raw("op", std::string(operatorName(unary.op)) + "()");
        child("operand", unary.operand);
        location(node->loc);
        return;
    }
    case ExprKind::BoolOp: {
        const auto& boolean = as<BoolOp>(*node);
        NodeScope scope(*this, "BoolOp");
        raw("op", boolean.op == BoolOperator::And ? "And()" : "Or()");
        exprs("values", boolean.values);
        location(node->loc);
        return;
    }
    case ExprKind::Compare: {
        const auto& compare = as<Compare>(*node);
        NodeScope scope(*this, "Compare");
        child("left", compare.left);
        field("ops");
        out += '[';
        for (size_t i = 0; i < compare.ops.size(); ++i) {
            if (i) out += ", ";
            out += operatorName(compare.ops[i]);
            out += "()";
        }
        out += ']';
        exprs("comparators", compare.comparators);
        location(node->loc);
        return;
    }
    case ExprKind::Call: {
        const auto& call = as<Call>(*node);
        NodeScope scope(*this, "Call");
        child("func", call.func);
        exprs("args", call.args);
        list("keywords", call.keywords, [this](const Keyword& k) { keyword(k); });
        location(node->loc);
        return;
    }
    case ExprKind::Attribute: {
        const auto& attribute = as<Attribute>(*node);
        NodeScope scope(*this, "Attribute");
        child("value", attribute.value);
        string("attr", attribute.attr);
        raw("ctx", contextName(node->ctx));
        location(node->loc);
        return;
    }
    case ExprKind::Subscript: {
        const auto& subscript = as<Subscript>(*node);
        NodeScope scope(*this, "Subscript");
        child("value", subscript.value);
        child("slice", subscript.slice);
        raw("ctx", contextName(node->ctx));
        location(node->loc);
        return;
    }
    case ExprKind::Slice: {
        const auto& slice = as<Slice>(*node);
        NodeScope scope(*this, "Slice");
        optionalChild("lower", slice.lower);
        optionalChild("upper", slice.upper);
        optionalChild("step", slice.step);
        location(node->loc);
        return;
    }
    case ExprKind::List: {
        NodeScope scope(*this, "List");
        exprs("elts", as<List>(*node).elts);
        raw("ctx", contextName(node->ctx));
        location(node->loc);
        return;
    }
    case ExprKind::Tuple: {
        NodeScope scope(*this, "Tuple");
        exprs("elts", as<Tuple>(*node).elts);
        raw("ctx", contextName(node->ctx));
        location(node->loc);
        return;
    }
    case ExprKind::Set: {
        NodeScope scope(*this, "Set");
        exprs("elts", as<Set>(*node).elts);
        location(node->loc);
        return;
    }
    case ExprKind::Dict: {
        const auto& dict = as<Dict>(*node);
        NodeScope scope(*this, "Dict");
        exprs("keys", dict.keys);
        exprs("values", dict.values);
        location(node->loc);
        return;
    }
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp: {
        const Expr* element = nullptr;
        NodeList<Comprehension> generators;
        const char* name = "ListComp";
        if (node->kind == ExprKind::ListComp) {
            element = as<ListComp>(*node).elt;
            generators = as<ListComp>(*node).generators;
        } else if (node->kind == ExprKind::SetComp) {
            name = "SetComp";
            element = as<SetComp>(*node).elt;
            generators = as<SetComp>(*node).generators;
        } else {
            name = "GeneratorExp";
            element = as<GeneratorExp>(*node).elt;
            generators = as<GeneratorExp>(*node).generators;
        }
        NodeScope scope(*this, name);
        child("elt", element);
        comprehensions(generators);
        location(node->loc);
        return;
    }
    case ExprKind::DictComp: {
        const auto& comp = as<DictComp>(*node);
        NodeScope scope(*this, "DictComp");
        child("key", comp.key);
        child("value", comp.value);
        comprehensions(comp.generators);
        location(node->loc);
        return;
    }
    case ExprKind::Lambda: {
        const auto& lambda = as<Lambda>(*node);
        NodeScope scope(*this, "Lambda");
        field("args");
        arguments(*lambda.args);
        child("body", lambda.body);
        location(node->loc);
        return;
    }
    case ExprKind::IfExp: {
        const auto& ifExp = as<IfExp>(*node);
        NodeScope scope(*this, "IfExp");
        child("test", ifExp.test);
        child("body", ifExp.body);
        child("orelse", ifExp.orelse);
        location(node->loc);
        return;
    }
    case ExprKind::Await: {
        NodeScope scope(*this, "Await");
        child("value", as<Await>(*node).value);
        location(node->loc);
        return;
    }
    case ExprKind::Yield: {
        NodeScope scope(*this, "Yield");
        optionalChild("value", as<Yield>(*node).value);
        location(node->loc);
        return;
    }
    case ExprKind::YieldFrom: {
        NodeScope scope(*this, "YieldFrom");
        child("value", as<YieldFrom>(*node).value);
        location(node->loc);
        return;
    }
    case ExprKind::Starred: {
        NodeScope scope(*this, "Starred");
        child("value", as<Starred>(*node).value);
        raw("ctx", contextName(node->ctx));
        location(node->loc);
        return;
    }
    case ExprKind::NamedExpr: {
        const auto& named = as<NamedExpr>(*node);
        NodeScope scope(*this, "NamedExpr");
        child("target", named.target);
        child("value", named.value);
        location(node->loc);
        return;
    }
    }
}

} // namespace dumping

std::string dump(const Module& module, bool includeAttributes) {
    dumping::Dumper dumper(includeAttributes);
    dumper.out = "Module(body=[";
    bool first = true;
    for (const Stmt* stmt : module.body()) {
        if (!first) dumper.out += ", ";
        first = false;
        dumper.stmt(stmt);
    }
    dumper.out += "], type_ignores=[])";
    return dumper.out;
}

std::string dump(const Stmt& stmt, bool includeAttributes) {
    dumping::Dumper dumper(includeAttributes);
    dumper.stmt(&stmt);
    return dumper.out;
}

std::string dump(const Expr& expr, bool includeAttributes) {
    dumping::Dumper dumper(includeAttributes);
    dumper.expr(&expr);
    return dumper.out;
}

} // namespace coroscope::ast
