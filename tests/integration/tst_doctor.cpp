// mqttdeck-cli doctor against real mosquitto brokers: every step passes over TLS, and each
// failure is named at its step with its cause: a closed port (tcp), a wrong CA and a hostname
// mismatch (tls), bad credentials (connect), a refused subscription (subscribe, dynamic
// security), a publish the broker refuses (roundtrip).

#include "Broker.h"
#include "Cli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace deck::test;

namespace {
QList<QJsonObject> steps(const CliResult &r)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : r.out.split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

QString said(const CliResult &r)
{
    return QStringLiteral("exit %1\n%2\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}
} // namespace

class TstDoctor : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_broker;

    QStringList tls(const QString &host, const QString &ca, const QString &password) const
    {
        return {QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("-h"), host,
                QStringLiteral("-p"), QString::number(m_broker->tlsPort()),
                QStringLiteral("--cafile"), ca, QStringLiteral("-u"), QStringLiteral("dev"),
                QStringLiteral("-P"), password};
    }
    /// Runs the doctor; checks that it stopped at `failing` (empty: every step passed) and that
    /// the failing step's detail mentions `words`.
    void expect(const QStringList &args, const QString &failing, const QString &words)
    {
        const CliResult r = runCli(args, 60000);
        QVERIFY2(r.finished, qPrintable(said(r)));
        const QList<QJsonObject> s = steps(r);
        QVERIFY2(!s.isEmpty(), qPrintable(said(r)));
        const QStringList order{QStringLiteral("dns"),     QStringLiteral("tcp"),
                                QStringLiteral("tls"),     QStringLiteral("connect"),
                                QStringLiteral("subscribe"), QStringLiteral("roundtrip")};
        for (int i = 0; i < s.size(); ++i)
            QCOMPARE(s[i].value(QStringLiteral("step")).toString(), order.at(i));
        const QJsonObject last = s.last();
        if (failing.isEmpty()) {
            QVERIFY2(r.exitCode == 0 && s.size() == 6, qPrintable(said(r)));
            for (const QJsonObject &o : s)
                QVERIFY2(o.value(QStringLiteral("ok")).toBool(), qPrintable(said(r)));
        } else {
            QVERIFY2(r.exitCode == 8, qPrintable(said(r)));
            QVERIFY2(last.value(QStringLiteral("step")).toString() == failing, qPrintable(said(r)));
            QVERIFY(!last.value(QStringLiteral("ok")).toBool());
            for (int i = 0; i + 1 < s.size(); ++i)
                QVERIFY(s[i].value(QStringLiteral("ok")).toBool());
        }
        QVERIFY2(last.value(QStringLiteral("detail")).toString().contains(words),
                 qPrintable(said(r)));
    }

private slots:
    void initTestCase()
    {
        Broker::Options o;
        o.allowAnonymous = false;
        o.tls = true;
        o.dynsec = true;
        o.dynsecRoles = {{QStringLiteral("device"),
                          {{QStringLiteral("subscribePattern"), QStringLiteral("own/#"), true},
                           {QStringLiteral("publishClientSend"), QStringLiteral("own/#"), true},
                           {QStringLiteral("subscribePattern"), QStringLiteral("watch/#"), true}}}};
        o.dynsecClients = {{QStringLiteral("dev"), QStringLiteral("devpw"), {QStringLiteral("device")}}};
        m_broker = std::make_unique<Broker>(o);
        const QString e = m_broker->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void everyStepPassesOverTls()
    {
        expect(tls(QStringLiteral("localhost"), m_broker->certificates().caFile,
                   QStringLiteral("devpw")) +
                   QStringList{QStringLiteral("-t"), QStringLiteral("own/#")},
               {}, QStringLiteral("came back"));
    }

    void closedPort()
    {
        const int port = Broker::freePort();
        expect({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port)},
               QStringLiteral("tcp"), QStringLiteral("Nothing accepts connections"));
    }

    void wrongCa()
    {
        expect(tls(QStringLiteral("localhost"), m_broker->certificates().otherCaFile,
                   QStringLiteral("devpw")),
               QStringLiteral("tls"), QStringLiteral("not signed by a trusted CA"));
    }

    void hostnameMismatch()
    {
        expect(tls(QStringLiteral("127.0.0.1"), m_broker->certificates().caFile,
                   QStringLiteral("devpw")),
               QStringLiteral("tls"), QStringLiteral("does not name the host"));
    }

    void badCredentials()
    {
        expect(tls(QStringLiteral("localhost"), m_broker->certificates().caFile,
                   QStringLiteral("wrong")),
               QStringLiteral("connect"), QStringLiteral("Not authorized"));
    }

    void refusedSubscription()
    {
        expect(tls(QStringLiteral("localhost"), m_broker->certificates().caFile,
                   QStringLiteral("devpw")) +
                   QStringList{QStringLiteral("-t"), QStringLiteral("others/#")},
               QStringLiteral("subscribe"), QStringLiteral("0x87"));
    }

    void refusedPublish()
    {
        // May read watch/#, may not publish there: the round trip names the PUBACK.
        expect(tls(QStringLiteral("localhost"), m_broker->certificates().caFile,
                   QStringLiteral("devpw")) +
                   QStringList{QStringLiteral("-t"), QStringLiteral("watch/#")},
               QStringLiteral("roundtrip"), QStringLiteral("0x87"));
    }
};

QTEST_GUILESS_MAIN(TstDoctor)
#include "tst_doctor.moc"
