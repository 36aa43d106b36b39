#pragma once

#include <QWidget>

class QLineEdit;

namespace deck::ui {

/// A path with a "Browse…" button (certificates, keys).
class FileField : public QWidget
{
    Q_OBJECT
public:
    FileField(const QString &dialogTitle, const QString &filter, QWidget *parent = nullptr);
    QString path() const;
    void setPath(const QString &path);

signals:
    void changed();

private:
    QLineEdit *m_edit;
};

} // namespace deck::ui
