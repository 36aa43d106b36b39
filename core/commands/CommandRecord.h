#pragma once

#include "CommandConvention.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace deck::commands {

/// One command as sent and as the journal keeps it: who, what, to whom, why, through which
/// broker, and what it waits for.
struct CommandRecord
{
    QString commandId;
    QString templateName;
    Convention convention = Convention::Stream;
    QString name;   ///< the command's name ("reboot"; NCMD/DCMD for Sparkplug)
    QString target; ///< the device prefix, or the topic as given
    QString topic;
    QByteArray payload;
    int qos = 1;
    bool retain = false;
    QString retainReason; ///< why retain was allowed on a command topic
    QString operatorName; ///< requested_by
    QString osUser;
    QString host;
    QString reason;
    QString broker; ///< the connection's server URI (and user)
    QString clientId;
    QString ackTopic;      ///< stream, devices
    QString resultTopic;   ///< stream, devices, Sparkplug (NDATA/DDATA)
    QString responseTopic; ///< MQTT 5
    qint64 createdMs = 0;
    qint64 ttlMs = 60000;
    qint64 ackTimeoutMs = 10000;
    qint64 resultTimeoutMs = 60000;

    qint64 expiresAtMs() const { return createdMs + ttlMs; }
    /// The topics its answers come on.
    QStringList answerTopics() const
    {
        QStringList out;
        for (const QString &t : {ackTopic, resultTopic, responseTopic})
            if (!t.isEmpty() && !out.contains(t))
                out << t;
        return out;
    }
};

} // namespace deck::commands
