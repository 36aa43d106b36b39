#include "TopicFilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

namespace deck::ui {

TopicFilterBar::TopicFilterBar(QWidget *parent)
    : QWidget(parent), m_mode(new QComboBox(this)), m_edit(new QLineEdit(this)),
      m_result(new QLabel(this)), m_debounce(new QTimer(this))
{
    m_mode->addItem(tr("Topic contains"), int(TopicQuery::Mode::TopicText));
    m_mode->addItem(tr("MQTT filter (+ #)"), int(TopicQuery::Mode::Filter));
    m_mode->addItem(tr("Regular expression"), int(TopicQuery::Mode::Regex));
    m_mode->addItem(tr("Payload contains"), int(TopicQuery::Mode::PayloadText));
    m_edit->setPlaceholderText(tr("Search topics (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_result->setMinimumWidth(220);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &TopicFilterBar::queryChanged);
    connect(m_edit, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_edit->setPlaceholderText(m_mode->currentData().toInt() == int(TopicQuery::Mode::Filter)
                                       ? tr("e.g. prod/+/+/+/+/status")
                                       : tr("Search topics (Ctrl+F)"));
        emit queryChanged();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_result);
}

TopicQuery TopicFilterBar::query() const
{
    TopicQuery q;
    q.mode = TopicQuery::Mode(m_mode->currentData().toInt());
    q.text = m_edit->text();
    q.limit = 5000;
    return q;
}

bool TopicFilterBar::isActive() const
{
    return !m_edit->text().isEmpty();
}

void TopicFilterBar::setQuery(TopicQuery::Mode mode, const QString &text)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_edit->setText(text);
    m_debounce->stop();
    emit queryChanged();
}

void TopicFilterBar::showResult(const TopicSearchResult &result, quint64 totalTopics)
{
    if (!isActive()) {
        m_result->clear();
        return;
    }
    if (!result.error.isEmpty()) {
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_result->setText(result.error);
        return;
    }
    m_result->setStyleSheet({});
    const QLocale locale;
    m_result->setText(result.truncated
                          ? tr("first %1 matches shown (of %2 topics)")
                                .arg(locale.toString(qulonglong(result.matches.size())),
                                     locale.toString(totalTopics))
                          : tr("%1 matching topics (of %2)")
                                .arg(locale.toString(qulonglong(result.matches.size())),
                                     locale.toString(totalTopics)));
}

} // namespace deck::ui
