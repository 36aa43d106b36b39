#include "TracePage.h"

#include "models/TraceModel.h"
#include "mqtt/packet/PacketJson.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QFontDatabase>
#include <QLocale>
#include <QScrollBar>
#include <QVBoxLayout>

namespace deck::ui {

namespace {
/// Type, topic/filter text and packet id, all at once.
class TraceFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString type; // empty: any
    QString text;
    int id = -1;
    void apply() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (!type.isEmpty() && i.data(TraceModel::TypeRole).toString() != type)
            return false;
        if (id >= 0 && i.data(TraceModel::IdRole).toInt() != id)
            return false;
        return text.isEmpty() ||
               i.data(TraceModel::TextRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

/// Offset, hex and text columns, 16 bytes a line: what support engineers compare with a capture.
QString hexDump(const QByteArray &bytes)
{
    QString out;
    for (qsizetype at = 0; at < bytes.size(); at += 16) {
        const QByteArray line = bytes.mid(at, 16);
        QString hex, text;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i < line.size()) {
                hex += QStringLiteral("%1 ").arg(quint8(line[i]), 2, 16, QLatin1Char('0'));
                const char c = line[i];
                text += c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : QChar(u'.');
            } else {
                hex += QStringLiteral("   ");
            }
            if (i == 7)
                hex += QLatin1Char(' ');
        }
        out += QStringLiteral("%1  %2 %3\n").arg(at, 6, 16, QLatin1Char('0')).arg(hex, text);
    }
    return out;
}
} // namespace

TracePage::TracePage(ConnectionContext *context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new TraceModel(this)),
      m_proxy(new TraceFilter(this)), m_view(new QTableView(this)), m_type(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_id(new QLineEdit(this)), m_detail(new QTextBrowser(this)),
      m_summary(new QLabel(this)), m_record(new QPushButton(tr("Record packets (reconnects)"), this)),
      m_export(new QPushButton(tr("Export…"), this)), m_clear(new QPushButton(tr("Clear"), this))
{
    auto *filter = static_cast<TraceFilter *>(m_proxy);
    m_proxy->setSourceModel(m_model);
    m_type->addItem(tr("every packet"), QString());
    for (const char *t : {"CONNECT", "CONNACK", "PUBLISH", "PUBACK", "PUBREC", "PUBREL", "PUBCOMP",
                          "SUBSCRIBE", "SUBACK", "UNSUBSCRIBE", "UNSUBACK", "PINGREQ", "PINGRESP",
                          "DISCONNECT", "AUTH"})
        m_type->addItem(QString::fromLatin1(t), QString::fromLatin1(t));
    m_type->addItem(tr("malformed"), tr("MALFORMED"));
    m_type->addItem(tr("connection closed"), tr("CLOSED"));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, filter] {
        filter->type = m_type->currentData().toString();
        filter->apply();
    });
    m_text->setPlaceholderText(tr("Topic or filter contains…"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, [filter](const QString &t) {
        filter->text = t.trimmed();
        filter->apply();
    });
    m_id->setPlaceholderText(tr("Packet id"));
    m_id->setMaximumWidth(110);
    m_id->setClearButtonEnabled(true);
    connect(m_id, &QLineEdit::textChanged, this, [filter](const QString &t) {
        bool ok = false;
        const int id = t.trimmed().toInt(&ok);
        filter->id = ok ? id : -1;
        filter->apply();
    });
    m_record->setToolTip(tr("Open this connection again through a relay that records every "
                            "packet both ways (the topic tree and the feed start afresh). Off, "
                            "the trace costs nothing."));
    connect(m_record, &QPushButton::clicked, this, &TracePage::recordRequested);
    connect(m_export, &QPushButton::clicked, this, &TracePage::exportToFile);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_model->clear();
        updateSummary();
    });

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(TraceModel::TimeColumn, 95);
    m_view->setColumnWidth(TraceModel::DirectionColumn, 70);
    m_view->setColumnWidth(TraceModel::TypeColumn, 110);
    m_view->setColumnWidth(TraceModel::IdColumn, 50);
    m_view->setColumnWidth(TraceModel::TopicColumn, 260);
    m_view->setColumnWidth(TraceModel::QosColumn, 40);
    m_view->setColumnWidth(TraceModel::FlagsColumn, 80);
    m_view->setColumnWidth(TraceModel::ReasonColumn, 170);
    m_view->setColumnWidth(TraceModel::SizeColumn, 55);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracePage::showDetail);
    // Double-click: go to the packet it pairs with (the answer, or the request it answers).
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        const int other = m_model->pairedRow(m_proxy->mapToSource(i).row());
        const QModelIndex there = m_proxy->mapFromSource(m_model->index(other, 0));
        if (there.isValid())
            m_view->setCurrentIndex(there);
    });
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setLineWrapMode(QTextEdit::NoWrap);
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_type);
    top->addWidget(m_text, 1);
    top->addWidget(m_id);
    top->addWidget(m_record);
    top->addWidget(m_export);
    top->addWidget(m_clear);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    const bool recording = m_context->trace() != nullptr;
    m_record->setVisible(!recording);
    m_export->setEnabled(recording);
    if (recording) {
        connect(&m_poll, &QTimer::timeout, this, &TracePage::poll);
        m_poll.start(250);
    }
    showDetail();
    updateSummary();
}

void TracePage::poll()
{
    if (!m_context->trace())
        return;
    std::vector<mqtt::trace::TraceEvent> events = m_context->trace()->take();
    if (events.empty())
        return;
    const bool atEnd = m_view->verticalScrollBar() == nullptr ||
                       m_view->verticalScrollBar()->value() ==
                           m_view->verticalScrollBar()->maximum();
    m_model->append(std::move(events));
    if (atEnd)
        m_view->scrollToBottom();
    updateSummary();
}

void TracePage::updateSummary()
{
    const auto trace = m_context->trace();
    if (!trace) {
        m_summary->setText(tr("Packet recording is off for this connection: it costs nothing "
                              "then. “Record packets” opens the connection again through a "
                              "recording relay (TCP, TLS, WebSockets)."));
        return;
    }
    const quint64 discarded = trace->discarded() + m_model->droppedRows();
    m_summary->setText(
        tr("%n packet(s) recorded", nullptr, int(trace->total())) +
        (discarded ? tr(" — %n let go (the trace keeps the newest %1)", nullptr, int(discarded))
                         .arg(QLocale().toString(qulonglong(trace->capacity())))
                   : QString()));
}

void TracePage::showDetail()
{
    const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
    const mqtt::trace::TraceEvent *e = m_model->eventAt(row);
    if (!e) {
        m_detail->setPlainText(m_context->trace()
                                   ? tr("Choose a packet to see its decoded fields and its bytes. "
                                        "Double-click one to go to its answer, or to the "
                                        "request it answers.")
                                   : QString());
        return;
    }
    QString text = QString::fromUtf8(
        QJsonDocument(mqtt::trace::traceEventToJson(*e)).toJson(QJsonDocument::Indented));
    if (const qint64 us = m_model->answerMicros(row); us >= 0)
        text.prepend(tr("Paired with the packet in row %1, %2 ms apart.\n\n")
                         .arg(m_model->pairedRow(row) + 1)
                         .arg(us / 1000.0, 0, 'f', 1));
    if (!e->decoded.bytes.isEmpty())
        text += QLatin1Char('\n') + tr("Bytes (%n, secrets masked):", nullptr,
                                       int(e->decoded.bytes.size())) +
                QLatin1Char('\n') + hexDump(e->decoded.bytes);
    m_detail->setPlainText(text);
}

QByteArray TracePage::exportLines() const
{
    QByteArray out;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        if (const auto *e = m_model->eventAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()))
            out += QJsonDocument(mqtt::trace::traceEventToJson(*e)).toJson(QJsonDocument::Compact) +
                   '\n';
    return out;
}

void TracePage::exportToFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the packet trace"),
                                                      QStringLiteral("trace.jsonl"),
                                                      tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(exportLines()) < 0 || !f.commit())
        emit statusMessage(tr("Could not write %1: %2").arg(path, f.errorString()));
    else
        emit statusMessage(tr("%n packet(s) written to %1.", nullptr, m_proxy->rowCount()).arg(path));
}

} // namespace deck::ui
