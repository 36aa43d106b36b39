#pragma once

namespace deck::mqtt {
class Session;
}
class QObject;

namespace deck::cli {

/// How a command that holds a connection ends, once: a connected session first sends a clean
/// DISCONNECT and the program exits with the code when the session reports it closed; otherwise
/// it exits at once. Later ends are ignored (a timeout racing an answer, a loss after a refusal).
class CommandEnd
{
public:
    /// Exits with the code when `session` closes; `owner` scopes the connection.
    void watch(QObject *owner, mqtt::Session *session);
    void finish(int code, mqtt::Session *session);
    bool finishing() const { return m_finishing; }

private:
    bool m_finishing = false;
    int m_code = 0;
};

} // namespace deck::cli
