#include "CommandId.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace deck::commands {

QString makeCommandId(qint64 nowMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    return QStringLiteral("cmd-%1Z-%2")
        .arg(t.toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")))
        .arg(QRandomGenerator::system()->bounded(1u << 24), 6, 16, QLatin1Char('0'));
}

} // namespace deck::commands
