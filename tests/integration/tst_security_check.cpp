// mqttdeck-cli check against two real mosquitto brokers, so that every checklist item is seen
// both ways: a careless one (anonymous, plaintext, no ACL, no size limit) where each check
// fails, and a careful one (TLS, dynamic security, a packet size limit) where each passes —
// with the plaintext listener and the certificate horizon turned both ways on it too.

#include "Broker.h"
#include "Cli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace deck::test;

namespace {
QMap<QString, QJsonObject> items(const CliResult &r)
{
    QMap<QString, QJsonObject> out;
    for (const QByteArray &line : r.out.split('\n'))
        if (!line.trimmed().isEmpty()) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            out.insert(o.value(QStringLiteral("check")).toString(), o);
        }
    return out;
}

QString said(const CliResult &r)
{
    return QStringLiteral("exit %1\n%2\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}
} // namespace

class TstSecurityCheck : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_careless;
    std::unique_ptr<Broker> m_careful;

    void expectResults(const CliResult &r, const QMap<QString, QString> &expected)
    {
        const auto got = items(r);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(got.value(it.key()).value(QStringLiteral("result")).toString() == it.value(),
                     qPrintable(it.key() + QStringLiteral(" should be ") + it.value() +
                                QStringLiteral("\n") + said(r)));
        QCOMPARE(got.size(), 8);
    }

private slots:
    void initTestCase()
    {
        Broker::Options careless;
        careless.extraConfig = {QStringLiteral("sys_interval 1")};
        m_careless = std::make_unique<Broker>(careless);
        QString e = m_careless->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));

        Broker::Options careful;
        careful.allowAnonymous = false;
        careful.tls = true;
        careful.dynsec = true;
        careful.extraConfig = {QStringLiteral("max_packet_size 100000"),
                               QStringLiteral("sys_interval 1")};
        careful.dynsecRoles = {
            {QStringLiteral("device"),
             {{QStringLiteral("subscribePattern"), QStringLiteral("devices/dev-1/#"), true},
              {QStringLiteral("publishClientSend"), QStringLiteral("devices/dev-1/telemetry/#"), true}}},
            {QStringLiteral("ops"),
             {{QStringLiteral("subscribePattern"), QStringLiteral("#"), true},
              {QStringLiteral("subscribePattern"), QStringLiteral("$SYS/#"), true},
              {QStringLiteral("publishClientSend"), QStringLiteral("#"), true}}}};
        careful.dynsecClients = {
            {QStringLiteral("dev-1"), QStringLiteral("devpw"), {QStringLiteral("device")}},
            {QStringLiteral("ops"), QStringLiteral("opspw"), {QStringLiteral("ops")}}};
        m_careful = std::make_unique<Broker>(careful);
        e = m_careful->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void carelessBrokerFailsEachCheck()
    {
        const CliResult r = runCli(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("-h"),
             QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(m_careless->tcpPort()), QStringLiteral("--other-topic"),
             QStringLiteral("devices/dev-2/telemetry/t"), QStringLiteral("--command-topic"),
             QStringLiteral("devices/dev-2/commands/reboot"), QStringLiteral("--observer-user"),
             QStringLiteral("ops")},
            90000);
        QVERIFY2(r.exitCode == 33, qPrintable(said(r)));
        expectResults(r, {{QStringLiteral("anonymous_refused"), QStringLiteral("fail")},
                          {QStringLiteral("plaintext_closed"), QStringLiteral("fail")},
                          {QStringLiteral("wildcard_refused"), QStringLiteral("fail")},
                          {QStringLiteral("sys_refused"), QStringLiteral("fail")},
                          {QStringLiteral("other_namespace_refused"), QStringLiteral("fail")},
                          {QStringLiteral("command_publish_refused"), QStringLiteral("fail")},
                          {QStringLiteral("oversize_refused"), QStringLiteral("fail")},
                          {QStringLiteral("certificate_valid"), QStringLiteral("n/a")}});
    }

    void carefulBrokerPassesEachCheck_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("plaintext port and a far horizon: two fail") << true;
        QTest::newRow("no plaintext port, a near horizon: all pass") << false;
    }
    void carefulBrokerPassesEachCheck()
    {
        QFETCH(bool, strict);
        const CliResult r = runCli(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("-h"),
             QStringLiteral("localhost"), QStringLiteral("-p"),
             QString::number(m_careful->tlsPort()), QStringLiteral("--cafile"),
             m_careful->certificates().caFile, QStringLiteral("-u"), QStringLiteral("dev-1"),
             QStringLiteral("-P"), QStringLiteral("devpw"), QStringLiteral("--other-topic"),
             QStringLiteral("devices/dev-2/telemetry/t"), QStringLiteral("--command-topic"),
             QStringLiteral("devices/dev-1/commands/reboot"), QStringLiteral("--own-topic"),
             QStringLiteral("devices/dev-1/telemetry/big"), QStringLiteral("--oversize"),
             QStringLiteral("200000"), QStringLiteral("--observer-user"), QStringLiteral("ops"),
             QStringLiteral("--observer-pw"), QStringLiteral("opspw"), QStringLiteral("--plain-port"),
             QString::number(strict ? m_careful->tcpPort() : Broker::freePort()),
             QStringLiteral("--warn-days"), strict ? QStringLiteral("60") : QStringLiteral("7")},
            90000);
        QVERIFY2(r.exitCode == (strict ? 33 : 0), qPrintable(said(r)));
        const QString tight = strict ? QStringLiteral("fail") : QStringLiteral("pass");
        expectResults(r, {{QStringLiteral("anonymous_refused"), QStringLiteral("pass")},
                          {QStringLiteral("plaintext_closed"), tight},
                          {QStringLiteral("wildcard_refused"), QStringLiteral("pass")},
                          {QStringLiteral("sys_refused"), QStringLiteral("pass")},
                          {QStringLiteral("other_namespace_refused"), QStringLiteral("pass")},
                          {QStringLiteral("command_publish_refused"), QStringLiteral("pass")},
                          {QStringLiteral("oversize_refused"), QStringLiteral("pass")},
                          {QStringLiteral("certificate_valid"), tight}});
    }
};

QTEST_GUILESS_MAIN(TstSecurityCheck)
#include "tst_security_check.moc"
