#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <functional>
#include <memory>
#include <vector>

class QTemporaryDir;

namespace deck::ui {

class MainWindow;

/// Walks the main views of a running window and saves a PNG of each (QWidget::grab(), so it
/// works under Xvfb and offscreen), then quits: `mqttdeck --screenshots DIR`, used by
/// scripts/screenshots.sh to produce the pictures of the user guide.
///
/// The tour writes only into what it created: its saved-connections picture uses a temporary
/// profile file of its own (never the user's), and its Publish picture sends the composed
/// message only when the window is connected to `ownBroker` ("host:port"), the throw-away broker
/// scripts/screenshots.sh started; anywhere else the form is filled and left unsent. Its
/// Commands picture sends three commands under the same rule, and only when the Commands page
/// journals into a file that is not the user's (MainWindow::setCommandFiles).
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, QString directory, QString ownBroker = {},
                   int warmUpMs = 8000);
    ~ScreenshotTour() override;
    void start();
    /// Whether the Publish step sent its message (only to the tour's own broker).
    bool published() const { return m_published; }
    /// The commands the Commands step sent (only to the tour's own broker, journaled in a
    /// temporary file).
    QStringList commandsSent() const { return m_commandsSent; }

private:
    struct Step
    {
        QString file;
        QString caption;
        std::function<void()> prepare;
        std::function<QWidget *()> target = {}; ///< what to photograph; the window when empty
        int settleMs = 0; ///< how long before the picture; 0: the usual
    };
    void next();
    bool ownBroker() const;
    void sendExampleCommands();

    MainWindow *m_window;
    QString m_directory;
    int m_warmUpMs;
    std::vector<Step> m_steps;
    size_t m_next = 0;
    QPointer<QWidget> m_dialog;
    QString m_ownBroker;
    bool m_published = false;
    QStringList m_commandsSent;
    std::unique_ptr<QTemporaryDir> m_profilesDir;
    std::unique_ptr<profiles::ProfileStore> m_profiles; ///< the tour's own, in m_profilesDir
    profiles::SecretStore m_secrets{
        QStringLiteral("MQTT Deck screenshot tour")}; ///< not the user's
};

} // namespace deck::ui
