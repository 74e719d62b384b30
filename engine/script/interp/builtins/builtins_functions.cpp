// SPDX-License-Identifier: MIT
// print, len, repr, abs, round, divmod, pow, chr, ord, format, hash, id,
// callable, isinstance, issubclass, hasattr, getattr, setattr, delattr,
// iter, next, super, bin, hex, oct.
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/pylib/numeric.h"
#include "script/pylib/py_str.h"

namespace coroscope::interp {

namespace {

Value builtinPrint(CallArgs& a) {
    a.allowKeywords({"sep", "end", "file", "flush"});
    std::string sep = " ", end = "\n";
    if (const Value* v = a.kw("sep"); v && !v->isNone()) {
        if (!v->is(Kind::Str)) typeError("sep must be None or a string, not " + typeName(*v));
        sep = v->as<StrObject>()->str();
    }
    if (const Value* v = a.kw("end"); v && !v->isNone()) {
        if (!v->is(Kind::Str)) typeError("end must be None or a string, not " + typeName(*v));
        end = v->as<StrObject>()->str();
    }
    if (const Value* v = a.kw("file"); v && !v->isNone())
        typeError("print(file=...) is not supported in scenarios: print writes to the program's "
                  "output");
    std::string out;
    for (std::uint32_t i = 0; i < a.npos; ++i) {
        if (i) out += sep;
        out += str(a[i]);
    }
    out += end;
    interp().print(out);
    return Value();
}

Value builtinLen(CallArgs& a) {
    a.noKeywords();
    a.expect(1, 1);
    return Value::integer(length(a[0]));
}

Value builtinRepr(CallArgs& a) {
    a.expect(1, 1);
    return strValue(repr(a[0]));
}

Value builtinAscii(CallArgs& a) {
    a.expect(1, 1);
    return strValue(pylib::asciiStr(repr(a[0])));
}

Value builtinAbs(CallArgs& a) {
    a.expect(1, 1);
    const Value& v = a[0];
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
    a.allowKeywords({"number", "ndigits"});
    const Value* x = a.get(0, "number");
    if (!x) typeError("round() missing required argument 'number' (pos 1)");
    const Value* nd = a.get(1, "ndigits");
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
    a.expect(2, 2);
    const Value &x = a[0], &y = a[1];
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
    a.allowKeywords({"base", "exp", "mod"});
    const Value* base = a.get(0, "base");
    const Value* exp = a.get(1, "exp");
    if (!base || !exp) typeError("pow() missing required argument");
    const Value* mod = a.get(2, "mod");
    if (mod && !mod->isNone()) {
        if (!base->isIntLike() || !exp->isIntLike() || !mod->isIntLike())
            typeError("pow() 3rd argument not allowed unless all arguments are integers");
        return Value::integer(pylib::intPowMod(base->asInt(), exp->asInt(), mod->asInt()));
    }
    return binary(ir::BinOp::Pow, *base, *exp);
}

Value builtinChr(CallArgs& a) {
    a.expect(1, 1);
    return strValue(pylib::strChr(intArg(a[0], "chr()")));
}

Value builtinOrd(CallArgs& a) {
    a.expect(1, 1);
    if (!a[0].is(Kind::Str))
        typeError("ord() expected string of length 1, but " + typeName(a[0]) + " found");
    return Value::integer(pylib::strOrd(a[0].as<StrObject>()->view()));
}

Value builtinFormat(CallArgs& a) {
    a.expect(1, 2);
    std::string spec = a.npos > 1 ? strArg(a[1], "format() argument 2") : std::string();
    return strValue(format(a[0], spec));
}

Value builtinHash(CallArgs& a) {
    a.expect(1, 1);
    return Value::integer(hashValue(a[0]));
}

Value builtinId(CallArgs& a) {
    a.expect(1, 1);
    if (!a[0].isObject()) return Value::integer(hashValue(a[0]));
    return Value::integer(0x7f0000001000 + types().identityOf(a[0].obj()) * 0x40);
}

Value builtinCallable(CallArgs& a) {
    a.expect(1, 1);
    const Value& v = a[0];
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
    a.expect(2, 2);
    return Value::boolean(isSubclassOf(Value(typeOf(a[0])), a[1], "isinstance"));
}

Value builtinIssubclass(CallArgs& a) {
    a.expect(2, 2);
    if (!a[0].is(Kind::Type)) typeError("issubclass() arg 1 must be a class");
    return Value::boolean(isSubclassOf(a[0], a[1], "issubclass"));
}

StrObject* attrName(const Value& v, const char* fname) {
    if (!v.is(Kind::Str))
        typeError(std::string(fname) + "(): attribute name must be string, not '" + typeName(v) +
                  "'");
    return intern(v.as<StrObject>()->view());
}

Value builtinHasattr(CallArgs& a) {
    a.expect(2, 2);
    Value out;
    try {
        return Value::boolean(findAttr(a[0], attrName(a[1], "hasattr"), out));
    } catch (const CarriesPyException& c) {
        if (c.exception->cls()->isSubtypeOf(types().AttributeError)) return False();
        throw;
    }
}

Value builtinGetattr(CallArgs& a) {
    a.expect(2, 3);
    StrObject* name = attrName(a[1], "getattr");
    if (a.npos == 3) {
        Value out;
        if (findAttr(a[0], name, out)) return out;
        return a[2];
    }
    return getAttr(a[0], name);
}

Value builtinSetattr(CallArgs& a) {
    a.expect(3, 3);
    setAttr(a[0], attrName(a[1], "setattr"), a[2]);
    return Value();
}

Value builtinDelattr(CallArgs& a) {
    a.expect(2, 2);
    delAttr(a[0], attrName(a[1], "delattr"));
    return Value();
}

Value builtinIter(CallArgs& a) {
    a.expect(1, 1);
    return getIter(a[0]);
}

Value builtinNext(CallArgs& a) {
    a.expect(1, 2);
    Value it = a[0];
    if (!it.is(Kind::Iterator) && !it.is(Kind::Generator) &&
        !(it.isObject() && it.obj()->type()->lookup("__next__")))
        typeError("'" + typeName(it) + "' object is not an iterator");
    Value out;
    if (nextItem(it, out)) return out;
    if (a.npos == 2) return a[1];
    raise(newException(types().StopIteration));
}

Value builtinSuper(CallArgs& a) {
    if (a.npos == 2) {
        if (!a[0].is(Kind::Type)) typeError("super() argument 1 must be a type");
        return Value(Ref<SuperObject>(new SuperObject(a[0].as<TypeObject>(), a[1])));
    }
    Frame* f = a.frame;
    if (!f || !f->function || !f->function->definingClass || f->code->nPositional == 0)
        runtimeError("super(): no arguments");
    Value self = f->slots[0];
    if (self.is(Kind::Cell)) self = self.as<CellObject>()->get();
    return Value(Ref<SuperObject>(new SuperObject(f->function->definingClass, self)));
}

Value radix(CallArgs& a, const char* spec, const char* prefix) {
    a.expect(1, 1);
    std::int64_t v = intArg(a[0], "integer");
    std::string digits = format(Value::integer(v < 0 ? -v : v), spec);
    std::string out = v < 0 ? "-" : "";
    out += prefix;
    out += digits;
    return strValue(std::move(out));
}

Value builtinBin(CallArgs& a) {
    return radix(a, "b", "0b");
}
Value builtinHex(CallArgs& a) {
    return radix(a, "x", "0x");
}
Value builtinOct(CallArgs& a) {
    return radix(a, "o", "0o");
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
