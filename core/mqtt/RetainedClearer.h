#pragma once

#include "Session.h"
#include "storage/Journal.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace deck::mqtt {

/// Clears retained values: publishes an empty retained message (QoS 1) to each topic, waits
/// for the broker's answers, and records what was cleared — when, on which broker, as which
/// client, each topic's outcome — in the journal database (storage::Journal). The record is
/// begun before anything is published: when the journal cannot be written, nothing is cleared.
class RetainedClearer : public QObject
{
    Q_OBJECT
public:
    /// `session` is not owned. `journalPath` empty = storage::Journal::defaultPath().
    RetainedClearer(Session *session, QString journalPath = {}, QObject *parent = nullptr);

    /// Starts; returns an error sentence when nothing was sent — the journal cannot be written
    /// (said before anything is published), or no message could be published (that attempt is
    /// on record).
    QString start(const QStringList &topics);
    QString journalPath() const { return m_journalPath; }

signals:
    /// `failures`: "topic: reason" for each topic not cleared. `journalError`: the outcome could
    /// not be recorded (empty when it was).
    void finished(const QStringList &cleared, const QStringList &failures,
                  const QString &journalError);

private:
    void finish();
    void failPending(storage::RetainedClearTopic::Outcome outcome);
    QString record(); ///< the outcomes into the journal; an error sentence, or empty

    Session *m_session;
    QString m_journalPath;
    storage::Journal m_journal;
    storage::RetainedClear m_clear;
    QHash<quint64, int> m_pending; // publish id -> index in m_clear.topics
    QTimer m_timeout;
};

} // namespace deck::mqtt
