// mqttdeck: the desktop console. Accepts the CLI's connection flags and connects at start.

#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "AllocatorTuning.h"
#include "Translations.h"
#include "mqtt/ConnectionArguments.h"
#include "ingest/Engine.h"
#include "mqtt/PahoSession.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    deck::tuneAllocator();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MQTT Deck"));
    QApplication::setOrganizationName(QStringLiteral("MQTT Deck"));
    QApplication::setApplicationVersion(QStringLiteral(MQTTDECK_VERSION));
    deck::installTranslations(app);

    deck::mqtt::ParsedConnectionArguments parsed;
    QString filter;
    bool connectNow = false;
    QString screenshots;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        QString error;
        switch (deck::mqtt::ConnectionArguments::consume(args, i, parsed, &error)) {
        case deck::mqtt::ConnectionArguments::Outcome::Consumed:
            connectNow = true;
            continue;
        case deck::mqtt::ConnectionArguments::Outcome::Error:
            std::fprintf(stderr, "mqttdeck: %s\n", qPrintable(error));
            return 1;
        case deck::mqtt::ConnectionArguments::Outcome::NotMine: break;
        }
        const QString a = args.at(i);
        if ((a == QLatin1String("-t") || a == QLatin1String("--topic")) && i + 1 < args.size()) {
            filter = args.at(++i);
        } else if (a == QLatin1String("--screenshots") && i + 1 < args.size()) {
            screenshots = args.at(++i);
        } else if (a == QLatin1String("--connect")) {
            connectNow = true;
        } else if (a == QLatin1String("--help")) {
            std::printf("%s", qPrintable(QApplication::translate(
                                  "GuiMain", "Usage: mqttdeck [connection flags] [-t FILTER] "
                                             "[--connect] [--screenshots DIR]\nWith connection flags the window "
                                             "connects at start.\n\n")
                                  + deck::mqtt::ConnectionArguments::help()));
            return 0;
        } else {
            std::fprintf(stderr, "mqttdeck: %s\n",
                         qPrintable(QApplication::translate("GuiMain",
                                                            "unknown option \"%1\"; see --help")
                                        .arg(a)));
            return 1;
        }
    }
    deck::mqtt::ConnectionArguments::finish(parsed);

    deck::mqtt::PahoSession session;
    deck::Engine engine(session.messageQueue());
    engine.start();
    deck::ui::MainWindow window(&session, &engine);
    window.setConnection(parsed.options, filter, connectNow);
    window.show();
    if (!screenshots.isEmpty())
        (new deck::ui::ScreenshotTour(&window, screenshots))->start();
    return app.exec();
}
