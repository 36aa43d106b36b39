#pragma once

#include "ConnectionContext.h"

#include <QObject>

#include <memory>
#include <vector>

namespace deck {

/// Owns any number of connection contexts, each independent of the others (open, close,
/// reconnect, replace). Lives in one thread; contexts are destroyed with it.
class ConnectionManager : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    /// Makes a context (not connected yet); `session` for tests, a PahoSession otherwise.
    ConnectionContext *create(ConnectionSettings settings,
                              std::unique_ptr<mqtt::Session> session = {});
    /// A new context with `settings` in place of `old` (same position in the list): switching a
    /// connection's broker or account. The old one is closed and destroyed.
    ConnectionContext *replace(ConnectionContext *old, ConnectionSettings settings);
    /// Closes and destroys.
    void remove(ConnectionContext *context);

    const std::vector<ConnectionContext *> &contexts() const { return m_order; }
    ConnectionContext *find(const QString &id) const;
    int indexOf(const ConnectionContext *context) const;

signals:
    void added(deck::ConnectionContext *context, int index);
    /// Emitted before the context is destroyed.
    void removing(deck::ConnectionContext *context);
    void replaced(deck::ConnectionContext *old, deck::ConnectionContext *context);

private:
    std::unique_ptr<ConnectionContext> make(ConnectionSettings settings,
                                           std::unique_ptr<mqtt::Session> session);
    std::vector<std::unique_ptr<ConnectionContext>> m_owned;
    std::vector<ConnectionContext *> m_order;
    quint64 m_nextId = 1;
};

} // namespace deck
