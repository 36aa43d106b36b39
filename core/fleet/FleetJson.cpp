#include "FleetJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace deck::fleet {

QString isoTime(qint64 ms)
{
    return ms == 0 ? QString()
                   : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray deviceJson(const Device &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), d.id);
    o.insert(QStringLiteral("state"), QString::fromLatin1(stateKey(d.state)));
    o.insert(QStringLiteral("last_seen"),
             d.lastSeenMs == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(isoTime(d.lastSeenMs)));
    o.insert(QStringLiteral("state_since"), isoTime(d.stateSinceMs));
    o.insert(QStringLiteral("reconnects"), d.reconnects);
    if (!d.firmware.isEmpty())
        o.insert(QStringLiteral("firmware"), d.firmware);
    o.insert(QStringLiteral("rule"), d.rule);
    o.insert(QStringLiteral("prefix"), d.prefix);
    QJsonObject groups;
    for (int i = 0; i < d.groupNames.size() && i < d.groups.size(); ++i)
        groups.insert(d.groupNames.at(i), d.groups.at(i));
    if (!groups.isEmpty())
        o.insert(QStringLiteral("groups"), groups);
    o.insert(QStringLiteral("messages"), qint64(d.messages));
    o.insert(QStringLiteral("rate"), std::round(d.ratePerSecond * 100) / 100);
    if (!d.lastStatus.isEmpty())
        o.insert(QStringLiteral("status"), QString::fromUtf8(d.lastStatus));
    if (d.sparkplug) {
        o.insert(QStringLiteral("kind"), d.kind);
        o.insert(QStringLiteral("bdseq"),
                 d.bdSeq < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qint64(d.bdSeq)));
        o.insert(QStringLiteral("metrics"),
                 QJsonDocument::fromJson(d.metricsJson.toUtf8()).object());
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(d.flags));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace deck::fleet
