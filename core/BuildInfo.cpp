#include "BuildInfo.h"

#include <MQTTAsync.h>
#include <google/protobuf/stubs/common.h>
#include <mqtt/async_client.h>
#include <openssl/crypto.h>
#include <sqlite3.h>

#include <QtGlobal>

namespace deck {

namespace {
QString compiler()
{
#if defined(__clang__)
    return QStringLiteral("Clang " __clang_version__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC " __VERSION__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_FULL_VER);
#else
    return QStringLiteral("unknown compiler");
#endif
}

QString pahoC()
{
    for (const MQTTAsync_nameValue *info = MQTTAsync_getVersionInfo(); info && info->name; ++info)
        if (qstrcmp(info->name, "Version") == 0)
            return QString::fromLatin1(info->value);
    return QStringLiteral("?");
}
} // namespace

QString BuildInfo::application()
{
    return QStringLiteral("%1 (%2, %3, %4)")
        .arg(QStringLiteral(MQTTDECK_VERSION), QStringLiteral(MQTTDECK_GIT_COMMIT),
             QStringLiteral(MQTTDECK_BUILD_TYPE), compiler());
}

QList<QPair<QString, QString>> BuildInfo::components()
{
    const QString pahoCpp = QString::fromStdString(mqtt::VERSION_STR).section(QLatin1Char(' '), -1);
    return {
        {QStringLiteral("Qt"), QStringLiteral("%1 (built with %2)")
                                   .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))},
        {QStringLiteral("Paho MQTT C"), pahoC()},
        {QStringLiteral("Paho MQTT C++"),
         pahoCpp.startsWith(QLatin1Char('v')) ? pahoCpp.mid(1) : pahoCpp},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("protobuf"),
         QString::fromStdString(
             google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION))},
    };
}

QString BuildInfo::text(const QString &program)
{
    QString out = program + QLatin1Char(' ') + application() + QLatin1Char('\n');
    for (const auto &[name, version] : components())
        out += QStringLiteral("  %1: %2\n").arg(name, version);
    return out;
}

} // namespace deck
