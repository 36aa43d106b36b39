#pragma once

#include "ingest/Engine.h"
#include "mqtt/Session.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace deck::ui {

class MainWindow;

/// `mqttdeck --check FILE`: the bounded, non-interactive proof that the main job works
/// (`scripts/run.sh --check`). Waits until the window is connected and its explorer shows the
/// live fleet (the status topic of every expected device, and messages still arriving), saves a
/// picture of the window to FILE and quits with 0; when the deadline passes first it says what
/// was missing and quits with 1.
class RunCheck : public QObject
{
    Q_OBJECT
public:
    struct Expectation
    {
        int devices = 1;         ///< status topics (`+/+/+/+/+/status/#`) that must be present
        int timeoutSeconds = 60; ///< from start() to giving up
    };
    /// None of the pointers is owned; all must outlive the check.
    /// Checks the window's current connection.
    RunCheck(MainWindow *window, QString file, Expectation expectation);
    void start();

private:
    void poll();
    void finish(bool ok, const QString &sentence);

    MainWindow *m_window;
    QString m_file;
    Expectation m_expect;
    QElapsedTimer m_clock;
    quint64 m_appliedAtLastPoll = 0;
    int m_livePolls = 0; ///< consecutive polls in which messages arrived
    QString m_missing;
};

} // namespace deck::ui
