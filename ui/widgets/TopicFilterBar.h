#pragma once

#include "topics/TopicSearch.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace deck::ui {

/// The explorer's search box: what to look for and how (text in the topic, an MQTT wildcard
/// filter, a regular expression, text in the last payload), and what the search found.
class TopicFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit TopicFilterBar(QWidget *parent = nullptr);

    TopicQuery query() const;
    bool isActive() const;
    void setQuery(TopicQuery::Mode mode, const QString &text);
    /// Shows what the last search found, or its error.
    void showResult(const TopicSearchResult &result, quint64 totalTopics);
    QLineEdit *edit() const { return m_edit; }

signals:
    /// The query changed (typing settles for a moment first).
    void queryChanged();

private:
    QComboBox *m_mode;
    QLineEdit *m_edit;
    QLabel *m_result;
    QTimer *m_debounce;
};

} // namespace deck::ui
