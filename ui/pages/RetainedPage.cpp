#include "RetainedPage.h"

#include "models/RetainedModel.h"
#include "mqtt/RetainedClearer.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace deck::ui {

namespace {
/// Rows under the typed subtree (topic starts with it) and, when asked, only flagged ones.
class RetainedFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString prefix;
    bool onlyFlagged = false;
    void apply()
    {
        invalidateFilter(); // Qt 6.4: no beginFilterChange() yet
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, RetainedModel::TopicColumn, parent);
        if (onlyFlagged && !i.data(RetainedModel::FlaggedRole).toBool())
            return false;
        return prefix.isEmpty() || i.data().toString().startsWith(prefix);
    }
};
} // namespace

RetainedPage::RetainedPage(Engine *engine, mqtt::Session *session,
                           std::shared_ptr<fleet::RetainedBoard> board, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_session(session), m_board(std::move(board)),
      m_model(new RetainedModel(this)), m_proxy(new RetainedFilter(this)),
      m_view(new QTableView(this)), m_summary(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_onlyFlagged(new QCheckBox(tr("Only anti-patterns"), this)),
      m_clear(new QPushButton(tr("Clear selected…"), this)), m_large(new QSpinBox(this))
{
    m_large->setRange(1, 1024 * 1024);
    m_large->setSuffix(tr(" KiB"));
    m_large->setPrefix(tr("Large above "));
    m_large->setValue(int(qBound(qint64(1), (m_board->largeBytes() + 1023) / 1024, qint64(1024 * 1024))));
    m_large->setToolTip(tr("A retained value larger than this is flagged \"large\": every "
                           "reconnecting subscriber receives it again."));
    m_large->setKeyboardTracking(false); // one change when the typing is done, not per digit
    connect(m_large, &QSpinBox::valueChanged, this, [this](int kib) {
        const qint64 bytes = qint64(kib) * 1024;
        m_board->setLargeBytes(bytes);
        emit largeBytesChanged(bytes);
    });
    auto *filter = static_cast<RetainedFilter *>(m_proxy);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RetainedModel::SortRole);
    m_filter->setPlaceholderText(tr("Subtree: topics starting with… (e.g. prod/acme/)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [filter](const QString &text) {
        filter->prefix = text;
        filter->apply();
    });
    connect(m_onlyFlagged, &QCheckBox::toggled, this, [filter](bool on) {
        filter->onlyFlagged = on;
        filter->apply();
    });
    m_clear->setToolTip(tr("Publish an empty retained message to each selected topic, after "
                           "asking; what was cleared is recorded in the journal."));
    connect(m_clear, &QPushButton::clicked, this, &RetainedPage::clearSelected);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RetainedModel::TopicColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RetainedModel::TopicColumn, 380);
    m_view->setColumnWidth(RetainedModel::FlagsColumn, 300);
    m_view->setColumnWidth(RetainedModel::SizeColumn, 80);
    m_view->setColumnWidth(RetainedModel::QosColumn, 45);
    m_view->setColumnWidth(RetainedModel::PreviewColumn, 260);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_filter, 1);
    top->addWidget(m_onlyFlagged);
    top->addWidget(m_large);
    top->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(engine, &Engine::changed, this, &RetainedPage::refresh);
    refresh();
}

void RetainedPage::refresh()
{
    const auto snap = m_board->snapshot();
    if (snap->generation == m_shown)
        return;
    m_shown = snap->generation;
    m_model->setSnapshot(snap);
    int flagged = 0;
    for (const auto &e : snap->entries)
        flagged += e->flags.isEmpty() ? 0 : 1;
    QString text = tr("%n retained value(s)", nullptr, int(snap->entries.size()));
    if (flagged > 0)
        text += QStringLiteral(", ") + tr("%n with an anti-pattern", nullptr, flagged);
    if (snap->dropped > 0)
        text += QStringLiteral(" ") + tr("(%1 more not listed)").arg(snap->dropped);
    m_summary->setText(text);
}

bool RetainedPage::clearSelected()
{
    QStringList topics;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows(RetainedModel::TopicColumn))
        topics << i.data().toString();
    topics.sort();
    if (topics.isEmpty()) {
        emit statusMessage(tr("Select the retained values to clear first."));
        return false;
    }
    auto *clearer = new mqtt::RetainedClearer(m_session, {}, this);
    const QString list = topics.size() <= 10
                             ? topics.join(QStringLiteral("\n"))
                             : topics.mid(0, 10).join(QStringLiteral("\n")) +
                                   QStringLiteral("\n") + tr("… and %1 more").arg(topics.size() - 10);
    if (QMessageBox::question(
            this, tr("Clear retained values"),
            tr("Clear the retained value of %n topic(s)?\n\n%1\n\nThe broker will stop sending "
               "them to new subscribers. A record is kept in %2.",
               nullptr, int(topics.size()))
                .arg(list, clearer->journalPath()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        clearer->deleteLater();
        return false;
    }
    connect(clearer, &mqtt::RetainedClearer::finished, this,
            [this, clearer](const QStringList &cleared, const QStringList &failures,
                            const QString &journalError) {
                m_engine->markRetainedCleared(cleared);
                QString outcome =
                    failures.isEmpty()
                        ? tr("Cleared %n retained value(s).", nullptr, int(cleared.size()))
                        : tr("Cleared %1 retained values; %2 failed: %3")
                              .arg(cleared.size())
                              .arg(failures.size())
                              .arg(failures.first());
                if (!journalError.isEmpty())
                    outcome += QLatin1Char(' ') + journalError;
                emit statusMessage(outcome);
                clearer->deleteLater();
            });
    if (const QString error = clearer->start(topics); !error.isEmpty()) {
        emit statusMessage(error);
        clearer->deleteLater();
        return false;
    }
    return true;
}

} // namespace deck::ui
