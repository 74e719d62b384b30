// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"
#include "core/outcome.h"

namespace coroscope {

// asyncio.shield: an outer future that mirrors `inner`; cancelling the outer
// leaves the inner work running (a database write that must finish).
template <class T>
Ref<Future<T>> shield(Loop& loop, const Ref<FutureBase>& inner) {
    auto outer = loop.createFuture<T>();
    if (inner->done()) {
        // asyncio returns inner itself; a completed copy behaves the same.
        if (inner->cancelled())
            outer->cancel();
        else if (auto e = inner->exception())
            outer->setException(e);
        else
            setResultOf<T>(*outer, resultOf<T>(*inner));
        return outer;
    }
    Future<T>* weakOuter = outer.get();
    auto innerDone = makeDoneCallback([weakOuter, outer](FutureBase& in) {
        if (outer->cancelled()) {
            if (!in.cancelled()) in.exception(); // retrieved: no warning
            return;
        }
        if (in.cancelled())
            weakOuter->cancel();
        else if (auto e = in.exception())
            weakOuter->setException(e);
        else
            setResultOf<T>(*weakOuter, resultOf<T>(in));
    });
    inner->addDoneCallback(innerDone);
    outer->addDoneCallback(makeDoneCallback([inner, innerDone](FutureBase&) {
        if (!inner->done()) inner->removeDoneCallback(innerDone.get());
    }));
    return outer;
}

template <class T>
Ref<Future<T>> shield(Loop& loop, const Task<T>& inner) {
    return shield<T>(loop, inner.future());
}

} // namespace coroscope
