#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace deck::storage {

/// The outcome of a storage operation: nothing, or an error sentence (what was being done, on
/// which file, SQLite's own words and what to try). [[nodiscard]]: a failure cannot be dropped
/// without the compiler saying so.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString error) { return Status(std::move(error)); }
    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    explicit Status(QString error) : m_error(std::move(error)) {}
    QString m_error;
};

/// A value, or an error sentence. Built from a value, or from a failed Status.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(const Status &failed) : m_error(failed.error()) {} ///< `failed` must not be ok
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const QString &error() const { return m_error; }
    Status status() const { return ok() ? Status() : Status::failure(m_error); }

private:
    std::optional<T> m_value;
    QString m_error;
};

} // namespace deck::storage
