// mqttdeck-cli acl-probe against real mosquitto brokers: one with the dynamic-security plugin
// (roles that deny subscribing and publishing, and one that grants a subscription but not the
// reading), one with a plain acl_file (which grants every SUBACK and drops deliveries: mosquitto
// issue 2042). Each right's verdict and evidence, under MQTT 5 and 3.1.1, with and without an
// observer; nothing left behind on the broker.

#include "Broker.h"
#include "Cli.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace deck::test;

namespace {
struct Verdict
{
    QString verdict;
    QString evidence;
    QJsonValue reasonCode;
};

/// check:target → what the probe said, from its JSON lines.
QMap<QString, Verdict> verdicts(const CliResult &r)
{
    QMap<QString, Verdict> out;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        out.insert(o.value(QStringLiteral("check")).toString() + QLatin1Char(':') +
                       o.value(QStringLiteral("target")).toString(),
                   {o.value(QStringLiteral("verdict")).toString(),
                    o.value(QStringLiteral("evidence")).toString(),
                    o.value(QStringLiteral("reason_code"))});
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

class TstAclProbe : public QObject
{
    Q_OBJECT
    std::unique_ptr<Broker> m_dynsec;
    std::unique_ptr<Broker> m_aclFile;
    QTemporaryDir m_dir;

    QStringList connection(const Broker &b, const QString &user, const QString &pw,
                           const QString &version) const
    {
        return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(b.tcpPort()), QStringLiteral("-u"), user, QStringLiteral("-P"),
                pw, QStringLiteral("-V"), version, QStringLiteral("--json")};
    }

private slots:
    void initTestCase()
    {
        Broker::Options d;
        d.allowAnonymous = false;
        d.dynsec = true;
        d.dynsecRoles = {
            {QStringLiteral("device"),
             {{QStringLiteral("subscribePattern"), QStringLiteral("own/#"), true},
              {QStringLiteral("publishClientSend"), QStringLiteral("own/#"), true},
              // may subscribe to secret/#, may not receive from it
              {QStringLiteral("subscribePattern"), QStringLiteral("secret/#"), true},
              {QStringLiteral("publishClientReceive"), QStringLiteral("secret/#"), false}}},
            {QStringLiteral("observer"),
             {{QStringLiteral("subscribePattern"), QStringLiteral("#"), true},
              {QStringLiteral("publishClientSend"), QStringLiteral("#"), true}}}};
        d.dynsecClients = {{QStringLiteral("dev"), QStringLiteral("devpw"), {QStringLiteral("device")}},
                           {QStringLiteral("obs"), QStringLiteral("obspw"), {QStringLiteral("observer")}}};
        m_dynsec = std::make_unique<Broker>(d);
        QString e = m_dynsec->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));

        const QString acl = m_dir.filePath(QStringLiteral("acl"));
        QFile f(acl);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("user dev\ntopic readwrite own/#\n\nuser obs\ntopic readwrite #\n");
        f.close();
        Broker::Options a;
        a.allowAnonymous = false;
        a.users = {{QStringLiteral("dev"), QStringLiteral("devpw")},
                   {QStringLiteral("obs"), QStringLiteral("obspw")}};
        a.extraConfig = {QStringLiteral("acl_file %1").arg(acl)};
        m_aclFile = std::make_unique<Broker>(a);
        e = m_aclFile->start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    // A role's matrix exactly, both versions: refusals read from the SUBACK (0x87 / 0x80) and,
    // under MQTT 5, the PUBACK; under 3.1.1 the refused publish is found by delivery; a
    // subscription granted whose deliveries never come is denied.
    void dynsecRoleMatrix_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("mqtt 5") << QStringLiteral("mqttv5");
        QTest::newRow("mqtt 3.1.1") << QStringLiteral("mqttv311");
    }
    void dynsecRoleMatrix()
    {
        QFETCH(QString, version);
        const bool v5 = version == QLatin1String("mqttv5");
        const CliResult r = runCli(
            QStringList{QStringLiteral("acl-probe"), QStringLiteral("--sub"), QStringLiteral("own/#"),
                        QStringLiteral("--sub"), QStringLiteral("others/#"),
                        QStringLiteral("--read"), QStringLiteral("secret/door"),
                        QStringLiteral("--pub"), QStringLiteral("own/state"),
                        QStringLiteral("--pub"), QStringLiteral("others/state"),
                        QStringLiteral("--observer-user"), QStringLiteral("obs"),
                        QStringLiteral("--observer-pw"), QStringLiteral("obspw")} +
                connection(*m_dynsec, QStringLiteral("dev"), QStringLiteral("devpw"), version),
            60000);
        QVERIFY2(r.finished && r.exitCode == 30, qPrintable(said(r)));
        const auto v = verdicts(r);
        QCOMPARE(v.size(), 5);
        QCOMPARE(v[QStringLiteral("sub:own/#")].verdict, QStringLiteral("allowed"));
        QVERIFY(v[QStringLiteral("sub:own/#")].evidence.contains(QStringLiteral("arrived")));
        const Verdict others = v[QStringLiteral("sub:others/#")];
        QCOMPARE(others.verdict, QStringLiteral("denied"));
        QCOMPARE(others.reasonCode.toInt(), v5 ? 0x87 : 0x80);
        QVERIFY2(others.evidence.contains(v5 ? QStringLiteral("SUBACK 0x87")
                                             : QStringLiteral("SUBACK 0x80")),
                 qPrintable(others.evidence));
        const Verdict secret = v[QStringLiteral("read:secret/door")];
        QCOMPARE(secret.verdict, QStringLiteral("denied"));
        QVERIFY2(secret.evidence.contains(QStringLiteral("SUBACK granted")) &&
                     secret.evidence.contains(QStringLiteral("never arrived")),
                 qPrintable(secret.evidence));
        QCOMPARE(v[QStringLiteral("pub:own/state")].verdict, QStringLiteral("allowed"));
        const Verdict pub = v[QStringLiteral("pub:others/state")];
        QCOMPARE(pub.verdict, QStringLiteral("denied"));
        if (v5) {
            QCOMPARE(pub.reasonCode.toInt(), 0x87);
            QVERIFY2(pub.evidence.contains(QStringLiteral("PUBACK 0x87")), qPrintable(pub.evidence));
        } else {
            QVERIFY2(pub.evidence.contains(QStringLiteral("never received")),
                     qPrintable(pub.evidence));
        }
    }

    // mosquitto's acl_file: every SUBACK granted, so only delivery tells (issue 2042).
    void aclFileGrantsAndStarves()
    {
        const CliResult r = runCli(
            QStringList{QStringLiteral("acl-probe"), QStringLiteral("--sub"), QStringLiteral("own/#"),
                        QStringLiteral("--sub"), QStringLiteral("others/+/status"),
                        QStringLiteral("--observer-user"), QStringLiteral("obs"),
                        QStringLiteral("--observer-pw"), QStringLiteral("obspw")} +
                connection(*m_aclFile, QStringLiteral("dev"), QStringLiteral("devpw"),
                           QStringLiteral("mqttv5")),
            60000);
        QVERIFY2(r.finished && r.exitCode == 30, qPrintable(said(r)));
        const auto v = verdicts(r);
        QCOMPARE(v[QStringLiteral("sub:own/#")].verdict, QStringLiteral("allowed"));
        const Verdict starved = v[QStringLiteral("sub:others/+/status")];
        QCOMPARE(starved.verdict, QStringLiteral("denied"));
        QCOMPARE(starved.reasonCode.toInt(), 1); // the SUBACK granted QoS 1
        QVERIFY2(starved.evidence.contains(QStringLiteral("others/mqttdeck-probe/status")) &&
                     starved.evidence.contains(QStringLiteral("never arrived")),
                 qPrintable(starved.evidence));
    }

    // Without an observer: refusals are still denied, the rest unknown with why; nothing is
    // left retained on the broker.
    void withoutObserverAndNothingLeftBehind()
    {
        const CliResult r = runCli(
            QStringList{QStringLiteral("acl-probe"), QStringLiteral("--sub"), QStringLiteral("others/#"),
                        QStringLiteral("--sub"), QStringLiteral("own/#"), QStringLiteral("--pub"),
                        QStringLiteral("own/x")} +
                connection(*m_dynsec, QStringLiteral("dev"), QStringLiteral("devpw"),
                           QStringLiteral("mqttv5")),
            60000);
        QVERIFY2(r.finished && r.exitCode == 30, qPrintable(said(r)));
        const auto v = verdicts(r);
        QCOMPARE(v[QStringLiteral("sub:others/#")].verdict, QStringLiteral("denied"));
        QCOMPARE(v[QStringLiteral("sub:own/#")].verdict, QStringLiteral("unknown"));
        QVERIFY(v[QStringLiteral("sub:own/#")].evidence.contains(QStringLiteral("observer")));
        QCOMPARE(v[QStringLiteral("pub:own/x")].verdict, QStringLiteral("unknown"));
        QVERIFY(r.err.contains("no observer"));

        // Retained values left? mosquitto_sub -W 2 -t '#' as the observer prints none.
        QProcess sub;
        sub.start(QStringLiteral("mosquitto_sub"),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(m_dynsec->tcpPort()), QStringLiteral("-u"), QStringLiteral("obs"),
                   QStringLiteral("-P"), QStringLiteral("obspw"), QStringLiteral("-t"),
                   QStringLiteral("#"), QStringLiteral("-W"), QStringLiteral("2"),
                   QStringLiteral("-v")});
        QVERIFY(sub.waitForFinished(10000));
        QCOMPARE(sub.readAllStandardOutput(), QByteArray());
    }

    // Bad input and bad credentials, in words.
    void refusesBadInput()
    {
        CliResult r = runCli(QStringList{QStringLiteral("acl-probe"), QStringLiteral("--pub"),
                                         QStringLiteral("own/#")} +
                             connection(*m_dynsec, QStringLiteral("dev"), QStringLiteral("devpw"),
                                        QStringLiteral("mqttv5")));
        QVERIFY2(r.exitCode == 1 && r.err.contains("wildcard"), qPrintable(said(r)));
        r = runCli(QStringList{QStringLiteral("acl-probe")} +
                   connection(*m_dynsec, QStringLiteral("dev"), QStringLiteral("devpw"),
                              QStringLiteral("mqttv5")));
        QVERIFY2(r.exitCode == 1 && r.err.contains("nothing to test"), qPrintable(said(r)));
        r = runCli(QStringList{QStringLiteral("acl-probe"), QStringLiteral("--sub"),
                               QStringLiteral("own/#")} +
                   connection(*m_dynsec, QStringLiteral("dev"), QStringLiteral("wrong"),
                              QStringLiteral("mqttv5")));
        QVERIFY2(r.exitCode == 2 && r.err.contains("could not connect") &&
                     r.err.contains("Not authorized"),
                 qPrintable(said(r)));
    }
};

QTEST_GUILESS_MAIN(TstAclProbe)
#include "tst_acl_probe.moc"
