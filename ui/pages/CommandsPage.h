#pragma once

#include "commands/CommandSender.h"
#include "connection/ConnectionContext.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace deck::ui {

class CommandComposer;
class CommandsModel;

/// The commands of one connection: a composer (target, template, reason, operator, delivery,
/// preview), the commands followed with their state by icon, colour and word, a filter, and the
/// chosen command's timeline (every transition with its time, the broker's reason code, the
/// answers exchanged, duplicate, late and unknown answers). Holds the connection's
/// CommandSender: every command is in the journal before it is published, and the journal's
/// unfinished commands are followed again once connected. Sending asks first for a dangerous
/// template (type the target's name), for more than one target (the list) and on a production
/// connection; each question names what will be published where.
class CommandsPage : public QWidget
{
    Q_OBJECT
public:
    /// `context` is not owned and must outlive the page. `journalPath` empty: the user's journal
    /// (storage::Journal::defaultPath()); `templatesPath` empty: TemplateLibrary::defaultPath().
    CommandsPage(ConnectionContext *context, const QString &journalPath,
                 const QString &templatesPath = {}, QWidget *parent = nullptr);
    ~CommandsPage() override;

    commands::CommandSender *sender() const { return m_sender.get(); }
    QString journalPath() const { return m_journalPath; }
    CommandComposer *composer() const { return m_composer; }
    CommandsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *totals() const { return m_totals; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *filter() const { return m_filter; }

    void setProduction(bool production, const QString &connectionName);
    /// Opens the composer on these targets (the Fleet page's "Send command…").
    void composeFor(const QStringList &targets);
    /// Sends what the composer says, after its questions; returns the ids sent.
    QStringList sendComposed();
    /// Selects a command in the list (its timeline shows).
    bool selectCommand(const QString &commandId);
    /// The chosen command's id, or empty.
    QString currentCommandId() const;
    /// "Resend as new": the chosen command's request back in the composer, then sent (asking
    /// as any send does).
    QStringList resendCurrent();
    /// "Cancel": stops following the chosen command (CANCELLED).
    bool cancelCurrent();
    /// Writes the journal's audit trail (every command and event, in chain order) as CSV or
    /// JSON lines; an error in words, or empty.
    QString exportAuditTrail(const QString &path, bool jsonLines);
    /// Checks the journal's hash chain and says, in words, that it is intact or which entry was
    /// changed first (also shown on the page).
    QString verifyJournal();

signals:
    void statusMessage(const QString &text);
    /// "Show in Explorer" on a command: its topic.
    void topicActivated(const QString &topic);

private:
    void refresh();
    void showDetail();
    void say(const QString &text);
    void resume();
    bool confirm(const QList<commands::CommandRequest> &requests);
    void exportAsked();
    commands::CommandRequest requestOf(const commands::TrackedCommand &c) const;

    ConnectionContext *m_context;
    QString m_journalPath;
    std::unique_ptr<commands::CommandSender> m_sender;
    CommandComposer *m_composer;
    CommandsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QLabel *m_totals;
    QLabel *m_status;
    QLineEdit *m_filter;
    QPushButton *m_resend;
    QPushButton *m_cancel;
    QPushButton *m_explore;
    bool m_production = false;
    QString m_connectionName;
    bool m_resumed = false;
    QHash<QString, commands::CommandRequest> m_requests; ///< sent from this page, by id
    commands::TrackedCommandPtr m_shown;
    quint64 m_shownGeneration = 0;
};

} // namespace deck::ui
