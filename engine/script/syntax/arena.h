// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

namespace coroscope {

// A bump allocator for syntax trees: nodes are created often and freed all at
// once with the module, so they never run destructors and must be trivially
// destructible.
class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    Arena(Arena&&) noexcept = default;
    Arena& operator=(Arena&&) noexcept = default;

    void* allocate(size_t size, size_t alignment) {
        size_t offset = (m_used + alignment - 1) & ~(alignment - 1);
        if (m_blocks.empty() || offset + size > m_blockSize) {
            newBlock(size + alignment);
            offset = 0;
        }
        m_used = offset + size;
        return m_blocks.back().get() + offset;
    }

    template <class T, class... Args>
    T* make(Args&&... args) {
        static_assert(std::is_trivially_destructible_v<T>);
        return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
    }

    // Copies a sequence into the arena.
    template <class T>
    std::span<T> copy(std::span<const T> items) {
        static_assert(std::is_trivially_copyable_v<T>);
        if (items.empty()) return {};
        // T is often a pointer (a list of nodes): its own size is meant.
        const std::size_t bytes = sizeof(T) * items.size(); // NOLINT(bugprone-sizeof-expression)
        auto* data = static_cast<T*>(allocate(bytes, alignof(T)));
        std::memcpy(static_cast<void*>(data), items.data(), bytes);
        return {data, items.size()};
    }

    std::string_view copyString(std::string_view text) {
        if (text.empty()) return {};
        auto* data = static_cast<char*>(allocate(text.size(), 1));
        std::memcpy(data, text.data(), text.size());
        return {data, text.size()};
    }

private:
    static constexpr size_t kDefaultBlock = 32 * 1024;

    void newBlock(size_t minimum) {
        m_blockSize = minimum > kDefaultBlock ? minimum : kDefaultBlock;
        // Left uninitialised: every byte handed out is written by its node.
        m_blocks.push_back(std::unique_ptr<std::byte[]>(new std::byte[m_blockSize]));
        m_used = 0;
    }

    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    size_t m_blockSize = 0;
    size_t m_used = 0;
};

} // namespace coroscope
