// SPDX-License-Identifier: MIT
// print, len, repr, abs, round, divmod, pow, chr, ord, format, hash, id,
// callable, isinstance, issubclass, hasattr, getattr, setattr, delattr,
// iter, next, super, bin, hex, oct.
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/recursion.h"
#include "script/pylib/numeric.h"
#include "script/pylib/py_str.h"

namespace coroscope::interp {

namespace {

Value builtinPrint(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"print(*args, sep=' ', end='\n', file=None, flush=False)">(a);
    std::string sep = " ", end = "\n";
    if (const Value* v = b[0]; v && !v->isNone()) {
        if (!v->is(Kind::Str)) typeError("sep must be None or a string, not " + typeName(*v));
        sep = v->as<StrObject>()->str();
    }
    if (const Value* v = b[1]; v && !v->isNone()) {
        if (!v->is(Kind::Str)) typeError("end must be None or a string, not " + typeName(*v));
        end = v->as<StrObject>()->str();
    }
    if (const Value* v = b[2]; v && !v->isNone())
        typeError("print(file=...) is not supported in scenarios: print writes to the program's "
                  "output");
    std::string out;
    for (std::uint32_t i = 0; i < b.restSize(); ++i) {
        if (i) out += sep;
        out += str(b.rest()[i]);
    }
    out += end;
    interp().print(out);
    return Value();
}

Value builtinLen(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"len(obj, /)">(a);
    return Value::integer(length(*b[0]));
}

Value builtinRepr(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"repr(obj, /)">(a);
    // CPython counts the call of a one-argument builtin as a level.
    RecursionGuard guard(kWhileCalling);
    return strValue(repr(*b[0]));
}

Value builtinAscii(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"ascii(obj, /)">(a);
    RecursionGuard guard(kWhileCalling);
    return strValue(pylib::asciiStr(repr(*b[0])));
}

Value builtinAbs(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"abs(x, /)">(a);
    const Value& v = *b[0];
    if (v.isIntLike()) {
        if (v.asInt() == INT64_MIN) overflowError("integer overflow");
        return Value::integer(v.asInt() < 0 ? -v.asInt() : v.asInt());
    }
    if (v.isFloat()) return Value::real(v.asFloat() < 0 ? -v.asFloat() : std::abs(v.asFloat()));
    if (v.isObject())
        if (Value* fn = v.obj()->type()->lookup("__abs__")) return interp().call(*fn, {v});
    typeError("bad operand type for abs(): '" + typeName(v) + "'");
}

Value builtinRound(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"round(number, ndigits=None)">(a);
    const Value* x = b[0];
    const Value* nd = b[1];
    bool noDigits = !nd || nd->isNone();
    if (x->isIntLike()) {
        if (noDigits) return Value::integer(x->asInt());
        auto r = pylib::roundInt(x->asInt(), intArg(*nd, "ndigits"));
        if (!r) overflowError("integer overflow");
        return Value::integer(*r);
    }
    if (x->isFloat()) {
        if (noDigits) {
            auto r = pylib::roundFloatToInt(x->asFloat());
            if (!r) overflowError("integer overflow: Coroscope's integers have 64 bits");
            return Value::integer(*r);
        }
        return Value::real(pylib::roundFloat(x->asFloat(), intArg(*nd, "ndigits")));
    }
    typeError("type " + typeName(*x) + " doesn't define __round__ method");
}

Value builtinDivmod(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"divmod(x, y, /)">(a);
    const Value &x = *b[0], &y = *b[1];
    if (x.isIntLike() && y.isIntLike()) {
        if (y.asInt() == 0) zeroDivisionError("integer division or modulo by zero");
        auto r = pylib::intDivmod(x.asInt(), y.asInt());
        if (!r) overflowError("integer overflow");
        return Value(newTuple({Value::integer(r->first), Value::integer(r->second)}));
    }
    if (x.isNumber() && y.isNumber()) {
        auto r = pylib::floatDivmod(x.toDouble(), y.toDouble());
        return Value(newTuple({Value::real(r.first), Value::real(r.second)}));
    }
    typeError("unsupported operand type(s) for divmod(): '" + typeName(x) + "' and '" +
              typeName(y) + "'");
}

Value builtinPow(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"pow(base, exp, mod=None)">(a);
    const Value* base = b[0];
    const Value* exp = b[1];
    const Value* mod = b[2];
    if (mod && !mod->isNone()) {
        if (!base->isIntLike() || !exp->isIntLike() || !mod->isIntLike())
            typeError("pow() 3rd argument not allowed unless all arguments are integers");
        return Value::integer(pylib::intPowMod(base->asInt(), exp->asInt(), mod->asInt()));
    }
    return binary(ir::BinOp::Pow, *base, *exp);
}

Value builtinChr(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"chr(i, /)">(a);
    return strValue(pylib::strChr(intArg(*b[0], "chr()")));
}

Value builtinOrd(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"ord(c, /)">(a);
    if (!b[0]->is(Kind::Str))
        typeError("ord() expected string of length 1, but " + typeName(*b[0]) + " found");
    return Value::integer(pylib::strOrd(b[0]->as<StrObject>()->view()));
}

Value builtinFormat(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"format(value, format_spec='', /)">(a);
    std::string spec = b[1] ? strArg(*b[1], "format() argument 2") : std::string();
    return strValue(format(*b[0], spec));
}

Value builtinHash(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"hash(obj, /)">(a);
    RecursionGuard guard(kWhileCalling);
    return Value::integer(hashValue(*b[0]));
}

Value builtinId(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"id(obj, /)">(a);
    if (!b[0]->isObject()) return Value::integer(hashValue(*b[0]));
    return Value::integer(0x7f0000001000 + types().identityOf(b[0]->obj()) * 0x40);
}

Value builtinCallable(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"callable(obj, /)">(a);
    const Value& v = *b[0];
    if (!v.isObject()) return False();
    switch (v.obj()->kind()) {
    case Kind::Function:
    case Kind::Native:
    case Kind::BoundMethod:
    case Kind::Type: return True();
    default: return Value::boolean(v.obj()->type()->lookup("__call__") != nullptr);
    }
}

bool isSubclassOf(const Value& cls, const Value& spec, const char* fname) {
    if (spec.is(Kind::Tuple)) {
        for (const Value& s : spec.as<TupleObject>()->items())
            if (isSubclassOf(cls, s, fname)) return true;
        return false;
    }
    if (!spec.is(Kind::Type))
        typeError(std::string(fname) + "() arg 2 must be a type, a tuple of types, or a union");
    return cls.as<TypeObject>()->isSubtypeOf(spec.as<TypeObject>());
}

Value builtinIsinstance(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"isinstance(obj, class_or_tuple, /)">(a);
    return Value::boolean(isSubclassOf(Value(typeOf(*b[0])), *b[1], "isinstance"));
}

Value builtinIssubclass(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"issubclass(cls, class_or_tuple, /)">(a);
    if (!b[0]->is(Kind::Type)) typeError("issubclass() arg 1 must be a class");
    return Value::boolean(isSubclassOf(*b[0], *b[1], "issubclass"));
}

StrObject* attrName(const Value& v, const char* fname) {
    if (!v.is(Kind::Str))
        typeError(std::string(fname) + "(): attribute name must be string, not '" + typeName(v) +
                  "'");
    return intern(v.as<StrObject>()->view());
}

Value builtinHasattr(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"hasattr(obj, name, /)">(a);
    Value out;
    try {
        return Value::boolean(findAttr(*b[0], attrName(*b[1], "hasattr"), out));
    } catch (const CarriesPyException& c) {
        if (c.exception->cls()->isSubtypeOf(types().AttributeError)) return False();
        throw;
    }
}

Value builtinGetattr(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"getattr(object, name, default=?, /)">(a);
    StrObject* name = attrName(*b[1], "getattr");
    if (b[2]) {
        Value out;
        if (findAttr(*b[0], name, out)) return out;
        return *b[2];
    }
    return getAttr(*b[0], name);
}

Value builtinSetattr(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"setattr(obj, name, value, /)">(a);
    setAttr(*b[0], attrName(*b[1], "setattr"), *b[2]);
    return Value();
}

Value builtinDelattr(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"delattr(obj, name, /)">(a);
    delAttr(*b[0], attrName(*b[1], "delattr"));
    return Value();
}

Value builtinIter(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"iter(object, /)">(a);
    return getIter(*b[0]);
}

Value builtinNext(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"next(iterator, default=?, /)">(a);
    Value it = *b[0];
    if (!it.is(Kind::Iterator) && !it.is(Kind::Generator) &&
        !(it.isObject() && it.obj()->type()->lookup("__next__")))
        typeError("'" + typeName(it) + "' object is not an iterator");
    Value out;
    if (nextItem(it, out)) return out;
    if (b[1]) return *b[1];
    raise(newException(types().StopIteration));
}

Value builtinSuper(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"super(type=?, object_or_type=?, /)">(a);
    if (b[1]) {
        if (!b[0]->is(Kind::Type)) typeError("super() argument 1 must be a type");
        return Value(Ref<SuperObject>(new SuperObject(b[0]->as<TypeObject>(), *b[1])));
    }
    Frame* f = a.frame;
    if (!f || !f->function || !f->function->definingClass || f->code->nPositional == 0)
        runtimeError("super(): no arguments");
    Value self = f->slots[0];
    if (self.is(Kind::Cell)) self = self.as<CellObject>()->get();
    return Value(Ref<SuperObject>(new SuperObject(f->function->definingClass, self)));
}

Value radix(const Value& number, const char* spec, const char* prefix) {
    std::int64_t v = intArg(number, "integer");
    std::string digits = format(Value::integer(v < 0 ? -v : v), spec);
    std::string out = v < 0 ? "-" : "";
    out += prefix;
    out += digits;
    return strValue(std::move(out));
}

Value builtinBin(CallArgs& a) {
    return radix(*bindBuiltin<"bin(number, /)">(a)[0], "b", "0b");
}
Value builtinHex(CallArgs& a) {
    return radix(*bindBuiltin<"hex(number, /)">(a)[0], "x", "0x");
}
Value builtinOct(CallArgs& a) {
    return radix(*bindBuiltin<"oct(number, /)">(a)[0], "o", "0o");
}

} // namespace

std::int64_t intArg(const Value& v, const char*) {
    if (v.isIntLike()) return v.asInt();
    typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
}

double numberArg(const Value& v, const char* what) {
    if (v.isNumber()) return v.toDouble();
    typeError(std::string(what) + " must be a real number, not " + typeName(v));
}

const std::string& strArg(const Value& v, const char* what) {
    if (v.is(Kind::Str)) return v.as<StrObject>()->str();
    typeError(std::string(what) + " must be str, not " + typeName(v));
}

void setBuiltin(DictObject& builtins, const char* name, NativePlain fn) {
    builtins.setStr(name, Value(newNative(name, fn)));
}

void initBuiltinFunctions(DictObject& b) {
    setBuiltin(b, "print", builtinPrint);
    setBuiltin(b, "len", builtinLen);
    setBuiltin(b, "repr", builtinRepr);
    setBuiltin(b, "ascii", builtinAscii);
    setBuiltin(b, "abs", builtinAbs);
    setBuiltin(b, "round", builtinRound);
    setBuiltin(b, "divmod", builtinDivmod);
    setBuiltin(b, "pow", builtinPow);
    setBuiltin(b, "chr", builtinChr);
    setBuiltin(b, "ord", builtinOrd);
    setBuiltin(b, "format", builtinFormat);
    setBuiltin(b, "hash", builtinHash);
    setBuiltin(b, "id", builtinId);
    setBuiltin(b, "callable", builtinCallable);
    setBuiltin(b, "isinstance", builtinIsinstance);
    setBuiltin(b, "issubclass", builtinIssubclass);
    setBuiltin(b, "hasattr", builtinHasattr);
    setBuiltin(b, "getattr", builtinGetattr);
    setBuiltin(b, "setattr", builtinSetattr);
    setBuiltin(b, "delattr", builtinDelattr);
    setBuiltin(b, "iter", builtinIter);
    setBuiltin(b, "next", builtinNext);
    setBuiltin(b, "super", builtinSuper);
    setBuiltin(b, "bin", builtinBin);
    setBuiltin(b, "hex", builtinHex);
    setBuiltin(b, "oct", builtinOct);
}

} // namespace coroscope::interp
