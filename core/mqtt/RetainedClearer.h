#pragma once

#include "Session.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace deck::mqtt {

/// Clears retained values: publishes an empty retained message (QoS 1) to each topic, waits
/// for the broker's answers, and appends a record of what was cleared — when, on which broker,
/// which topics, and each outcome — to a journal file (one JSON object per line).
class RetainedClearer : public QObject
{
    Q_OBJECT
public:
    /// `session` is not owned. `journalPath` empty = the user's data directory
    /// (retained-clears.jsonl).
    RetainedClearer(Session *session, QString journalPath = {}, QObject *parent = nullptr);

    /// Starts; returns an error sentence when nothing could be sent.
    QString start(const QStringList &topics);
    QString journalPath() const { return m_journalPath; }

signals:
    /// `failures` maps topics to the reason they were not cleared.
    void finished(const QStringList &cleared, const QStringList &failures);

private:
    void record();
    void failPending(const QString &reason);

    Session *m_session;
    QString m_journalPath;
    QHash<quint64, QString> m_pending;
    QStringList m_cleared;
    QStringList m_failures;
    QTimer m_timeout;
};

} // namespace deck::mqtt
