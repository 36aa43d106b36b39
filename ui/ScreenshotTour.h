#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

namespace deck::ui {

class MainWindow;

/// Walks the main views of a running window and saves a PNG of each (QWidget::grab(), so it
/// works under Xvfb and offscreen), then quits: `mqttdeck --screenshots DIR`, used by
/// scripts/screenshots.sh to produce the pictures of the user guide.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString directory, int warmUpMs = 8000);
    void start();

private:
    struct Step
    {
        QString file;
        QString caption;
        std::function<void()> prepare;
        std::function<QWidget *()> target = {}; ///< what to photograph; the window when empty
    };
    void next();

    MainWindow *m_window;
    QString m_directory;
    int m_warmUpMs;
    std::vector<Step> m_steps;
    size_t m_next = 0;
    QPointer<QWidget> m_dialog;
};

} // namespace deck::ui
