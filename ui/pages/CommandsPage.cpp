#include "CommandsPage.h"

#include "WindowTerms.h"
#include "commands/CommandTemplate.h"
#include "models/CommandsModel.h"
#include "mqtt/ReasonCodes.h"
#include "storage/Journal.h"
#include "widgets/CommandComposer.h"
#include "widgets/CommandDetail.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace deck::ui {

using namespace commands;

CommandsPage::CommandsPage(ConnectionContext *context, const QString &journalPath,
                           const QString &templatesPath, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_journalPath(journalPath.isEmpty() ? storage::Journal::defaultPath() : journalPath),
      m_sender(std::make_unique<CommandSender>(*context, m_journalPath)),
      m_composer(new CommandComposer(this)), m_model(new CommandsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_detail(new QTextBrowser(this)), m_totals(new QLabel(this)), m_status(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_resend(new QPushButton(tr("Resend as new…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_explore(new QPushButton(tr("Show in Explorer"), this))
{
    m_composer->setFleet(context->fleet());
    connect(context, &ConnectionContext::fleetReplaced, this,
            [this] { m_composer->setFleet(m_context->fleet()); });
    if (const QString e = m_composer->setTemplatesPath(
            templatesPath.isEmpty() ? TemplateLibrary::defaultPath() : templatesPath);
        !e.isEmpty())
        say(tr("Your command templates could not be read: %1").arg(e));
    connect(m_composer, &CommandComposer::sendRequested, this, &CommandsPage::sendComposed);
    connect(m_composer, &CommandComposer::statusMessage, this, &CommandsPage::say);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CommandsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter: state, id, template, target or operator contains…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CommandsModel::AgeColumn, Qt::DescendingOrder); // the newest first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CommandsModel::StateColumn, 95);
    m_view->setColumnWidth(CommandsModel::TemplateColumn, 75);
    m_view->setColumnWidth(CommandsModel::TargetColumn, 215);
    m_view->setColumnWidth(CommandsModel::OperatorColumn, 80);
    m_view->setColumnWidth(CommandsModel::AgeColumn, 55);
    m_view->setColumnWidth(CommandsModel::AckColumn, 60);
    m_view->setColumnWidth(CommandsModel::ResultColumn, 70);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommandsPage::showDetail);
    m_detail->setOpenLinks(false);

    auto *exportButton = new QPushButton(tr("Export audit trail…"), this);
    exportButton->setToolTip(tr("Every command and event of the journal, in order, with its "
                                "hash: CSV or JSON lines."));
    connect(exportButton, &QPushButton::clicked, this, &CommandsPage::exportAsked);
    auto *verify = new QPushButton(tr("Verify journal"), this);
    verify->setToolTip(tr("Recomputes the journal's hash chain: says whether an entry was "
                          "changed, removed or inserted since it was written."));
    connect(verify, &QPushButton::clicked, this, &CommandsPage::verifyJournal);
    m_resend->setToolTip(tr("The same command, with a new id, to the same target: asks as any "
                            "send does."));
    connect(m_resend, &QPushButton::clicked, this, &CommandsPage::resendCurrent);
    m_cancel->setToolTip(tr("Stop following it (CANCELLED). What was published stays "
                            "published."));
    connect(m_cancel, &QPushButton::clicked, this, &CommandsPage::cancelCurrent);
    connect(m_explore, &QPushButton::clicked, this, [this] {
        if (m_shown)
            emit topicActivated(m_shown->record.topic);
    });

    m_totals->setTextFormat(Qt::RichText);
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_totals->setFont(big);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_filter, 1);
    listBar->addWidget(exportButton);
    listBar->addWidget(verify);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_composer);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_composer->minimumSizeHint().width() + 20);
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resend);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_explore);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);
    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(listBar);
    listLayout->addWidget(m_view, 1);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(listBox);
    right->addWidget(detailBox);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 2);
    right->setSizes({230, 470});
    auto *split = new QSplitter(this);
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({460, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_totals);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    // Refreshed when a command moves (coalesced), at the engine's cadence, and each second for
    // the ages.
    auto *soon = new QTimer(this);
    soon->setSingleShot(true);
    soon->setInterval(30);
    connect(soon, &QTimer::timeout, this, &CommandsPage::refresh);
    connect(m_sender.get(), &CommandSender::event, soon, qOverload<>(&QTimer::start));
    connect(m_sender.get(), &CommandSender::problem, this,
            [this](const QString &text, bool) { say(text); });
    connect(&context->engine(), &Engine::changed, this, &CommandsPage::refresh);
    auto *ages = new QTimer(this);
    ages->setInterval(1000);
    connect(ages, &QTimer::timeout, this, &CommandsPage::refresh);
    ages->start();
    connect(&context->session(), &mqtt::Session::connected, this, &CommandsPage::resume);
    if (context->session().state() == mqtt::Session::State::Connected)
        QTimer::singleShot(0, this, &CommandsPage::resume);
    refresh();
    showDetail();
}

CommandsPage::~CommandsPage()
{
    m_sender.reset(); // unregisters its tracker from the context's engine
}

void CommandsPage::setProduction(bool production, const QString &connectionName)
{
    m_production = production;
    m_connectionName = connectionName;
}

void CommandsPage::say(const QString &text)
{
    m_status->setText(text);
    emit statusMessage(text);
}

void CommandsPage::resume()
{
    if (m_resumed)
        return;
    m_resumed = true;
    // Nothing to follow again in a journal that does not exist: connecting must not create one.
    if (!QFileInfo::exists(m_journalPath))
        return;
    QString error;
    const CommandSender::Resumed r = m_sender->resumeUnfinished(&error);
    if (!error.isEmpty()) {
        say(tr("The command journal could not be read: %1").arg(error));
        return;
    }
    if (!r.following.isEmpty() || !r.unknown.isEmpty())
        say(tr("From the journal: %1 unfinished command(s) followed again, %2 marked UNKNOWN "
               "(their timeouts passed while MQTT Deck was not following them).")
                .arg(r.following.size())
                .arg(r.unknown.size()));
    // The earlier commands of this broker too, so that the list is the journal's, not this
    // session's only.
    if (m_sender->loadHistory(&error) < 0)
        say(tr("The command journal could not be read: %1").arg(error));
    refresh();
}

void CommandsPage::composeFor(const QStringList &targets)
{
    m_composer->setTargets(targets);
    m_composer->reasonEdit()->setFocus();
    say(tr("%n target(s) from the Fleet page: choose the template, say why, then Send….", nullptr,
           int(targets.size())));
}

bool CommandsPage::confirm(const QList<CommandRequest> &requests)
{
    const CommandTemplate &t = requests.first().tmpl;
    QStringList lines;
    for (const CommandRequest &r : requests)
        lines << CommandComposer::topicOf(r);
    if (requests.size() > 1 || m_production) {
        QString text;
        if (m_production)
            text = tr("%1 is marked as production.").arg(m_connectionName) + QStringLiteral("\n\n");
        text +=
            requests.size() == 1
                ? tr("Publish the command %1 to %2 (QoS %3)?").arg(t.name, lines.first()).arg(t.qos)
                : tr("Publish the command %1 to these %n device(s) (QoS %2)?", nullptr,
                     int(requests.size()))
                      .arg(t.name)
                      .arg(t.qos);
        if (requests.size() > 1) {
            const int shown = std::min<int>(int(lines.size()), 15);
            text += QStringLiteral("\n\n• ") + lines.mid(0, shown).join(QStringLiteral("\n• "));
            if (lines.size() > shown)
                text += QStringLiteral("\n") +
                        tr("…and %n more (see the details).", nullptr, int(lines.size()) - shown);
        }
        QMessageBox box(QMessageBox::Question,
                        requests.size() > 1
                            ? tr("Send to %n devices?", nullptr, int(requests.size()))
                            : tr("Send on a production connection?"),
                        text, QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        if (requests.size() > 1)
            box.setDetailedText(lines.join(QLatin1Char('\n')));
        if (box.exec() != QMessageBox::Yes) {
            say(tr("Not sent: cancelled. Nothing was published or journaled."));
            return false;
        }
    }
    if (t.dangerous) {
        const bool one = requests.size() == 1;
        const QString expected =
            one ? CommandComposer::targetName(requests.first()) : QString::number(requests.size());
        bool ok = false;
        const QString typed =
            QInputDialog::getText(
                this, tr("%1 is a dangerous command").arg(t.name),
                one ? tr("The template %1 is marked dangerous. It will be published to %2.\n\n"
                         "Type the target's name, %3, to send it:")
                          .arg(t.name, lines.first(), expected)
                    : tr("The template %1 is marked dangerous. It will be published to %2 "
                         "devices.\n\nType their number, %2, to send it:")
                          .arg(t.name, expected),
                QLineEdit::Normal, QString(), &ok)
                .trimmed();
        if (!ok) {
            say(tr("Not sent: cancelled. Nothing was published or journaled."));
            return false;
        }
        if (typed != expected) {
            say(tr("Not sent: \"%1\" is not %2. Nothing was published or journaled.")
                    .arg(typed, expected));
            return false;
        }
    }
    return true;
}

QStringList CommandsPage::sendComposed()
{
    QString error;
    const QList<CommandRequest> requests = m_composer->compose(&error);
    if (requests.isEmpty()) {
        say(tr("Not sent: %1").arg(error));
        return {};
    }
    if (m_context->session().state() != mqtt::Session::State::Connected) {
        say(tr("Not sent: the connection is not up."));
        return {};
    }
    if (!confirm(requests))
        return {};
    m_composer->rememberOperator();
    QStringList ids, failures;
    for (const CommandRequest &r : requests) {
        bool notRecorded = false;
        QString why;
        const QString id = m_sender->send(r, &why, &notRecorded);
        if (id.isEmpty()) {
            failures << tr("%1: %2").arg(r.target.isEmpty() ? r.topic : r.target,
                                         inWindowTerms(why));
            if (notRecorded)
                break; // the journal failed: nothing more goes out
            continue;
        }
        m_requests.insert(id, r);
        ids << id;
    }
    refresh();
    if (!ids.isEmpty())
        selectCommand(ids.first());
    if (failures.isEmpty())
        say(ids.size() == 1 ? tr("Command %1 journaled and sent to %2.")
                                  .arg(ids.first(), CommandComposer::topicOf(requests.first()))
                            : tr("%n command(s) journaled and sent.", nullptr, int(ids.size())));
    else
        say(tr("%1 sent, %2 not: %3")
                .arg(ids.size())
                .arg(failures.size())
                .arg(failures.join(QStringLiteral("; "))));
    return ids;
}

void CommandsPage::refresh()
{
    const auto snap = m_sender->tracker()->snapshot();
    m_model->setSnapshot(snap, m_context->clock().nowMs());
    int done = 0, failed = 0, late = 0, waiting = 0, other = 0;
    for (const TrackedCommandPtr &c : snap->commands) {
        switch (c->state) {
        case CommandState::Done:
            ++done;
            break;
        case CommandState::Rejected:
        case CommandState::Failed:
            ++failed;
            break;
        case CommandState::Timeout:
        case CommandState::Expired:
            ++late;
            break;
        case CommandState::Cancelled:
        case CommandState::Unknown:
            ++other;
            break;
        default:
            ++waiting;
            break;
        }
    }
    QString totals =
        tr("<b>%1</b> commands &nbsp; <span style='color:#1565c0'>→ <b>%2</b> waiting</span> "
           "&nbsp; <span style='color:#2e7d32'>✓ <b>%3</b> done</span> &nbsp; "
           "<span style='color:#c62828'>✕ <b>%4</b> rejected or failed</span> &nbsp; "
           "<span style='color:#ef6c00'>◷ <b>%5</b> timed out or expired</span>")
            .arg(snap->commands.size())
            .arg(waiting)
            .arg(done)
            .arg(failed)
            .arg(late);
    if (other > 0)
        totals += QStringLiteral(" &nbsp; ") + tr("– <b>%1</b> cancelled or unknown").arg(other);
    if (snap->unmatchedAnswers > 0)
        totals += QStringLiteral(" &nbsp; ") +
                  tr("%1 repeated, late or unknown answers (recorded, ignored)")
                      .arg(snap->unmatchedAnswers);
    m_totals->setText(totals);
    showDetail();
}

bool CommandsPage::selectCommand(const QString &commandId)
{
    const int row = m_model->rowOf(commandId);
    if (row < 0)
        return false;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid())
        return false;
    m_view->setCurrentIndex(at);
    m_view->selectRow(at.row());
    showDetail();
    return true;
}

QString CommandsPage::currentCommandId() const
{
    return m_shown ? m_shown->record.commandId : QString();
}

void CommandsPage::showDetail()
{
    const TrackedCommandPtr c =
        m_model->commandAt(m_proxy->mapToSource(m_view->currentIndex()).row());
    m_resend->setEnabled(bool(c));
    m_cancel->setEnabled(c && !isFinal(c->state));
    m_explore->setEnabled(bool(c));
    if (c && c == m_shown)
        return; // unchanged: a command that moves is a new object
    if (!c) {
        m_shown.reset();
        m_detail->setHtml(
            m_model->rowCount() == 0
                ? tr("<p><b>No command yet.</b> Choose a target and a template on the left, say "
                     "why, check the preview, then <i>Send…</i>. Each command is journaled "
                     "before it is published and followed here through its answers: its "
                     "acknowledgement, its result, or its timeout.</p>")
                : tr("<p>Choose a command to see its timeline.</p>"));
        return;
    }
    const bool sameCommand = m_shown && m_shown->record.commandId == c->record.commandId;
    m_shown = c;
    const QString html = commandDetailHtml(*c);
    const int scroll = sameCommand ? m_detail->verticalScrollBar()->value() : 0;
    m_detail->setHtml(html);
    m_detail->verticalScrollBar()->setValue(scroll);
}

CommandRequest CommandsPage::requestOf(const TrackedCommand &c) const
{
    if (const auto it = m_requests.constFind(c.record.commandId); it != m_requests.cend())
        return it.value();
    // A command of an earlier run: its template as the library has it now, or its payload
    // with the old id put back as the placeholder.
    const CommandRecord &r = c.record;
    CommandRequest q;
    if (const CommandTemplate *t = m_composer->library().find(r.templateName)) {
        q.tmpl = *t;
    } else {
        q.tmpl.name = r.templateName;
        q.tmpl.command = r.name;
        q.tmpl.payload =
            QString::fromUtf8(r.payload).replace(r.commandId, QStringLiteral("{{command_id}}"));
    }
    q.tmpl.convention = r.convention;
    q.tmpl.qos = r.qos;
    q.tmpl.ttlSeconds = int(r.ttlMs / 1000);
    q.tmpl.ackTimeoutSeconds = int(r.ackTimeoutMs / 1000);
    q.tmpl.resultTimeoutSeconds = int(r.resultTimeoutMs / 1000);
    QString error;
    if (Conventions::parseTarget(r.target, &error))
        q.target = r.target;
    else
        q.topic = r.topic;
    q.reason = r.reason;
    q.operatorName = r.operatorName;
    return q;
}

QStringList CommandsPage::resendCurrent()
{
    if (!m_shown)
        return {};
    m_composer->fillFrom(requestOf(*m_shown));
    return sendComposed();
}

bool CommandsPage::cancelCurrent()
{
    if (!m_shown)
        return false;
    const QString id = m_shown->record.commandId;
    const bool ok = m_sender->cancel(
        id, tr("cancelled by %1 in the window").arg(m_composer->operatorEdit()->text().trimmed()));
    refresh();
    say(ok ? tr("%1 is no longer followed (CANCELLED); what was published stays published.").arg(id)
           : tr("%1 had already finished.").arg(id));
    return ok;
}

QString CommandsPage::exportAuditTrail(const QString &path, bool jsonLines)
{
    if (const QString e = m_sender->openJournal(); !e.isEmpty())
        return tr("The journal could not be opened: %1").arg(e);
    const storage::Result<QByteArray> trail =
        jsonLines ? m_sender->journal().exportJsonLines() : m_sender->journal().exportCsv();
    if (!trail)
        return tr("The journal could not be read: %1").arg(trail.error());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(trail.value()) < 0 || !f.commit())
        return tr("%1 could not be written: %2").arg(path, f.errorString());
    return {};
}

void CommandsPage::exportAsked()
{
    const QString csv = tr("CSV (*.csv)"), jsonl = tr("JSON lines (*.jsonl)");
    QString chosen = csv;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                                      QStringLiteral("command-journal.csv"),
                                                      csv + QStringLiteral(";;") + jsonl, &chosen);
    if (path.isEmpty())
        return;
    const bool json = chosen == jsonl || path.endsWith(QLatin1String(".jsonl"));
    const QString e = exportAuditTrail(path, json);
    say(e.isEmpty() ? tr("Audit trail written to %1.").arg(path) : e);
}

QString CommandsPage::verifyJournal()
{
    QString text;
    if (const QString e = m_sender->openJournal(); !e.isEmpty()) {
        text = tr("The journal could not be opened: %1").arg(e);
    } else if (const storage::Result<ChainReport> r = m_sender->journal().verify(); !r) {
        text = tr("The journal could not be read: %1").arg(r.error());
    } else if (r.value().intact) {
        text = tr("The journal is intact: %1 entries, each chained to the one before (last "
                  "hash %2…).")
                   .arg(r.value().entries)
                   .arg(r.value().headHash.left(16));
    } else {
        text = tr("The journal was changed after it was written: entry %1 is the first that "
                  "does not match. %2")
                   .arg(r.value().firstBadEntry)
                   .arg(r.value().problem);
    }
    say(text);
    return text;
}

} // namespace deck::ui
