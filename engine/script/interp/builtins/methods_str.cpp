// SPDX-License-Identifier: MIT
// The methods of str, on pylib's CPython-exact functions.
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/pylib/py_str.h"
#include "script/pylib/str_format.h"

namespace coroscope::interp {

namespace {

std::string_view self(CallArgs& a) {
    return a.self->as<StrObject>()->view();
}

pylib::OptIndex optIndex(const Value* v) {
    if (!v || v->isNone()) return std::nullopt;
    return intArg(*v, "slice index");
}

std::optional<std::string_view> optChars(const Value* v, const char* fname) {
    if (!v || v->isNone()) return std::nullopt;
    if (!v->is(Kind::Str)) typeError(std::string(fname) + " arg must be None or str");
    return v->as<StrObject>()->view();
}

const std::string& needStr(const Value& v, const char* what) {
    if (!v.is(Kind::Str)) typeError(std::string(what) + " must be str, not " + typeName(v));
    return v.as<StrObject>()->str();
}

Value listOf(std::vector<std::string> parts) {
    std::vector<Value> items;
    items.reserve(parts.size());
    for (auto& p : parts)
        items.push_back(strValue(std::move(p)));
    return Value(newList(std::move(items)));
}

Value split(const BoundArgs& b, CallArgs& a, bool right) {
    auto sep = optChars(b[0], "split()");
    const Value* max = b[1];
    std::int64_t n = max ? intArg(*max, "maxsplit") : -1;
    return listOf(right ? pylib::strRSplit(self(a), sep, n) : pylib::strSplit(self(a), sep, n));
}
Value strSplit(CallArgs& a) {
    return split(bindBuiltin<"split(sep=None, maxsplit=-1)">(a), a, false);
}
Value strRSplit(CallArgs& a) {
    return split(bindBuiltin<"rsplit(sep=None, maxsplit=-1)">(a), a, true);
}
Value strSplitLines(CallArgs& a) {
    const Value* keep = bindBuiltin<"splitlines(keepends=False)">(a)[0];
    return listOf(pylib::strSplitLines(self(a), keep && truthy(*keep)));
}

Value strJoin(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"str.join(iterable, /)">(a);
    // The items are held, not copied: a list of one long string a hundred
    // times over must not become a hundred copies before it is joined.
    std::vector<Value> held;
    std::vector<std::string_view> parts;
    const std::size_t sep = self(a).size();
    std::size_t total = 0;
    forEachItem(*b[0], [&](const Value& v) {
        if (!v.is(Kind::Str))
            typeError("sequence item " + std::to_string(held.size()) + ": expected str instance, " +
                      typeName(v) + " found");
        total += v.as<StrObject>()->str().size() + sep;
        pylib::checkResultBytes(static_cast<std::int64_t>(total));
        held.push_back(v);
        return true;
    });
    parts.reserve(held.size());
    for (const Value& v : held)
        parts.push_back(v.as<StrObject>()->str());
    return strValue(pylib::strJoin(self(a), std::span<const std::string_view>(parts)));
}

Value strStrip(CallArgs& a) {
    const Value* chars = bindBuiltin<"strip(chars=None, /)">(a)[0];
    return strValue(pylib::strStrip(self(a), optChars(chars, "strip")));
}
Value strLStrip(CallArgs& a) {
    const Value* chars = bindBuiltin<"lstrip(chars=None, /)">(a)[0];
    return strValue(pylib::strLStrip(self(a), optChars(chars, "lstrip")));
}
Value strRStrip(CallArgs& a) {
    const Value* chars = bindBuiltin<"rstrip(chars=None, /)">(a)[0];
    return strValue(pylib::strRStrip(self(a), optChars(chars, "rstrip")));
}
Value strUpper(CallArgs& a) {
    bindBuiltin<"str.upper()">(a);
    return strValue(pylib::strUpper(self(a)));
}
Value strLower(CallArgs& a) {
    bindBuiltin<"str.lower()">(a);
    return strValue(pylib::strLower(self(a)));
}
Value strTitle(CallArgs& a) {
    bindBuiltin<"str.title()">(a);
    return strValue(pylib::strTitle(self(a)));
}
Value strCapitalize(CallArgs& a) {
    bindBuiltin<"str.capitalize()">(a);
    return strValue(pylib::strCapitalize(self(a)));
}
Value strSwapcase(CallArgs& a) {
    bindBuiltin<"str.swapcase()">(a);
    return strValue(pylib::strSwapcase(self(a)));
}
Value strCasefold(CallArgs& a) {
    bindBuiltin<"str.casefold()">(a);
    return strValue(pylib::strCasefold(self(a)));
}

template <bool Ends>
Value affix(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(prefix, start=None, end=None, /)">(a);
    const Value& prefix = *b[0];
    auto start = optIndex(b[1]);
    auto end = optIndex(b[2]);
    if (prefix.is(Kind::Tuple)) {
        std::vector<std::string_view> options;
        for (const Value& v : prefix.as<TupleObject>()->items())
            options.push_back(needStr(v, "tuple for startswith"));
        std::span<const std::string_view> span(options);
        return Value::boolean(Ends ? pylib::strEndsWith(self(a), span, start, end)
                                   : pylib::strStartsWith(self(a), span, start, end));
    }
    if (!prefix.is(Kind::Str))
        typeError(std::string(Ends ? "endswith" : "startswith") +
                  " first arg must be str or a tuple of str, not " + typeName(prefix));
    std::string_view s = prefix.as<StrObject>()->view();
    return Value::boolean(Ends ? pylib::strEndsWith(self(a), s, start, end)
                               : pylib::strStartsWith(self(a), s, start, end));
}

template <int Which>
Value search(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(sub, start=None, end=None, /)">(a);
    std::string_view sub = needStr(*b[0], "must be str");
    auto start = optIndex(b[1]);
    auto end = optIndex(b[2]);
    switch (Which) {
    case 0: return Value::integer(pylib::strFind(self(a), sub, start, end));
    case 1: return Value::integer(pylib::strRFind(self(a), sub, start, end));
    case 2: return Value::integer(pylib::strIndex(self(a), sub, start, end));
    case 3: return Value::integer(pylib::strRIndex(self(a), sub, start, end));
    default: return Value::integer(pylib::strCount(self(a), sub, start, end));
    }
}

Value strReplace(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"replace(old, new, count=-1, /)">(a);
    std::int64_t count = b[2] ? intArg(*b[2], "count") : -1;
    return strValue(pylib::strReplace(self(a), needStr(*b[0], "replace() argument 1"),
                                      needStr(*b[1], "replace() argument 2"), count));
}

Value strRemovePrefix(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"str.removeprefix(prefix, /)">(a);
    std::string_view s = self(a), p = needStr(*b[0], "removeprefix() argument");
    return strValue(std::string(s.substr(0, p.size()) == p ? s.substr(p.size()) : s));
}

Value strRemoveSuffix(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"str.removesuffix(suffix, /)">(a);
    std::string_view s = self(a), p = needStr(*b[0], "removesuffix() argument");
    bool has = s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
    return strValue(std::string(has && !p.empty() ? s.substr(0, s.size() - p.size()) : s));
}

template <int Which>
Value pad(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(width, fillchar=' ', /)">(a);
    std::int64_t width = intArg(*b[0], "width");
    std::string fill = b[1] ? needStr(*b[1], "fill character") : " ";
    switch (Which) {
    case 0: return strValue(pylib::strCenter(self(a), width, fill));
    case 1: return strValue(pylib::strLJust(self(a), width, fill));
    default: return strValue(pylib::strRJust(self(a), width, fill));
    }
}

Value strZfill(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"str.zfill(width, /)">(a);
    return strValue(pylib::strZFill(self(a), intArg(*b[0], "width")));
}

Value strExpandTabs(CallArgs& a) {
    const Value* t = bindBuiltin<"expandtabs(tabsize=8)">(a)[0];
    return strValue(pylib::strExpandTabs(self(a), t ? intArg(*t, "tabsize") : 8));
}

Value partition(CallArgs& a, const Value& sep, bool right) {
    auto parts = right ? pylib::strRPartition(self(a), needStr(sep, "sep"))
                       : pylib::strPartition(self(a), needStr(sep, "sep"));
    return Value(newTuple({strValue(parts[0]), strValue(parts[1]), strValue(parts[2])}));
}
Value strPartition(CallArgs& a) {
    return partition(a, *bindBuiltin<"str.partition(sep, /)">(a)[0], false);
}
Value strRPartition(CallArgs& a) {
    return partition(a, *bindBuiltin<"str.rpartition(sep, /)">(a)[0], true);
}

template <bool (*Predicate)(std::string_view)>
Value predicate(CallArgs& a) {
    bindBuiltin<"()">(a);
    return Value::boolean(Predicate(self(a)));
}

Value strFormat(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"format(*args, **kwargs)">(a);
    pylib::FormatTemplate t = pylib::parseFormatString(self(a));
    std::string out = pylib::renderFormat(
        t,
        [&](const pylib::FormatFieldName& n) -> Value {
            if (n.isKeyword) {
                if (const Value* v = a.kw(n.keyword)) return *v;
                keyError(strValue(n.keyword));
            }
            if (n.position < 0 || n.position >= static_cast<std::int64_t>(b.restSize()))
                indexError("Replacement index " + std::to_string(n.position) +
                           " out of range for positional args tuple");
            return b.rest()[n.position];
        },
        [](const Value& v, const pylib::FormatAccessor& acc) -> Value {
            if (acc.isAttribute) return getAttr(v, intern(acc.name));
            if (acc.index) return getItem(v, Value::integer(*acc.index));
            return getItem(v, strValue(acc.name));
        },
        [](const Value& v, char32_t conversion) -> Value {
            return strValue(conversion == 's' ? str(v) : repr(v));
        },
        [](const Value& v, const std::string& spec) { return format(v, spec); });
    return strValue(std::move(out));
}

Value strEncode(CallArgs& a) {
    bindBuiltin<"encode(encoding='utf-8', errors='strict')">(a);
    typeError("bytes are not supported in scenarios; keep the str");
}

} // namespace

void initStrMethods() {
    TypeObject* t = types().str;
    addMethod(t, "split", strSplit);
    addMethod(t, "rsplit", strRSplit);
    addMethod(t, "splitlines", strSplitLines);
    addMethod(t, "join", strJoin);
    addMethod(t, "strip", strStrip);
    addMethod(t, "lstrip", strLStrip);
    addMethod(t, "rstrip", strRStrip);
    addMethod(t, "upper", strUpper);
    addMethod(t, "lower", strLower);
    addMethod(t, "title", strTitle);
    addMethod(t, "capitalize", strCapitalize);
    addMethod(t, "swapcase", strSwapcase);
    addMethod(t, "casefold", strCasefold);
    addMethod(t, "startswith", affix<false>);
    addMethod(t, "endswith", affix<true>);
    addMethod(t, "find", search<0>);
    addMethod(t, "rfind", search<1>);
    addMethod(t, "index", search<2>);
    addMethod(t, "rindex", search<3>);
    addMethod(t, "count", search<4>);
    addMethod(t, "replace", strReplace);
    addMethod(t, "removeprefix", strRemovePrefix);
    addMethod(t, "removesuffix", strRemoveSuffix);
    addMethod(t, "center", pad<0>);
    addMethod(t, "ljust", pad<1>);
    addMethod(t, "rjust", pad<2>);
    addMethod(t, "zfill", strZfill);
    addMethod(t, "expandtabs", strExpandTabs);
    addMethod(t, "partition", strPartition);
    addMethod(t, "rpartition", strRPartition);
    addMethod(t, "format", strFormat);
    addMethod(t, "encode", strEncode);
    addMethod(t, "isdigit", predicate<pylib::strIsDigit>);
    addMethod(t, "isdecimal", predicate<pylib::strIsDecimal>);
    addMethod(t, "isnumeric", predicate<pylib::strIsNumeric>);
    addMethod(t, "isalpha", predicate<pylib::strIsAlpha>);
    addMethod(t, "isalnum", predicate<pylib::strIsAlnum>);
    addMethod(t, "isspace", predicate<pylib::strIsSpace>);
    addMethod(t, "isupper", predicate<pylib::strIsUpper>);
    addMethod(t, "islower", predicate<pylib::strIsLower>);
    addMethod(t, "istitle", predicate<pylib::strIsTitle>);
    addMethod(t, "isprintable", predicate<pylib::strIsPrintable>);
    addMethod(t, "isidentifier", predicate<pylib::strIsIdentifier>);
    addMethod(t, "isascii", predicate<pylib::strIsAscii>);
}

} // namespace coroscope::interp
