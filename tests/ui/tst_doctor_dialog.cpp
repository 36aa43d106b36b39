// "Check connection…" in the connection dialog runs the doctor on the settings being edited,
// and Connection › Security check… the checklist on the chosen connection:
// every step passed against a real mosquitto with the password typed, and the step that fails
// (the CONNECT, with the broker's reason) when the password is wrong.

#include "Broker.h"
#include "SessionWaiter.h"
#include "dialogs/ConnectionDialog.h"
#include "dialogs/DoctorDialog.h"
#include "dialogs/SecurityCheckDialog.h"
#include "MainWindow.h"
#include "connection/ConnectionManager.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace deck;

class TstDoctorDialog : public QObject
{
    Q_OBJECT
private slots:
    void checksTheSettingsBeingEdited()
    {
        test::Broker::Options options;
        options.allowAnonymous = false;
        options.users = {{QStringLiteral("ops"), QStringLiteral("right-pw")}};
        test::Broker broker(options);
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QTemporaryDir dir;
        profiles::ProfileStore store;
        QCOMPARE(store.open(dir.filePath(QStringLiteral("profiles.sqlite"))), QString());
        profiles::SecretStore secrets(QStringLiteral("MQTT Deck tests"));
        ui::ConnectionDialog dialog(&store, &secrets);
        auto field = [&](const char *label) {
            for (QLabel *l : dialog.findChildren<QLabel *>())
                if (l->text() == QLatin1String(label))
                    return l->buddy();
            return static_cast<QWidget *>(nullptr);
        };
        auto *host = qobject_cast<QLineEdit *>(field("Host"));
        auto *port = qobject_cast<QSpinBox *>(field("Port"));
        auto *user = qobject_cast<QLineEdit *>(field("User name"));
        auto *password = qobject_cast<QLineEdit *>(field("Password"));
        QVERIFY(host && port && user && password);
        host->setText(QStringLiteral("127.0.0.1"));
        port->setValue(broker.tcpPort());
        user->setText(QStringLiteral("ops"));
        QPushButton *check = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Check connection…"))
                check = b;
        QVERIFY(check);

        auto run = [&](const QString &pw) -> ui::DoctorDialog * {
            password->setText(pw);
            for (auto *old : dialog.findChildren<ui::DoctorDialog *>())
                delete old;
            check->click();
            auto *doctor = dialog.findChild<ui::DoctorDialog *>();
            if (!doctor)
                return nullptr;
            return QTest::qWaitFor([doctor] { return doctor->isDone(); }, 20000) ? doctor
                                                                                 : nullptr;
        };
        ui::DoctorDialog *doctor = run(QStringLiteral("right-pw"));
        QVERIFY(doctor);
        QCOMPARE(doctor->steps()->topLevelItemCount(), 6);
        QVERIFY2(doctor->verdict()->text().contains(QStringLiteral("Every step passed")),
                 qPrintable(doctor->verdict()->text()));
        QCOMPARE(doctor->steps()->topLevelItem(2)->text(1), QStringLiteral("– not used"));

        doctor = run(QStringLiteral("wrong-pw"));
        QVERIFY(doctor);
        QCOMPARE(doctor->steps()->topLevelItemCount(), 4);
        QTreeWidgetItem *failed = doctor->steps()->topLevelItem(3);
        QCOMPARE(failed->text(0), QStringLiteral("MQTT CONNECT"));
        QCOMPARE(failed->text(1), QStringLiteral("✗ FAILED"));
        QVERIFY2(failed->text(2).contains(QStringLiteral("Not authorized")) ||
                     failed->text(2).contains(QStringLiteral("password")),
                 qPrintable(failed->text(2)));
        QVERIFY2(doctor->verdict()->text().contains(failed->text(2)), // in full, not cut
                 qPrintable(doctor->verdict()->text()));
    }

    // Connection › Security check… on the chosen connection: a careless broker (anonymous,
    // plaintext, no ACL) fails its checks in words; the report exports as JSON lines.
    void securityCheckOnTheConnection()
    {
        test::Broker::Options options;
        options.extraConfig = {QStringLiteral("sys_interval 1")};
        test::Broker broker(options);
        const QString started = broker.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ConnectionManager connections;
        ui::MainWindow window(&connections);
        window.show();
        window.setConnection(test::localOptions(broker.tcpPort()), QStringLiteral("#"), true);
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == deck::mqtt::Session::State::Connected,
                                 15000);
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Security chec&k…"))
                action = a;
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<ui::SecurityCheckDialog *>();
        QVERIFY(dialog);
        dialog->otherTopic()->setText(QStringLiteral("devices/other/status"));
        dialog->observerUser()->setText(QStringLiteral("watcher"));
        dialog->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 90000);
        QCOMPARE(dialog->results()->topLevelItemCount(), 8);
        QCOMPARE(dialog->results()->topLevelItem(0)->text(0),
                 QStringLiteral("Anonymous CONNECT refused"));
        QCOMPARE(dialog->results()->topLevelItem(0)->text(1), QStringLiteral("✗ FAIL"));
        QVERIFY2(dialog->summary()->text().contains(QStringLiteral("failed")),
                 qPrintable(dialog->summary()->text()));
        const QByteArray json = dialog->report(true);
        QCOMPARE(json.count('\n'), 8);
        QVERIFY(json.contains("\"check\":\"other_namespace_refused\",\"evidence\""));
        QVERIFY(dialog->report(false).contains("Anonymous CONNECT refused"));
    }
};

QTEST_MAIN(TstDoctorDialog)
#include "tst_doctor_dialog.moc"
