// SPDX-License-Identifier: MIT
#pragma once

#include "core/future.h"
#include "core/task.h"

#include <exception>
#include <optional>
#include <type_traits>
#include <variant>

namespace coroscope {

// A result slot for any T, void included (gather of Task<void> gives monostate).
template <class T>
using ResultOf = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

// One child's outcome, as gather(return_exceptions=True) lists it.
template <class T>
struct Outcome {
    std::optional<ResultOf<T>> value;
    std::exception_ptr error;
    bool ok() const { return !error; }
};

// Reads a finished future's result as T (it must be a Future<T> or a task of T).
template <class T>
ResultOf<T> resultOf(FutureBase& f) {
    if constexpr (std::is_void_v<T>) {
        f.rethrowIfFailed();
        return {};
    } else {
        if (auto* t = dynamic_cast<TaskImpl<T>*>(&f)) return t->result();
        return static_cast<Future<T>&>(f).result();
    }
}

template <class T>
void setResultOf(Future<T>& f, ResultOf<T> v) {
    if constexpr (std::is_void_v<T>)
        f.setResult();
    else
        f.setResult(std::move(v));
}

} // namespace coroscope
