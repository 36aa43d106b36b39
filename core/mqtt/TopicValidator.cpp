#include "TopicValidator.h"

#include <QStringDecoder>

namespace deck::mqtt {

namespace {
constexpr int kMaxMqttStringBytes = 65535;

QString checkFromQString(const QString &text, const QString &what)
{
    // A QString from user input can hold unpaired surrogates, which toUtf8() would silently
    // turn into '?': refuse them instead of publishing to a different topic than typed.
    if (!text.isValidUtf16())
        return TopicValidator::tr("The %1 contains an invalid character (an unpaired UTF-16 "
                                  "surrogate). Retype it or paste it again from its source.")
            .arg(what);
    return {};
}
} // namespace

bool TopicValidator::isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

QString TopicValidator::checkMqttString(const QByteArray &utf8, const QString &what)
{
    if (utf8.size() > kMaxMqttStringBytes)
        return tr("The %1 is %2 bytes long; MQTT allows at most 65,535 bytes. Shorten it.")
            .arg(what)
            .arg(utf8.size());
    if (utf8.contains('\0'))
        return tr("The %1 contains a NUL character (U+0000), which MQTT forbids. Remove it.")
            .arg(what);
    if (!isValidUtf8(utf8))
        return tr("The %1 is not valid UTF-8. MQTT strings must be UTF-8 text; check the "
                  "encoding of its source.")
            .arg(what);
    return {};
}

QString TopicValidator::checkTopicName(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return tr("The topic is empty. Enter a topic such as site-01/device-7/telemetry.");
    if (QString error = checkMqttString(utf8, tr("topic")); !error.isEmpty())
        return error;
    if (utf8.contains('+') || utf8.contains('#'))
        return tr("The topic \"%1\" contains a wildcard (+ or #). Wildcards are only allowed in "
                  "subscriptions; publish to a concrete topic.")
            .arg(QString::fromUtf8(utf8));
    return {};
}

QString TopicValidator::checkTopicName(const QString &topic)
{
    if (QString error = checkFromQString(topic, tr("topic")); !error.isEmpty())
        return error;
    return checkTopicName(topic.toUtf8());
}

QString TopicValidator::checkTopicFilter(const QByteArray &utf8)
{
    if (utf8.isEmpty())
        return tr("The topic filter is empty. Enter a filter such as site-01/# or +/status.");
    if (QString error = checkMqttString(utf8, tr("topic filter")); !error.isEmpty())
        return error;

    QByteArray filter = utf8;
    if (utf8.startsWith("$share/")) {
        const int groupEnd = utf8.indexOf('/', 7);
        const QByteArray group = utf8.mid(7, groupEnd < 0 ? -1 : groupEnd - 7);
        if (groupEnd < 0 || group.isEmpty())
            return tr("The shared subscription \"%1\" needs a group and a filter: "
                      "$share/{group}/{filter}.")
                .arg(QString::fromUtf8(utf8));
        if (group.contains('+') || group.contains('#'))
            return tr("The share group name \"%1\" contains a wildcard; group names must be "
                      "plain text.")
                .arg(QString::fromUtf8(group));
        filter = utf8.mid(groupEnd + 1);
        if (filter.isEmpty())
            return tr("The shared subscription \"%1\" has no filter after its group.")
                .arg(QString::fromUtf8(utf8));
    }

    const QList<QByteArray> levels = filter.split('/');
    for (int i = 0; i < levels.size(); ++i) {
        const QByteArray &level = levels.at(i);
        if (level.contains('#')) {
            if (level != "#")
                return tr("In \"%1\", # must be a whole level on its own (for example a/#, "
                          "not a#).")
                    .arg(QString::fromUtf8(utf8));
            if (i != levels.size() - 1)
                return tr("In \"%1\", # must be the last level: it matches everything below, "
                          "so nothing may follow it.")
                    .arg(QString::fromUtf8(utf8));
        }
        if (level.contains('+') && level != "+")
            return tr("In \"%1\", + must be a whole level on its own (for example a/+/c, not "
                      "a/b+/c).")
                .arg(QString::fromUtf8(utf8));
    }
    return {};
}

QString TopicValidator::checkTopicFilter(const QString &filter)
{
    if (QString error = checkFromQString(filter, tr("topic filter")); !error.isEmpty())
        return error;
    return checkTopicFilter(filter.toUtf8());
}

} // namespace deck::mqtt
