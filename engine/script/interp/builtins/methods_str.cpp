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

Value split(CallArgs& a, bool right) {
    a.allowKeywords({"sep", "maxsplit"});
    auto sep = optChars(a.get(0, "sep"), "split()");
    const Value* max = a.get(1, "maxsplit");
    std::int64_t n = max ? intArg(*max, "maxsplit") : -1;
    return listOf(right ? pylib::strRSplit(self(a), sep, n) : pylib::strSplit(self(a), sep, n));
}
Value strSplit(CallArgs& a) {
    return split(a, false);
}
Value strRSplit(CallArgs& a) {
    return split(a, true);
}
Value strSplitLines(CallArgs& a) {
    const Value* keep = a.get(0, "keepends");
    return listOf(pylib::strSplitLines(self(a), keep && truthy(*keep)));
}

Value strJoin(CallArgs& a) {
    a.expect(1, 1);
    std::vector<std::string> parts;
    std::size_t index = 0;
    forEachItem(a[0], [&](const Value& v) {
        if (!v.is(Kind::Str))
            typeError("sequence item " + std::to_string(index) + ": expected str instance, " +
                      typeName(v) + " found");
        parts.push_back(v.as<StrObject>()->str());
        ++index;
        return true;
    });
    return strValue(pylib::strJoin(self(a), std::span<const std::string>(parts)));
}

Value strStrip(CallArgs& a) {
    return strValue(pylib::strStrip(self(a), optChars(a.get(0, "chars"), "strip")));
}
Value strLStrip(CallArgs& a) {
    return strValue(pylib::strLStrip(self(a), optChars(a.get(0, "chars"), "lstrip")));
}
Value strRStrip(CallArgs& a) {
    return strValue(pylib::strRStrip(self(a), optChars(a.get(0, "chars"), "rstrip")));
}
Value strUpper(CallArgs& a) {
    return strValue(pylib::strUpper(self(a)));
}
Value strLower(CallArgs& a) {
    return strValue(pylib::strLower(self(a)));
}
Value strTitle(CallArgs& a) {
    return strValue(pylib::strTitle(self(a)));
}
Value strCapitalize(CallArgs& a) {
    return strValue(pylib::strCapitalize(self(a)));
}
Value strSwapcase(CallArgs& a) {
    return strValue(pylib::strSwapcase(self(a)));
}
Value strCasefold(CallArgs& a) {
    return strValue(pylib::strCasefold(self(a)));
}

template <bool Ends>
Value affix(CallArgs& a) {
    a.expect(1, 3);
    auto start = optIndex(a.npos > 1 ? &a[1] : nullptr);
    auto end = optIndex(a.npos > 2 ? &a[2] : nullptr);
    if (a[0].is(Kind::Tuple)) {
        std::vector<std::string_view> options;
        for (const Value& v : a[0].as<TupleObject>()->items())
            options.push_back(needStr(v, "tuple for startswith"));
        std::span<const std::string_view> span(options);
        return Value::boolean(Ends ? pylib::strEndsWith(self(a), span, start, end)
                                   : pylib::strStartsWith(self(a), span, start, end));
    }
    if (!a[0].is(Kind::Str))
        typeError(std::string(Ends ? "endswith" : "startswith") +
                  " first arg must be str or a tuple of str, not " + typeName(a[0]));
    std::string_view s = a[0].as<StrObject>()->view();
    return Value::boolean(Ends ? pylib::strEndsWith(self(a), s, start, end)
                               : pylib::strStartsWith(self(a), s, start, end));
}

template <int Which>
Value search(CallArgs& a) {
    a.expect(1, 3);
    std::string_view sub = needStr(a[0], "must be str");
    auto start = optIndex(a.npos > 1 ? &a[1] : nullptr);
    auto end = optIndex(a.npos > 2 ? &a[2] : nullptr);
    switch (Which) {
    case 0: return Value::integer(pylib::strFind(self(a), sub, start, end));
    case 1: return Value::integer(pylib::strRFind(self(a), sub, start, end));
    case 2: return Value::integer(pylib::strIndex(self(a), sub, start, end));
    case 3: return Value::integer(pylib::strRIndex(self(a), sub, start, end));
    default: return Value::integer(pylib::strCount(self(a), sub, start, end));
    }
}

Value strReplace(CallArgs& a) {
    a.expect(2, 3);
    std::int64_t count = a.npos > 2 ? intArg(a[2], "count") : -1;
    return strValue(pylib::strReplace(self(a), needStr(a[0], "replace() argument 1"),
                                      needStr(a[1], "replace() argument 2"), count));
}

Value strRemovePrefix(CallArgs& a) {
    a.expect(1, 1);
    std::string_view s = self(a), p = needStr(a[0], "removeprefix() argument");
    return strValue(std::string(s.substr(0, p.size()) == p ? s.substr(p.size()) : s));
}

Value strRemoveSuffix(CallArgs& a) {
    a.expect(1, 1);
    std::string_view s = self(a), p = needStr(a[0], "removesuffix() argument");
    bool has = s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
    return strValue(std::string(has && !p.empty() ? s.substr(0, s.size() - p.size()) : s));
}

template <int Which>
Value pad(CallArgs& a) {
    a.expect(1, 2);
    std::int64_t width = intArg(a[0], "width");
    std::string fill = a.npos > 1 ? needStr(a[1], "fill character") : " ";
    switch (Which) {
    case 0: return strValue(pylib::strCenter(self(a), width, fill));
    case 1: return strValue(pylib::strLJust(self(a), width, fill));
    default: return strValue(pylib::strRJust(self(a), width, fill));
    }
}

Value strZfill(CallArgs& a) {
    a.expect(1, 1);
    return strValue(pylib::strZFill(self(a), intArg(a[0], "width")));
}

Value strExpandTabs(CallArgs& a) {
    const Value* t = a.get(0, "tabsize");
    return strValue(pylib::strExpandTabs(self(a), t ? intArg(*t, "tabsize") : 8));
}

Value partition(CallArgs& a, bool right) {
    a.expect(1, 1);
    auto parts = right ? pylib::strRPartition(self(a), needStr(a[0], "sep"))
                       : pylib::strPartition(self(a), needStr(a[0], "sep"));
    return Value(newTuple({strValue(parts[0]), strValue(parts[1]), strValue(parts[2])}));
}
Value strPartition(CallArgs& a) {
    return partition(a, false);
}
Value strRPartition(CallArgs& a) {
    return partition(a, true);
}

template <bool (*Predicate)(std::string_view)>
Value predicate(CallArgs& a) {
    a.expect(0, 0);
    return Value::boolean(Predicate(self(a)));
}

Value strFormat(CallArgs& a) {
    pylib::FormatTemplate t = pylib::parseFormatString(self(a));
    std::string out = pylib::renderFormat(
        t,
        [&](const pylib::FormatFieldName& n) -> Value {
            if (n.isKeyword) {
                if (const Value* v = a.kw(n.keyword)) return *v;
                keyError(strValue(n.keyword));
            }
            if (n.position < 0 || n.position >= static_cast<std::int64_t>(a.npos))
                indexError("Replacement index " + std::to_string(n.position) +
                           " out of range for positional args tuple");
            return a[static_cast<std::size_t>(n.position)];
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

Value strEncode(CallArgs&) {
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
