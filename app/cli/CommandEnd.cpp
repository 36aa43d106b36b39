#include "CommandEnd.h"

#include "mqtt/Session.h"

#include <QCoreApplication>

namespace deck::cli {

void CommandEnd::watch(QObject *owner, mqtt::Session *session)
{
    QObject::connect(session, &mqtt::Session::closed, owner,
                     [this] { QCoreApplication::exit(m_code); });
}

void CommandEnd::finish(int code, mqtt::Session *session)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_code = code;
    if (session && session->state() == mqtt::Session::State::Connected) {
        session->close(); // closed() exits with the code
        return;
    }
    QCoreApplication::exit(code);
}

} // namespace deck::cli
