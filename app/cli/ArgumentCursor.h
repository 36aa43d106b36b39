#pragma once

#include "mqtt/ConnectionArguments.h"

#include <QCoreApplication>
#include <QStringList>

namespace deck::cli {

/// Walks a subcommand's arguments: connection flags are applied to the connection options as
/// they come; the others are handed to the command one at a time. Errors are printed in words.
class ArgumentCursor
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentCursor)
public:
    ArgumentCursor(const QStringList &args, mqtt::ParsedConnectionArguments &connection)
        : m_args(args), m_connection(connection)
    {
    }
    /// Moves to the next argument that is not a connection flag. False at the end or after an
    /// error (see failed()).
    bool next();
    const QString &current() const { return m_args.at(m_index); }
    int index() const { return m_index; }
    /// The value after the current flag.
    bool value(QString *out);
    /// The value after the current flag, as a number in [min, max].
    bool number(int min, int max, int *out);
    bool failed() const { return m_failed; }

private:
    const QStringList &m_args;
    mqtt::ParsedConnectionArguments &m_connection;
    int m_index = -1;
    bool m_failed = false;
};

} // namespace deck::cli
