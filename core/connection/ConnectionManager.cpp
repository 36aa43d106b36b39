#include "ConnectionManager.h"

#include <algorithm>

namespace deck {

ConnectionManager::ConnectionManager(QObject *parent) : QObject(parent) {}

ConnectionManager::~ConnectionManager()
{
    m_order.clear();
    m_owned.clear(); // each context closes its session and stops its engine
}

std::unique_ptr<ConnectionContext> ConnectionManager::make(ConnectionSettings settings,
                                                           std::unique_ptr<mqtt::Session> session)
{
    return std::make_unique<ConnectionContext>(QStringLiteral("c%1").arg(m_nextId++),
                                               std::move(settings), std::move(session));
}

ConnectionContext *ConnectionManager::create(ConnectionSettings settings,
                                             std::unique_ptr<mqtt::Session> session)
{
    m_owned.push_back(make(std::move(settings), std::move(session)));
    ConnectionContext *c = m_owned.back().get();
    m_order.push_back(c);
    emit added(c, int(m_order.size()) - 1);
    return c;
}

ConnectionContext *ConnectionManager::replace(ConnectionContext *old, ConnectionSettings settings)
{
    const int index = indexOf(old);
    if (index < 0)
        return create(std::move(settings));
    m_owned.push_back(make(std::move(settings), {}));
    ConnectionContext *c = m_owned.back().get();
    m_order[size_t(index)] = c;
    emit replaced(old, c);
    const auto it = std::find_if(m_owned.begin(), m_owned.end(),
                                 [old](const auto &p) { return p.get() == old; });
    m_owned.erase(it); // closes the old session, stops its engine
    return c;
}

void ConnectionManager::remove(ConnectionContext *context)
{
    const int index = indexOf(context);
    if (index < 0)
        return;
    emit removing(context);
    m_order.erase(m_order.begin() + index);
    const auto it = std::find_if(m_owned.begin(), m_owned.end(),
                                 [context](const auto &p) { return p.get() == context; });
    m_owned.erase(it);
}

ConnectionContext *ConnectionManager::find(const QString &id) const
{
    for (ConnectionContext *c : m_order)
        if (c->id() == id)
            return c;
    return nullptr;
}

int ConnectionManager::indexOf(const ConnectionContext *context) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), context);
    return it == m_order.end() ? -1 : int(it - m_order.begin());
}

} // namespace deck
