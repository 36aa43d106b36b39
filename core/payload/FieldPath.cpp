#include "FieldPath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace deck::payload {

QJsonValue valueAt(const QJsonValue &root, const QString &pointer)
{
    if (pointer.isEmpty())
        return root;
    if (!pointer.startsWith(u'/'))
        return QJsonValue::Undefined;
    QJsonValue current = root;
    const QStringList steps = pointer.mid(1).split(u'/');
    for (QString step : steps) {
        step.replace(QStringLiteral("~1"), QStringLiteral("/"))
            .replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            const auto it = o.constFind(step);
            if (it == o.constEnd())
                return QJsonValue::Undefined;
            current = it.value();
        } else if (current.isArray()) {
            bool ok = false;
            const int i = step.toInt(&ok);
            const QJsonArray a = current.toArray();
            if (!ok || i < 0 || i >= a.size())
                return QJsonValue::Undefined;
            current = a.at(i);
        } else {
            return QJsonValue::Undefined;
        }
    }
    return current;
}

std::optional<double> numberAt(const QJsonValue &root, const QString &pointer)
{
    const QJsonValue v = valueAt(root, pointer);
    if (v.isDouble())
        return v.toDouble();
    if (v.isBool())
        return v.toBool() ? 1.0 : 0.0;
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

QString appendToPointer(const QString &pointer, const QString &step)
{
    QString escaped = step;
    escaped.replace(QStringLiteral("~"), QStringLiteral("~0"))
        .replace(QStringLiteral("/"), QStringLiteral("~1"));
    return pointer + u'/' + escaped;
}

} // namespace deck::payload
