// mqttdeck-cli command and journal against a real mosquitto (issue 13), with the simulator's
// devices answering (done, reject, fail, late, never, twice) and, for one test, answers sent by
// mosquitto_pub: each path ends in its state with its timeline and exit code under the stream,
// devices and MQTT 5 conventions; the journal row exists when the PUBLISH arrives; a SIGKILL
// right after sending loses nothing and a later run resumes the command or marks it UNKNOWN;
// tampering is found by `journal verify`; bad input is refused in words.

#include "Broker.h"
#include "Cli.h"
#include "mqtt/PahoSession.h"
#include "sim/SparkplugEdge.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace deck::test;

namespace {

bool mosquittoPub(int port, const QString &topic, const QByteArray &payload)
{
    QProcess p;
    p.start(QStringLiteral("mosquitto_pub"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
             QString::number(port), QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"),
             topic, QStringLiteral("-m"), QString::fromUtf8(payload)});
    return p.waitForFinished(10000) && p.exitCode() == 0;
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &l : out.split('\n'))
        if (!l.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(l).object();
    return lines;
}

QStringList transitions(const QList<QJsonObject> &lines)
{
    QStringList states;
    for (const QJsonObject &o : lines)
        if (o.value(QStringLiteral("event")).toString() == QLatin1String("transition"))
            states << o.value(QStringLiteral("state")).toString();
    return states;
}

/// Reads JSON lines from a running CLI until one matches.
QJsonObject waitForLine(QProcess &p, const std::function<bool(const QJsonObject &)> &wanted,
                        int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        while (p.canReadLine()) {
            const QJsonObject o = QJsonDocument::fromJson(p.readLine()).object();
            if (wanted(o))
                return o;
        }
        p.waitForReadyRead(50);
    }
    return {};
}

} // namespace

class TstCommandsCli : public QObject
{
    Q_OBJECT
    Broker m_broker;
    QProcess m_sim;
    QTemporaryDir m_dir;

    QString journal() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }
    QStringList connection() const
    {
        return {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(m_broker.tcpPort())};
    }

private slots:
    void initTestCase()
    {
        const QString e = m_broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        m_sim.start(cliPath(), {QStringLiteral("sim"), QStringLiteral("-h"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                QString::number(m_broker.tcpPort()), QStringLiteral("--devices"),
                                QStringLiteral("6"), QStringLiteral("--rate"), QStringLiteral("0"),
                                QStringLiteral("--no-sparkplug"), QStringLiteral("--late-seconds"),
                                QStringLiteral("3")});
        QElapsedTimer t;
        t.start();
        QByteArray err;
        while (!err.contains("devices answer commands") && t.elapsed() < 15000) {
            m_sim.waitForReadyRead(100);
            err += m_sim.readAllStandardError();
        }
        QVERIFY2(err.contains("devices answer commands"), err.constData());
    }

    void cleanupTestCase()
    {
        m_sim.kill();
        m_sim.waitForFinished(5000);
    }

    void pathEndsInItsState_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<int>("duplicates");
        const QString created = QStringLiteral("CREATED"), sent = QStringLiteral("SENT");
        auto s = [](const char *list) { return QString::fromLatin1(list).split(u' '); };
        QTest::newRow("stream done") << QStringList{QStringLiteral("--target"), QStringLiteral("prod/acme/paris/line-01/gw-001")}
                                     << 0 << s("CREATED SENT ACKED RUNNING DONE") << 0;
        QTest::newRow("stream reject") << QStringList{QStringLiteral("--target"), QStringLiteral("prod/acme/lyon/line-01/gw-002")}
                                       << 10 << s("CREATED SENT REJECTED") << 0;
        QTest::newRow("stream fail") << QStringList{QStringLiteral("--target"), QStringLiteral("prod/acme/berlin/line-01/gw-003")}
                                     << 11 << s("CREATED SENT ACKED RUNNING FAILED") << 0;
        QTest::newRow("stream never: expired") << QStringList{QStringLiteral("--target"), QStringLiteral("prod/acme/paris/line-02/gw-005"), QStringLiteral("--ttl"), QStringLiteral("1")}
                                               << 12 << s("CREATED SENT EXPIRED") << 0;
        QTest::newRow("devices late: timeout") << QStringList{QStringLiteral("--target"), QStringLiteral("devices/gw-004"), QStringLiteral("--ack-timeout"), QStringLiteral("1")}
                                               << 13 << s("CREATED SENT TIMEOUT") << 0;
        QTest::newRow("devices twice: duplicates ignored") << QStringList{QStringLiteral("--target"), QStringLiteral("devices/gw-006")}
                                                           << 0 << s("CREATED SENT ACKED DONE") << 1;
        QTest::newRow("devices done") << QStringList{QStringLiteral("--target"), QStringLiteral("devices/gw-001")}
                                      << 0 << s("CREATED SENT ACKED RUNNING DONE") << 0;
        QTest::newRow("mqtt5 done") << QStringList{QStringLiteral("--target"), QStringLiteral("prod/acme/paris/line-01/gw-001"), QStringLiteral("--convention"), QStringLiteral("mqtt5")}
                                    << 0 << s("CREATED SENT ACKED RUNNING DONE") << 0;
        QTest::newRow("mqtt5 reject") << QStringList{QStringLiteral("--target"), QStringLiteral("devices/gw-002"), QStringLiteral("--convention"), QStringLiteral("mqtt5")}
                                      << 10 << s("CREATED SENT REJECTED") << 0;
        QTest::newRow("mqtt5 late: timeout") << QStringList{QStringLiteral("--target"), QStringLiteral("prod/acme/madrid/line-01/gw-004"), QStringLiteral("--convention"), QStringLiteral("mqtt5"), QStringLiteral("--ack-timeout"), QStringLiteral("1")}
                                             << 13 << s("CREATED SENT TIMEOUT") << 0;
        Q_UNUSED(created);
        Q_UNUSED(sent);
    }
    void pathEndsInItsState()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, states);
        QFETCH(int, duplicates);
        const CliResult r = runCli(QStringList{QStringLiteral("command"), QStringLiteral("send")} +
                                       connection() + args +
                                       QStringList{QStringLiteral("--template"), QStringLiteral("ping"),
                                                   QStringLiteral("--journal"), journal(),
                                                   QStringLiteral("--wait"), QStringLiteral("--json")},
                                   30000);
        QVERIFY2(r.finished, r.err.constData());
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(transitions(lines), states);
        QCOMPARE(r.exitCode, exitCode);
        int dup = 0;
        qint64 previous = 0;
        for (const QJsonObject &o : lines) {
            dup += o.value(QStringLiteral("event")).toString() == QLatin1String("duplicate");
            const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            QVERIFY(at.isValid());
            QCOMPARE(at.timeSpec(), Qt::UTC);
            QVERIFY(at.toMSecsSinceEpoch() >= previous); // in time order
            previous = at.toMSecsSinceEpoch();
            QVERIFY(o.value(QStringLiteral("command_id")).toString().startsWith(QLatin1String("cmd-")));
        }
        // The duplicate ack comes before DONE; the duplicate result may come after the CLI left.
        if (duplicates == 0)
            QCOMPARE(dup, 0);
        else
            QVERIFY(dup >= duplicates);
        // The journal says the same.
        const QString id = lines.value(0).value(QStringLiteral("command_id")).toString();
        const CliResult show = runCli({QStringLiteral("journal"), QStringLiteral("show"), id,
                                       QStringLiteral("--journal"), journal()});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QStringLiteral("(%1)").arg(states.last()).toUtf8()), show.out.constData());
    }

    void journalRowExistsBeforeThePublishArrives()
    {
        deck::mqtt::PahoSession watcher;
        deck::mqtt::ConnectionOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = m_broker.tcpPort();
        QSignalSpy connected(&watcher, &deck::mqtt::Session::connected);
        QVERIFY(watcher.open(o).isEmpty());
        QVERIFY(connected.wait(10000));
        QSignalSpy subscribed(&watcher, &deck::mqtt::Session::subscribeFinished);
        deck::mqtt::Subscription s;
        s.filter = QStringLiteral("prod/acme/paris/line-01/gw-001/command/+");
        s.qos = 1;
        watcher.subscribe({s});
        QVERIFY(subscribed.wait(10000));
        QString foundId;
        bool rowThere = false;
        int createdEvents = 0;
        connect(&watcher, &deck::mqtt::Session::messagesAvailable, this, [&] {
            std::vector<deck::Message> messages;
            watcher.takeMessages(messages);
            for (const deck::Message &m : messages) {
                // Read the journal the moment the command arrives.
                foundId = QJsonDocument::fromJson(m.payloadCopy()).object().value(QStringLiteral("command_id")).toString();
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("order"));
                db.setDatabaseName(journal());
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                if (db.open()) {
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("SELECT count(*) FROM commands WHERE command_id = '%1'").arg(foundId));
                    rowThere = q.next() && q.value(0).toInt() == 1;
                    q.exec(QStringLiteral("SELECT count(*) FROM command_events WHERE command_id = '%1' AND to_state = 'CREATED'").arg(foundId));
                    createdEvents = q.next() ? q.value(0).toInt() : 0;
                    db.close();
                }
                QSqlDatabase::removeDatabase(QStringLiteral("order"));
            }
        });
        QProcess cli;
        cli.start(cliPath(), QStringList{QStringLiteral("command"), QStringLiteral("send")} + connection() +
                                 QStringList{QStringLiteral("--target"), QStringLiteral("prod/acme/paris/line-01/gw-001"),
                                             QStringLiteral("--template"), QStringLiteral("ping"),
                                             QStringLiteral("--journal"), journal()});
        QTRY_VERIFY_WITH_TIMEOUT(!foundId.isEmpty(), 15000);
        QVERIFY2(rowThere, "the command arrived before its journal row existed");
        QCOMPARE(createdEvents, 1);
        QVERIFY(cli.waitForFinished(15000));
        QCOMPARE(cli.exitCode(), 0); // without --wait: done once SENT
        watcher.close();
    }

    void sigkillLosesNothingAndResumeFollowsAnswersFromMosquittoPub()
    {
        // gw-999 is no simulated device: nobody answers but mosquitto_pub, later. A journal of
        // its own: resume follows every unfinished command of its journal, and the other tests'
        // (a device that never answers...) would end in their own states meanwhile.
        const QString journalFile = m_dir.filePath(QStringLiteral("resume.sqlite"));
        const auto journal = [&journalFile] { return journalFile; };
        const QString target = QStringLiteral("prod/acme/rome/line-09/gw-999");
        QProcess send;
        send.start(cliPath(), QStringList{QStringLiteral("command"), QStringLiteral("send")} + connection() +
                                  QStringList{QStringLiteral("--target"), target, QStringLiteral("--template"),
                                              QStringLiteral("reboot"), QStringLiteral("--reason"),
                                              QStringLiteral("stuck relay"), QStringLiteral("--operator"),
                                              QStringLiteral("operator-7"), QStringLiteral("--ack-timeout"),
                                              QStringLiteral("60"), QStringLiteral("--journal"), journal(),
                                              QStringLiteral("--wait"), QStringLiteral("--json")});
        const QJsonObject sentLine = waitForLine(send, [](const QJsonObject &o) {
            return o.value(QStringLiteral("state")).toString() == QLatin1String("SENT");
        }, 15000);
        QVERIFY(!sentLine.isEmpty());
        send.kill(); // SIGKILL
        QVERIFY(send.waitForFinished(5000));
        const QString id = sentLine.value(QStringLiteral("command_id")).toString();
        // Nothing lost: the row and SENT are in the journal.
        const CliResult shown = runCli({QStringLiteral("journal"), QStringLiteral("show"), id,
                                        QStringLiteral("--journal"), journal()});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("(SENT)") && shown.out.contains("stuck relay") &&
                     shown.out.contains("operator-7"),
                 shown.out.constData());

        QProcess resume;
        resume.start(cliPath(), QStringList{QStringLiteral("command"), QStringLiteral("resume")} + connection() +
                                    QStringList{QStringLiteral("--journal"), journal(), QStringLiteral("--wait"),
                                                QStringLiteral("--json")});
        QVERIFY(!waitForLine(resume, [&](const QJsonObject &o) {
                     return o.value(QStringLiteral("command_id")).toString() == id &&
                            o.value(QStringLiteral("state")).toString() == QLatin1String("SENT");
                 }, 15000).isEmpty());
        // "followed again" comes once its answer topics are subscribed: answer at once.
        const QByteArray ack = "{\"command_id\":\"" + id.toUtf8() + "\",\"status\":\"accepted\"}";
        const QByteArray done = "{\"command_id\":\"" + id.toUtf8() + "\",\"status\":\"done\"}";
        QVERIFY(mosquittoPub(m_broker.tcpPort(), target + QStringLiteral("/ack/reboot"), ack));
        QVERIFY(mosquittoPub(m_broker.tcpPort(), target + QStringLiteral("/ack/reboot"), ack)); // again
        QVERIFY(mosquittoPub(m_broker.tcpPort(), target + QStringLiteral("/result/reboot"), done));
        QVERIFY(resume.waitForFinished(15000));
        QVERIFY2(resume.exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1\n").arg(resume.exitCode()) +
                            QString::fromUtf8(resume.readAll() + resume.readAllStandardError())));
        const CliResult after = runCli({QStringLiteral("journal"), QStringLiteral("show"), id,
                                        QStringLiteral("--journal"), journal()});
        QVERIFY2(after.out.contains("(DONE)") && after.out.contains("[duplicate]"), after.out.constData());
        const CliResult verify = runCli({QStringLiteral("journal"), QStringLiteral("verify"),
                                         QStringLiteral("--journal"), journal()});
        QCOMPARE(verify.exitCode, 0);
    }

    // The sparkplug convention against the simulator's edge node: an NCMD with the template's
    // metric, and DONE at the node's next NDATA (its outcome, in Sparkplug); the binary answer
    // printed as base64 in the JSON lines.
    void sparkplugCommandEndsAtTheNextData()
    {
        deck::sim::SparkplugEdge edge(QStringLiteral("127.0.0.1"), m_broker.tcpPort(),
                                      QStringLiteral("plant"), QStringLiteral("edge-7"));
        edge.start();
        QTRY_VERIFY_WITH_TIMEOUT(edge.published() > 0, 10000);
        QProcess cli;
        cli.start(cliPath(), QStringList{QStringLiteral("command"), QStringLiteral("send")} + connection() +
                                 QStringList{QStringLiteral("--target"), QStringLiteral("spBv1.0/plant/edge-7"),
                                             QStringLiteral("--template"), QStringLiteral("sparkplug-reboot"),
                                             QStringLiteral("--reason"), QStringLiteral("firmware swap"),
                                             QStringLiteral("--journal"), journal(),
                                             QStringLiteral("--wait"), QStringLiteral("--json")});
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 30000);
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("\"state\":\"DONE\"") && out.contains("spBv1.0/plant/NDATA/edge-7") &&
                     out.contains("\"payload_base64\""),
                 out.constData());
        edge.stop();
    }

    void sigkillThenTimeoutsPassMarksUnknown()
    {
        const QString target = QStringLiteral("prod/acme/rome/line-09/gw-998");
        const QString path = m_dir.filePath(QStringLiteral("unknown.sqlite"));
        QProcess send;
        send.start(cliPath(), QStringList{QStringLiteral("command"), QStringLiteral("send")} + connection() +
                                  QStringList{QStringLiteral("--target"), target, QStringLiteral("--template"),
                                              QStringLiteral("ping"), QStringLiteral("--ack-timeout"),
                                              QStringLiteral("1"), QStringLiteral("--journal"), path,
                                              QStringLiteral("--wait"), QStringLiteral("--json")});
        const QJsonObject sentLine = waitForLine(send, [](const QJsonObject &o) {
            return o.value(QStringLiteral("state")).toString() == QLatin1String("SENT");
        }, 15000);
        QVERIFY(!sentLine.isEmpty());
        send.kill();
        QVERIFY(send.waitForFinished(5000));
        QTest::qWait(1500);
        const CliResult resumed = runCli(QStringList{QStringLiteral("command"), QStringLiteral("resume")} +
                                         connection() + QStringList{QStringLiteral("--journal"), path});
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY2(resumed.err.contains("1 marked UNKNOWN"), resumed.err.constData());
        const CliResult shown = runCli({QStringLiteral("journal"), QStringLiteral("show"),
                                        sentLine.value(QStringLiteral("command_id")).toString(),
                                        QStringLiteral("--journal"), path});
        QVERIFY2(shown.out.contains("(UNKNOWN)"), shown.out.constData());
    }

    void verifyNamesTheTamperedEntry()
    {
        const QString path = m_dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(QFile::copy(journal(), path));
        QCOMPARE(runCli({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"), path}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("UPDATE command_events SET to_state = 'DONE' WHERE seq = 4")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const CliResult r = runCli({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--journal"), path});
        QCOMPARE(r.exitCode, 20);
        QVERIFY2(r.err.contains("entry #4") && r.err.contains("changed"), r.err.constData());
        // Exports carry every entry.
        const CliResult csv = runCli({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--journal"), journal()});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("seq,entry,command_id"));
        const CliResult jsonl = runCli({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--journal"), journal()});
        QCOMPARE(jsonl.exitCode, 0);
        QCOMPARE(jsonl.out.count('\n'), csv.out.count('\n') - 1);
    }

    void badInputRefusedInWords_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        const QString t = QStringLiteral("prod/acme/paris/line-01/gw-001");
        QTest::newRow("unknown template") << QStringList{QStringLiteral("--target"), t, QStringLiteral("--template"), QStringLiteral("launch")}
                                          << QStringLiteral("unknown template \"launch\"");
        QTest::newRow("payload not JSON") << QStringList{QStringLiteral("--target"), t, QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--payload"), QStringLiteral("reboot please")}
                                          << QStringLiteral("not JSON");
        QTest::newRow("wildcard target") << QStringList{QStringLiteral("--target"), QStringLiteral("prod/acme/+/line-01/gw-001"), QStringLiteral("--template"), QStringLiteral("ping")}
                                         << QStringLiteral("wildcard");
        QTest::newRow("wildcard topic") << QStringList{QStringLiteral("--topic"), QStringLiteral("devices/#"), QStringLiteral("--template"), QStringLiteral("ping"), QStringLiteral("--convention"), QStringLiteral("devices")}
                                        << QStringLiteral("wildcard");
        QTest::newRow("retained") << QStringList{QStringLiteral("--target"), t, QStringLiteral("--template"), QStringLiteral("ping"), QStringLiteral("--retain")}
                                  << QStringLiteral("--retain-reason");
        QTest::newRow("no reason") << QStringList{QStringLiteral("--target"), t, QStringLiteral("--template"), QStringLiteral("reboot")}
                                   << QStringLiteral("requires a reason");
    }
    void badInputRefusedInWords()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const CliResult r = runCli(QStringList{QStringLiteral("command"), QStringLiteral("send")} + connection() + args +
                                   QStringList{QStringLiteral("--journal"), journal()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(words), r.err.constData());
    }

    void notAJournalRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping list: relays, fuses\n");
        f.close();
        const CliResult r = runCli({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--journal"), path});
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("is not an MQTT Deck journal"), r.err.constData());
        const CliResult s = runCli(QStringList{QStringLiteral("command"), QStringLiteral("send")} + connection() +
                                   QStringList{QStringLiteral("--target"), QStringLiteral("devices/gw-001"),
                                               QStringLiteral("--template"), QStringLiteral("ping"),
                                               QStringLiteral("--journal"), path});
        QCOMPARE(s.exitCode, 6);
        QVERIFY2(s.err.contains("is not an MQTT Deck journal"), s.err.constData());
    }
};

QTEST_GUILESS_MAIN(TstCommandsCli)
#include "tst_commands_cli.moc"
