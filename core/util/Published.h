#pragma once

#include <memory>

namespace deck {

/// One immutable value that a writer replaces and readers on any thread take without locking
/// what it points to: a stage publishes its snapshot here once per notification, a model keeps
/// the pointer it was given for as long as it reads it.
template <typename T> class Published
{
public:
    void publish(std::shared_ptr<const T> value) { std::atomic_store(&m_value, std::move(value)); }
    std::shared_ptr<const T> get() const { return std::atomic_load(&m_value); }

private:
    std::shared_ptr<const T> m_value;
};

} // namespace deck
