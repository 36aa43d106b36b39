#include "ConnectionList.h"

#include "ConnectionView.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace deck::ui {

namespace {

constexpr int kViewRole = Qt::UserRole + 1;

ConnectionView *viewOf(const QListWidgetItem *item)
{
    return item ? static_cast<ConnectionView *>(item->data(kViewRole).value<void *>()) : nullptr;
}

/// The profile's colour as a swatch, and a red border when it is a production connection.
QIcon swatch(const QString &colour, bool production)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor fill = QColor::isValidColorName(colour) ? QColor(colour) : QColor(Qt::lightGray);
    p.setBrush(fill);
    p.setPen(production ? QPen(QColor(0xc6, 0x28, 0x28), 3) : QPen(fill.darker(130), 1));
    p.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pm);
}

} // namespace

ConnectionList::ConnectionList(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)),
      m_new(new QPushButton(tr("New connection"), this)),
      m_close(new QPushButton(tr("Close connection"), this))
{
    m_list->setObjectName(QStringLiteral("connections"));
    m_list->setIconSize(QSize(16, 16));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_new->setToolTip(tr("Open another connection beside this one (Ctrl+N)."));
    m_close->setToolTip(tr("Disconnect and close the chosen connection (Ctrl+W)."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout; // stacked: both names stay whole in French too
    buttons->addWidget(m_new);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { emit currentChanged(viewOf(item)); });
    connect(m_new, &QPushButton::clicked, this, &ConnectionList::newRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (ConnectionView *v = current())
            emit closeRequested(v);
    });
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &ConnectionList::refresh);
    timer->start(1000);
    setMinimumWidth(200);
}

void ConnectionList::add(ConnectionView *view)
{
    auto *item = new QListWidgetItem(m_list);
    item->setData(kViewRole, QVariant::fromValue(static_cast<void *>(view)));
    refreshRow(m_list->row(item));
    connect(view, &ConnectionView::titleChanged, this, &ConnectionList::refresh);
}

void ConnectionList::remove(ConnectionView *view)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (viewOf(m_list->item(i)) == view) {
            delete m_list->takeItem(i);
            return;
        }
}

void ConnectionList::select(ConnectionView *view)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (viewOf(m_list->item(i)) == view)
            m_list->setCurrentRow(i);
}

ConnectionView *ConnectionList::current() const
{
    return viewOf(m_list->currentItem());
}

int ConnectionList::count() const
{
    return m_list->count();
}

QString ConnectionList::rowText(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

void ConnectionList::refresh()
{
    for (int i = 0; i < m_list->count(); ++i)
        refreshRow(i);
}

void ConnectionList::refreshRow(int row)
{
    QListWidgetItem *item = m_list->item(row);
    ConnectionView *view = viewOf(item);
    if (!view)
        return;
    ConnectionContext *c = view->context();
    const ConnectionSettings &s = c->settings();
    const mqtt::Session::State state = c->session().state();
    QString stateText = mqtt::Session::stateName(state);
    if (state == mqtt::Session::State::Connected)
        stateText += QStringLiteral(" · ") + tr("%1 msg/s").arg(
                         c->engine().counters().appliedPerSecond, 0, 'f', 0);
    QString first = view->title();
    if (s.production)
        first = tr("PROD") + QStringLiteral(" · ") + first; // words too, never colour alone
    item->setText(first + QLatin1Char('\n') + stateText);
    item->setIcon(swatch(s.colour, s.production));
    item->setToolTip(c->session().state() == mqtt::Session::State::Disconnected && !view->isUnused()
                         ? tr("%1 — not connected").arg(c->brokerKey())
                         : c->brokerKey());
    if (s.production)
        item->setForeground(QColor(0xc6, 0x28, 0x28));
    else
        item->setData(Qt::ForegroundRole, QVariant());
}

} // namespace deck::ui
