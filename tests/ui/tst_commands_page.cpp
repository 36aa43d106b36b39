// The Commands page (issue 13, the window's half) against a real mosquitto, with the
// simulator's command responder answering by device number (gw-001 done, gw-002 reject,
// gw-003 fail, gw-004 late, gw-005 never, gw-006 twice): an operator composes and sends from the
// page; each command reaches its state with its timeline shown; the questions (a dangerous
// template's typed name, a bulk send's list, a production connection) come before anything is
// published or journaled; the audit trail is exported and the journal verified. Every window
// journals into a temporary file of the test's.

#include "Broker.h"
#include "MainWindow.h"
#include "SessionWaiter.h"
#include "commands/CommandJournal.h"
#include "connection/ConnectionManager.h"
#include "models/CommandsModel.h"
#include "pages/CommandsPage.h"
#include "pages/FleetPage.h"
#include "sim/CommandResponder.h"
#include "widgets/CommandComposer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace deck;
using namespace deck::test;
using commands::CommandState;

namespace {

QString prefix(int n)
{
    return QStringLiteral("prod/acme/paris/line-01/gw-%1").arg(n, 3, 10, QLatin1Char('0'));
}

/// Answers the next modal dialog (a question box or the typed-name prompt) with `act`, and
/// keeps its text.
void answerNext(QString *asked, std::function<void(QWidget *)> act)
{
    QTimer::singleShot(150, [asked, act] {
        QWidget *w = QApplication::activeModalWidget();
        if (!w) {
            *asked = QStringLiteral("(no question was asked)");
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(w))
            *asked = box->text() + QLatin1Char('\n') + box->detailedText();
        else if (auto *input = qobject_cast<QInputDialog *>(w))
            *asked = input->labelText();
        act(w);
    });
}

void pressButton(QWidget *w, QMessageBox::StandardButton button)
{
    if (auto *box = qobject_cast<QMessageBox *>(w))
        box->button(button)->click();
}

void typeAndAccept(QWidget *w, const QString &text)
{
    if (auto *input = qobject_cast<QInputDialog *>(w)) {
        input->setTextValue(text);
        input->accept();
    }
}

QString stateOf(ui::CommandsPage *page, const QString &id)
{
    const int row = page->model()->rowOf(id);
    return row < 0 ? QString()
                   : page->model()->index(row, ui::CommandsModel::StateColumn).data().toString();
}

} // namespace

class TstCommandsPage : public QObject
{
    Q_OBJECT
    Broker m_broker;
    std::unique_ptr<sim::CommandResponder> m_responder;
    QTemporaryDir m_settings; // the remembered operator goes here, not into the user's settings

    /// A window connected to the test broker, journaling into `dir`.
    struct Window
    {
        ConnectionManager connections;
        ui::MainWindow window{&connections};
        ui::CommandsPage *page = nullptr;
    };
    std::unique_ptr<Window> open(const QTemporaryDir &dir, bool production = false)
    {
        auto w = std::make_unique<Window>();
        w->window.setCommandFiles(dir.filePath(QStringLiteral("journal.sqlite")),
                                  dir.filePath(QStringLiteral("templates.json")));
        w->window.resize(1400, 860);
        w->window.show();
        if (production) {
            profiles::ConnectionProfile p;
            p.name = QStringLiteral("Plant EU");
            p.production = true;
            p.options = localOptions(m_broker.tcpPort());
            w->window.connectWithProfile(p);
        } else {
            w->window.setConnection(localOptions(m_broker.tcpPort()), QStringLiteral("prod/#"),
                                    true);
        }
        if (!QTest::qWaitFor(
                [&] {
                    return w->window.session()->state() == deck::mqtt::Session::State::Connected;
                },
                15000))
            return nullptr;
        w->window.showPage(ui::MainWindow::Page::Commands);
        w->page = w->window.currentView()->commands();
        return w;
    }

    static int journaled(const QString &path)
    {
        if (!QFile::exists(path))
            return 0;
        commands::CommandJournal journal;
        if (!journal.open(path, storage::Database::Access::ReadOnly).ok())
            return -1;
        const auto list = journal.commands();
        return list ? int(list.value().size()) : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MQTT Deck tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        const QString e = m_broker.start();
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QList<QByteArray> prefixes;
        for (int i = 1; i <= 6; ++i)
            prefixes << prefix(i).toUtf8();
        m_responder =
            std::make_unique<sim::CommandResponder>(localOptions(m_broker.tcpPort()), prefixes,
                                                    QStringLiteral("prod"), QStringLiteral("acme"));
        m_responder->setLateSeconds(3);
        QSignalSpy ready(m_responder.get(), &sim::CommandResponder::ready);
        QCOMPARE(m_responder->start(), QStringList());
        QVERIFY(ready.wait(15000));
    }

    void cleanupTestCase() { m_responder.reset(); }

    // Reboot to gw-001 (dangerous: its name typed) reaches DONE with its whole timeline; ping to
    // gw-002 is REJECTED and to gw-005 TIMEOUT beside it; the journal (the test's file) holds
    // them, the audit trail exports them, and verification says intact, then names the entry
    // changed behind its back.
    void sendsAndFollowsEachToItsEnd()
    {
        QTemporaryDir dir;
        auto w = open(dir);
        QVERIFY(w);
        ui::CommandsPage *page = w->page;
        QVERIFY(page);
        QCOMPARE(page->journalPath(), dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(page->detail()->toPlainText().contains(QStringLiteral("No command yet")));
        ui::CommandComposer *composer = page->composer();
        composer->setTargets({prefix(1)});
        QVERIFY(composer->chooseTemplate(QStringLiteral("reboot")));
        composer->operatorEdit()->setText(QStringLiteral("alice"));
        // Without the reason reboot requires: refused in words, nothing asked.
        composer->reasonEdit()->clear();
        QVERIFY(page->sendComposed().isEmpty());
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("requires a reason")),
                 qPrintable(page->statusLabel()->text()));
        composer->reasonEdit()->setText(QStringLiteral("stuck modem"));
        QVERIFY2(composer->preview()->toPlainText().contains(prefix(1) +
                                                             QStringLiteral("/command/reboot")),
                 qPrintable(composer->preview()->toPlainText()));
        QVERIFY(composer->preview()->toPlainText().contains(QStringLiteral("\"reason\"")) ||
                composer->preview()->toPlainText().contains(QStringLiteral("stuck modem")));

        QString asked;
        answerNext(&asked,
                   [](QWidget *dialog) { typeAndAccept(dialog, QStringLiteral("gw-001")); });
        composer->sendButton()->click();
        QVERIFY2(asked.contains(QStringLiteral("gw-001")), qPrintable(asked));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        const QString done = page->model()->index(0, ui::CommandsModel::IdColumn).data().toString();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, done), QStringLiteral("done"), 15000);
        QVERIFY(page->selectCommand(done));
        const QString timeline = page->detail()->toPlainText();
        for (const QString &step : QStringList{
                 QStringLiteral("created → sent"), QStringLiteral("sent → acknowledged"),
                 QStringLiteral("acknowledged → running"), QStringLiteral("running → done"),
                 QStringLiteral("0x00"), prefix(1) + QStringLiteral("/ack/reboot"),
                 prefix(1) + QStringLiteral("/result/reboot"), QStringLiteral("\"accepted\""),
                 QStringLiteral("alice"), QStringLiteral("stuck modem")})
            QVERIFY2(timeline.contains(step),
                     qPrintable(step + QStringLiteral(" not in:\n") + timeline));
        QVERIFY(!page->model()
                     ->index(page->model()->rowOf(done), ui::CommandsModel::AckColumn)
                     .data()
                     .toString()
                     .isEmpty());
        QVERIFY(!page->model()
                     ->index(page->model()->rowOf(done), ui::CommandsModel::ResultColumn)
                     .data()
                     .toString()
                     .isEmpty());

        // Beside it: rejected, and timed out (gw-005 never answers).
        QVERIFY(composer->chooseTemplate(QStringLiteral("ping")));
        composer->ackTimeoutBox()->setValue(2);
        composer->setTargets({prefix(2)});
        const QStringList rejected = page->sendComposed();
        QCOMPARE(rejected.size(), 1);
        composer->setTargets({prefix(5)});
        const QStringList timedOut = page->sendComposed();
        QCOMPARE(timedOut.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, rejected.first()), QStringLiteral("rejected"),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, timedOut.first()), QStringLiteral("timed out"),
                                  10000);
        QTRY_VERIFY2(page->totals()->text().contains(QStringLiteral("<b>3</b> commands")),
                     qPrintable(page->totals()->text()));
        QVERIFY(page->totals()->text().contains(QStringLiteral("<b>1</b> done")));
        QVERIFY(page->totals()->text().contains(QStringLiteral("<b>1</b> rejected or failed")));
        QVERIFY(page->totals()->text().contains(QStringLiteral("<b>1</b> timed out or expired")));
        // The state is an icon and a word, never a colour alone.
        const QModelIndex state = page->model()->index(page->model()->rowOf(rejected.first()), 0);
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
        page->filter()->setText(QStringLiteral("rejected"));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        page->filter()->clear();

        // The journal is the test's file, with all three.
        QCOMPARE(journaled(page->journalPath()), 3);

        // Export: CSV and JSON lines carry every command.
        const QString csv = dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(page->exportAuditTrail(csv, false), QString());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvText = csvFile.readAll();
        for (const QString &id : {done, rejected.first(), timedOut.first()})
            QVERIFY2(csvText.contains(id.toUtf8()), qPrintable(id));
        const QString jsonl = dir.filePath(QStringLiteral("audit.jsonl"));
        QCOMPARE(page->exportAuditTrail(jsonl, true), QString());
        QFile jsonFile(jsonl);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        int lines = 0;
        QByteArray all;
        for (const QByteArray &l : jsonFile.readAll().split('\n')) {
            if (l.trimmed().isEmpty())
                continue;
            QVERIFY2(QJsonDocument::fromJson(l).isObject(), l.constData());
            all += l;
            ++lines;
        }
        QVERIFY2(lines >= 3 + 10, qPrintable(QString::number(lines))); // commands and events
        QVERIFY(all.contains(done.toUtf8()) && all.contains(timedOut.first().toUtf8()));

        // Verify: intact; then an entry changed behind the journal's back is named.
        QVERIFY2(page->verifyJournal().contains(QStringLiteral("intact")),
                 qPrintable(page->statusLabel()->text()));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(page->journalPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("UPDATE commands SET reason = 'nothing happened' "
                                           "WHERE command_id = '%1'")
                                .arg(done)),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const QString verdict = page->verifyJournal();
        QVERIFY2(verdict.contains(QStringLiteral("changed")) &&
                     verdict.contains(QStringLiteral("entry")),
                 qPrintable(verdict));

        // "Resend as new": the rejected command again, with a new id, to the same device.
        QVERIFY(page->selectCommand(rejected.first()));
        const QStringList again = page->resendCurrent();
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first() != rejected.first());
        QCOMPARE(page->model()
                     ->index(page->model()->rowOf(again.first()), ui::CommandsModel::TargetColumn)
                     .data()
                     .toString(),
                 prefix(2));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(page, again.first()), QStringLiteral("rejected"), 10000);
        // "Cancel" on gw-004, which answers late: cancelled at once; its answers come late.
        composer->ackTimeoutBox()->setValue(30);
        composer->setTargets({prefix(4)});
        const QStringList late = page->sendComposed();
        QCOMPARE(late.size(), 1);
        QTRY_COMPARE(stateOf(page, late.first()), QStringLiteral("sent"));
        QVERIFY(page->selectCommand(late.first()));
        QVERIFY(page->cancelCurrent());
        QTRY_COMPARE(stateOf(page, late.first()), QStringLiteral("cancelled"));
        QTRY_VERIFY_WITH_TIMEOUT(
            page->detail()->toPlainText().contains(QStringLiteral("late answer")), 10000);
        // The operator's name is remembered for the next composer.
        ui::CommandComposer next;
        QCOMPARE(next.operatorEdit()->text(), QStringLiteral("alice"));
    }

    // A dangerous template asks for the target's name: a wrong one sends nothing and journals
    // nothing; the right one sends.
    void dangerousNeedsTheTargetsName()
    {
        QTemporaryDir dir;
        auto w = open(dir);
        QVERIFY(w);
        SessionWaiter observer;
        QVERIFY(observer.connect(localOptions(m_broker.tcpPort())));
        QVERIFY(observer.subscribe(QStringLiteral("prod/+/+/+/+/command/#"), 1));
        ui::CommandComposer *composer = w->page->composer();
        composer->setTargets({prefix(1)});
        QVERIFY(composer->chooseTemplate(QStringLiteral("reboot")));
        composer->reasonEdit()->setText(QStringLiteral("maintenance window"));
        QString asked;
        answerNext(&asked, [](QWidget *dialog) { typeAndAccept(dialog, QStringLiteral("gw-01")); });
        QVERIFY(w->page->sendComposed().isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("Type the target's name, gw-001")),
                 qPrintable(asked));
        QVERIFY(asked.contains(prefix(1) + QStringLiteral("/command/reboot")));
        QVERIFY2(w->page->statusLabel()->text().contains(QStringLiteral("Not sent")),
                 qPrintable(w->page->statusLabel()->text()));
        QTest::qWait(500);
        QCOMPARE(observer.messages().size(), size_t(0));
        QCOMPARE(journaled(w->page->journalPath()), 0);
        QCOMPARE(w->page->model()->rowCount(), 0);

        answerNext(&asked,
                   [](QWidget *dialog) { typeAndAccept(dialog, QStringLiteral("gw-001")); });
        const QStringList ids = w->page->sendComposed();
        QCOMPARE(ids.size(), 1);
        QCOMPARE(observer.waitForMessages(1, 5000).size(), size_t(1));
        QCOMPARE(journaled(w->page->journalPath()), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w->page, ids.first()), QStringLiteral("done"), 15000);
    }

    // A bulk send — from the Fleet page's chosen devices — lists every target before anything
    // is published; "No" sends nothing, "Yes" sends one command per device.
    void bulkListsTheTargetsFirst()
    {
        QTemporaryDir dir;
        auto w = open(dir);
        QVERIFY(w);
        SessionWaiter observer;
        QVERIFY(observer.connect(localOptions(m_broker.tcpPort())));
        QVERIFY(observer.subscribe(QStringLiteral("prod/+/+/+/+/command/#"), 1));
        // The devices show in the fleet through their status; three are chosen there.
        {
            SessionWaiter devices;
            QVERIFY(devices.connect(localOptions(m_broker.tcpPort())));
            QList<deck::mqtt::OutgoingMessage> batch;
            for (int n : {1, 3, 6}) {
                deck::mqtt::OutgoingMessage m;
                m.topic = prefix(n) + QStringLiteral("/status");
                m.payload = R"({"state":"online"})";
                m.qos = 1;
                batch << m;
            }
            QVERIFY(devices.publishAll(batch));
        }
        w->window.showPage(ui::MainWindow::Page::Fleet);
        ui::FleetPage *fleet = w->window.currentView()->fleet();
        QTRY_COMPARE_WITH_TIMEOUT(fleet->view()->model()->rowCount(), 3, 10000);
        QVERIFY(!fleet->commandButton()->isEnabled());
        fleet->view()->selectAll();
        QVERIFY(fleet->commandButton()->isEnabled());
        fleet->commandButton()->click();
        QCOMPARE(w->window.currentView()->commands()->isVisible(), true);
        ui::CommandComposer *composer = w->page->composer();
        QStringList targets = composer->targets();
        targets.sort();
        QCOMPARE(targets, (QStringList{prefix(1), prefix(3), prefix(6)}));
        QVERIFY(composer->chooseTemplate(QStringLiteral("ping")));

        QString asked;
        answerNext(&asked, [](QWidget *dialog) { pressButton(dialog, QMessageBox::No); });
        QVERIFY(w->page->sendComposed().isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("these 3 device")), qPrintable(asked));
        for (int n : {1, 3, 6})
            QVERIFY2(asked.contains(prefix(n) + QStringLiteral("/command/ping")),
                     qPrintable(asked));
        QTest::qWait(500);
        QCOMPARE(observer.messages().size(), size_t(0));
        QCOMPARE(journaled(w->page->journalPath()), 0);

        answerNext(&asked, [](QWidget *dialog) { pressButton(dialog, QMessageBox::Yes); });
        QCOMPARE(w->page->sendComposed().size(), 3);
        QCOMPARE(observer.waitForMessages(3, 5000).size(), size_t(3));
        QTRY_COMPARE(w->page->model()->rowCount(), 3);
    }

    // A production connection asks first, naming the connection and the topic; "No" publishes
    // nothing and journals nothing.
    void productionAsksFirst()
    {
        QTemporaryDir dir;
        auto w = open(dir, true);
        QVERIFY(w);
        SessionWaiter observer;
        QVERIFY(observer.connect(localOptions(m_broker.tcpPort())));
        QVERIFY(observer.subscribe(QStringLiteral("prod/+/+/+/+/command/#"), 1));
        ui::CommandComposer *composer = w->page->composer();
        composer->setTargets({prefix(1)});
        QVERIFY(composer->chooseTemplate(QStringLiteral("ping")));
        QString asked;
        answerNext(&asked, [](QWidget *dialog) { pressButton(dialog, QMessageBox::No); });
        QVERIFY(w->page->sendComposed().isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("Plant EU is marked as production")) &&
                     asked.contains(prefix(1) + QStringLiteral("/command/ping")),
                 qPrintable(asked));
        QTest::qWait(500);
        QCOMPARE(observer.messages().size(), size_t(0));
        QCOMPARE(journaled(w->page->journalPath()), 0);
        QCOMPARE(w->page->model()->rowCount(), 0);

        answerNext(&asked, [](QWidget *dialog) { pressButton(dialog, QMessageBox::Yes); });
        const QStringList ids = w->page->sendComposed();
        QCOMPARE(ids.size(), 1);
        QCOMPARE(observer.waitForMessages(1, 5000).size(), size_t(1));
        QCOMPARE(journaled(w->page->journalPath()), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(w->page, ids.first()), QStringLiteral("done"), 15000);
    }

    // A window opened later on the same journal lists the commands sent before through this
    // broker, each with its state and timeline, not only this session's.
    void earlierCommandsAreListed()
    {
        QTemporaryDir dir;
        QString id;
        {
            auto w = open(dir);
            QVERIFY(w);
            ui::CommandComposer *composer = w->page->composer();
            composer->setTargets({prefix(1)});
            QVERIFY(composer->chooseTemplate(QStringLiteral("ping")));
            const QStringList ids = w->page->sendComposed();
            QCOMPARE(ids.size(), 1);
            id = ids.first();
            QTRY_COMPARE_WITH_TIMEOUT(stateOf(w->page, id), QStringLiteral("done"), 15000);
        }
        auto again = open(dir);
        QVERIFY(again);
        QTRY_COMPARE(again->page->model()->rowCount(), 1);
        QCOMPARE(stateOf(again->page, id), QStringLiteral("done"));
        QVERIFY(again->page->selectCommand(id));
        QVERIFY2(again->page->detail()->toPlainText().contains(QStringLiteral("running → done")),
                 qPrintable(again->page->detail()->toPlainText()));
    }
};

QTEST_MAIN(TstCommandsPage)
#include "tst_commands_page.moc"
