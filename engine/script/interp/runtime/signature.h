// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/function.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coroscope::interp {

class Signature;

// A call's arguments bound to a signature's named parameters, in
// declaration order (*args and **kwargs take no slot): null where the
// caller gave none.
class BoundArgs {
public:
    static constexpr std::size_t kMaxParams = 8;

    const Value* operator[](std::size_t i) const { return m_slot[i]; }
    // The argument, or else the declared default (None when it has none).
    Value value(std::size_t i) const;
    // The positionals that went to *args.
    const Value* rest() const { return m_rest; }
    std::uint32_t restSize() const { return m_nrest; }
    // Whether the call's keyword k went to **kwargs.
    bool extraKeyword(std::uint32_t k) const { return !((m_kwTaken >> k) & 1u); }

private:
    friend class Signature;
    // Only the signature's own slots are cleared: binding is on the hot
    // path of every native call, and no one reads past them.
    explicit BoundArgs(const Signature* sig)
        : m_sig(sig) {}
    std::array<const Value*, kMaxParams> m_slot;
    const Signature* m_sig;
    const Value* m_rest = nullptr;
    std::uint32_t m_nrest = 0;
    std::uint64_t m_kwTaken = 0;
};

// What a wrapping native (partial, submit, to_thread) passes on to the
// function it wraps: the positionals that went to *args, and the keywords
// that went to **kwargs, in the caller's order.
struct ForwardedArgs {
    std::vector<Value> args;
    std::vector<StrObject*> kwNames;
    std::vector<Value> kwValues;
};
ForwardedArgs forwardedArgs(const BoundArgs& b, const CallArgs& a);

// A native function's parameters, declared once as text the way
// inspect.signature prints them:
//   "sleep(delay, result=None)"
//   "gather(*coros_or_futures, return_exceptions=False)"
//   "choices(population, weights=None, *, cum_weights=None, k=1)"
// with `/` and `*` markers, *args, **kwargs, and defaults None, True,
// False, numbers, quoted strings, (), or `?` (optional, no default value).
// A leading `self` marks a method written in Python in CPython: the
// receiver takes no slot (it arrives apart) but counts in the messages.

// Without a name before the parenthesis, messages use the callee's name.
class Signature {
public:
    // CPython words binding errors one way for Python functions and
    // another for functions written in C; a native copies the one its
    // CPython counterpart uses.
    enum class Wording : std::uint8_t { Python, Builtin };

    explicit Signature(std::string_view text, Wording wording = Wording::Python);

    BoundArgs bind(const CallArgs& a) const {
        BoundArgs b(this);
        // The hot case: positionals only, as many as the parameters take
        // (or more, for *args).
        if (a.nkw == 0 && a.npos >= m_minPos && !m_requiredKwOnly &&
            (a.npos <= m_nPositional || m_varArgs)) {
            const std::uint32_t n = a.npos < m_nPositional ? a.npos : m_nPositional;
            for (std::uint32_t i = 0; i < m_size; ++i)
                b.m_slot[i] = i < n ? &a.pos[i] : nullptr;

            if (a.npos > n) {
                b.m_rest = a.pos + n;
                b.m_nrest = a.npos - n;
            }
            return b;
        }
        for (std::uint32_t i = 0; i < m_size; ++i)
            b.m_slot[i] = nullptr;
        bindSlow(a, b);
        return b;
    }

    std::size_t size() const { return m_params.size(); }
    Value defaultValue(std::size_t i) const;

private:
    enum class Default : std::uint8_t { Required, Absent, None, Bool, Int, Float, Str, EmptyTuple };
    struct Param {
        std::string name;
        Default def = Default::Required;
        bool boolValue = false;
        std::int64_t intValue = 0;
        double floatValue = 0;
        std::string strValue;
    };

    void bindSlow(const CallArgs& a, BoundArgs& b) const;
    std::string fname(const CallArgs& a) const;
    [[noreturn]] void tooManyPositional(const CallArgs& a) const;
    [[noreturn]] void badKeyword(const CallArgs& a, std::string_view name) const;
    [[noreturn]] void missing(const CallArgs& a, const BoundArgs& b) const;

    std::string m_name;
    std::vector<Param> m_params; // positional ones first, then keyword-only
    std::uint32_t m_size = 0;    // m_params.size(), for the hot path
    std::uint32_t m_nPosOnly = 0;
    std::uint32_t m_nPositional = 0;
    std::uint32_t m_minPos = 0; // positionals without a default
    bool m_requiredKwOnly = false;
    bool m_varArgs = false;
    bool m_varKw = false;
    bool m_countsSelf = false; // declared with `self` first: a method
    Wording m_wording;
};

// A declaration as a template argument, so that a native states its
// signature on the line that binds it.
template <std::size_t N>
struct SignatureText {
    constexpr SignatureText(const char (&s)[N]) {
        for (std::size_t i = 0; i < N; ++i)
            text[i] = s[i];
    }
    char text[N];
};

// Binds to the declaration, parsed once at the first call:
//   const BoundArgs b = bindArgs<"sleep(delay, result=None)">(a);
template <SignatureText Text, Signature::Wording W = Signature::Wording::Python>
BoundArgs bindArgs(const CallArgs& a) {
    static const Signature sig(Text.text, W);
    return sig.bind(a);
}
// The same in the wording of CPython's C functions (len, list.append, ...).
template <SignatureText Text>
BoundArgs bindBuiltin(const CallArgs& a) {
    return bindArgs<Text, Signature::Wording::Builtin>(a);
}

} // namespace coroscope::interp
