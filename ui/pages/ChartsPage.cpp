#include "ChartsPage.h"

#include "payload/BinaryDecoders.h"
#include "payload/FieldPath.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

#include <cmath>

namespace deck::ui {

std::optional<QPointF> nearestSample(const QList<QPointF> &points, double x)
{
    if (points.isEmpty())
        return std::nullopt;
    // Points are in time order: the first at or after x, or the one before it.
    const auto after = std::lower_bound(points.cbegin(), points.cend(), x,
                                        [](const QPointF &p, double v) { return p.x() < v; });
    if (after == points.cbegin())
        return *after;
    if (after == points.cend())
        return points.last();
    const auto before = after - 1;
    return (x - before->x() <= after->x() - x) ? *before : *after;
}

namespace {
// The last three levels of the topic and the field: enough to tell lines apart in a legend.
QString shortLabel(const QString &topic, const QString &pointer)
{
    const QStringList levels = topic.split(u'/');
    QString text = levels.mid(qMax(0, int(levels.size()) - 3)).join(u'/');
    if (levels.size() > 3)
        text.prepend(QStringLiteral("…/"));
    return pointer.isEmpty() ? text : text + QLatin1Char(' ') + pointer;
}
} // namespace

ChartsPage::ChartsPage(Engine *engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_recorder(engine), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_time(new QCategoryAxis(this)), m_values(new QValueAxis(this)),
      m_list(new QListWidget(this)), m_window(new QComboBox(this)),
      m_pause(new QPushButton(tr("Pause"), this)), m_hover(new QLabel(this))
{
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    // Clock-time labels placed by hand on a category axis: QDateTimeAxis of Qt 6.4 draws no
    // labels nor grid here. Labels are not truncated (Qt Charts elides them to "…" otherwise).
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_time->setTruncateLabels(false);
    m_values->setTruncateLabels(false);
    m_values->setLabelFormat(QStringLiteral("%.6g"));
    m_time->setTitleText(tr("Received"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTitle(tr("Pick a field in the payload inspector's JSON tree and press Plot."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_window->addItem(tr("Last minute"), 60);
    m_window->addItem(tr("Last 5 minutes"), 300);
    m_window->addItem(tr("Last 15 minutes"), 900);
    m_window->addItem(tr("Last hour"), 3600);
    m_window->setCurrentIndex(0);
    connect(m_window, &QComboBox::currentIndexChanged, this, &ChartsPage::redraw);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze the picture; values keep being recorded and appear on resume."));
    connect(m_pause, &QPushButton::toggled, this, &ChartsPage::setPaused);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, &ChartsPage::removeSelected);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export series as CSV"),
                                         QStringLiteral("series.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty())
            emit statusMessage(exportCsv(path, &error) ? tr("Saved %1.").arg(path) : error);
    });
    auto *png = new QPushButton(tr("Export PNG…"), this);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart as PNG"), QStringLiteral("chart.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            emit statusMessage(exportPng(path) ? tr("Saved %1.").arg(path)
                                               : tr("Could not write %1.").arg(path));
    });
    m_hover->setText(tr("Hover a line to read its values."));
    m_list->setWordWrap(true);
    m_list->setMinimumWidth(260);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_window);
    bar->addWidget(m_pause);
    bar->addWidget(m_hover, 1);
    bar->addWidget(csv);
    bar->addWidget(png);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Plotted fields"), this));
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(remove);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    connect(engine, &Engine::changed, this, &ChartsPage::poll);
}

bool ChartsPage::addSeries(const QString &topic, const QString &pointer, QString *error)
{
    // Only plot what is a number: a user clicking "Plot" on a string field learns at once. The
    // whole history is considered (a field that is null or missing in the last message but
    // numeric before is worth plotting); the refusal says what the history held.
    const std::vector<StoredMessage> history = m_engine->read([&](const TopicTree &t) {
        const NodeId node = t.findTopic(topic);
        std::vector<StoredMessage> h =
            node == kNoNode ? std::vector<StoredMessage>() : t.history(node);
        if (h.empty() && node != kNoNode)
            h.push_back(t.lastMessage(node));
        return h;
    });
    const bool numeric = std::any_of(history.cbegin(), history.cend(), [&](const StoredMessage &m) {
        return payload::numberAt(payload::structuredValue(m.payload, topic), pointer).has_value();
    });
    if (!numeric) {
        if (error)
            *error = pointer.isEmpty()
                         ? tr("The payload of %1 is not a number in any of its last %n message(s); "
                              "pick a numeric field in the JSON tree.",
                              nullptr, int(history.size()))
                               .arg(topic)
                         : tr("%1 in %2 is not a number in any of its last %n message(s).", nullptr,
                              int(history.size()))
                               .arg(pointer, topic);
        return false;
    }
    if (!m_recorder.add(topic, pointer, error))
        return false;
    auto *series = new QLineSeries(this);
    series->setName(shortLabel(topic, pointer));
    series->setPointsVisible(true);
    m_chart->addSeries(series);
    series->attachAxis(m_time);
    series->attachAxis(m_values);
    connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &p, bool state) {
        // The line is hovered anywhere between two samples: show the recorded sample nearest in
        // time, never a point interpolated on the segment.
        if (!state)
            return;
        const auto sample = nearestSample(series->points(), p.x());
        if (!sample)
            return;
        m_hover->setText(
            QStringLiteral("%1 — %2: %3")
                .arg(series->name(), QDateTime::fromMSecsSinceEpoch(qint64(sample->x()))
                                         .toString(QStringLiteral("HH:mm:ss.zzz")))
                .arg(sample->y(), 0, 'g', 15));
    });
    m_chart->setTitle({});
    rebuildList();
    // The current value is the first point.
    m_recorder.poll();
    redraw();
    return true;
}

void ChartsPage::setPaused(bool paused)
{
    m_paused = paused;
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        redraw();
}

void ChartsPage::poll()
{
    if (m_recorder.series().empty())
        return;
    m_recorder.poll();
    if (!m_paused)
        redraw();
}

void ChartsPage::redraw()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = now - qint64(m_window->currentData().toInt()) * 1000;
    double low = INFINITY, high = -INFINITY;
    const auto all = m_chart->series();
    for (size_t i = 0; i < m_recorder.series().size() && int(i) < all.size(); ++i) {
        QList<QPointF> points;
        for (const auto &[ms, v] : m_recorder.series()[i].points)
            if (ms >= from) {
                points.append(QPointF(double(ms), v));
                low = std::min(low, v);
                high = std::max(high, v);
            }
        static_cast<QLineSeries *>(all[qsizetype(i)])->replace(points);
    }
    for (const QString &label : m_time->categoriesLabels())
        m_time->remove(label);
    constexpr int kTimeTicks = 6;
    for (int k = 0; k <= kTimeTicks; ++k) {
        const qint64 at = from + (now - from) * k / kTimeTicks;
        m_time->append(QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("HH:mm:ss")),
                       double(at));
    }
    m_time->setStartValue(double(from));
    m_time->setRange(double(from), double(now));
    if (low <= high) {
        const double margin =
            low == high ? std::max(1.0, std::abs(low) * 0.1) : (high - low) * 0.08;
        m_values->setRange(low - margin, high + margin);
        m_values->applyNiceNumbers();
    }
    // Qt Charts sizes the axis labels when the chart is laid out; a chart laid out while its
    // page was hidden (zero size) keeps elided labels ("…") until told to lay out again.
    if (isVisible())
        m_chart->layout()->invalidate();
    for (int i = 0; i < m_list->count() && size_t(i) < m_recorder.series().size(); ++i) {
        const PlotSeries &s = m_recorder.series()[size_t(i)];
        QString text = tr("%1 — %n point(s)", nullptr, int(s.points.size()))
                           .arg(shortLabel(s.topic, s.pointer));
        if (s.skipped > 0)
            text += QStringLiteral("\n") + tr("%1 messages without a number there").arg(s.skipped);
        m_list->item(i)->setText(text);
    }
}

void ChartsPage::rebuildList()
{
    m_list->clear();
    for (const PlotSeries &s : m_recorder.series()) {
        auto *item = new QListWidgetItem(shortLabel(s.topic, s.pointer), m_list);
        item->setToolTip(s.label());
    }
}

void ChartsPage::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QAbstractSeries *series = m_chart->series().value(row);
    m_chart->removeSeries(series);
    delete series;
    m_recorder.remove(row);
    rebuildList();
    redraw();
}

bool ChartsPage::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    const QByteArray csv = m_recorder.toCsv();
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(csv) == csv.size())
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

bool ChartsPage::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

} // namespace deck::ui
