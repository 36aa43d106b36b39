// mqttdeck: the desktop console. Accepts the CLI's connection flags and connects at start.

#include "AllocatorTuning.h"
#include "BuildInfo.h"
#include "MainWindow.h"
#include "RunCheck.h"
#include "ScreenshotTour.h"
#include "Translations.h"
#include "connection/ConnectionManager.h"
#include "widgets/ConnectionList.h"
#include "mqtt/ConnectionArguments.h"
#include "platform/RuntimeDir.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"
#include "storage/Journal.h"

#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <optional>

int main(int argc, char *argv[])
{
    deck::tuneAllocator();
    deck::platform::ensureRuntimeDir(); // no Qt warning above --help
    for (int i = 1; i < argc; ++i) {    // --help and --version must work without a display
        if (std::strcmp(argv[i], "--help") == 0)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (std::strcmp(argv[i], "--version") == 0) {
            std::fputs(qPrintable(deck::BuildInfo::text(QStringLiteral("mqttdeck"))), stdout);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MQTT Deck"));
    QApplication::setOrganizationName(QStringLiteral("MQTT Deck"));
    QApplication::setApplicationVersion(QStringLiteral(MQTTDECK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("mqttdeck")); // Wayland: our .desktop
    deck::installTranslations(app);

    deck::mqtt::ParsedConnectionArguments parsed;
    QString filter;
    bool connectNow = false;
    QString screenshots;
    QString journalPath; // --journal FILE: the command journal (default: the user's)
    QString checkFile;
    QString tourBroker; // --screenshots-own-broker HOST:PORT (scripts/screenshots.sh)
    deck::ui::RunCheck::Expectation checkExpect;
    QStringList profileNames; // --profile, repeatable: one connection each
    QStringList urls;         // mqttdeck mqtt://host/topic ...: one connection each
    QString profilesPath = deck::profiles::ProfileStore::defaultPath();
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
        case deck::mqtt::ConnectionArguments::Outcome::NotMine:
            break;
        }
        const QString a = args.at(i);
        if ((a == QLatin1String("-t") || a == QLatin1String("--topic")) && i + 1 < args.size()) {
            filter = args.at(++i);
        } else if (a == QLatin1String("--profile") && i + 1 < args.size()) {
            profileNames << args.at(++i);
        } else if (!a.startsWith(QLatin1Char('-')) && a.contains(QLatin1String("://"))) {
            urls << a;
        } else if (a == QLatin1String("--profiles-file") && i + 1 < args.size()) {
            profilesPath = args.at(++i);
        } else if (a == QLatin1String("--journal") && i + 1 < args.size()) {
            journalPath = args.at(++i);
        } else if (a == QLatin1String("--screenshots") && i + 1 < args.size()) {
            screenshots = args.at(++i);
        } else if (a == QLatin1String("--screenshots-own-broker") && i + 1 < args.size()) {
            tourBroker = args.at(++i);
        } else if (a == QLatin1String("--check") && i + 1 < args.size()) {
            checkFile = args.at(++i);
        } else if ((a == QLatin1String("--check-devices") ||
                    a == QLatin1String("--check-timeout")) &&
                   i + 1 < args.size()) {
            bool ok = false;
            const int n = args.at(++i).toInt(&ok);
            if (!ok || n < 1) {
                std::fprintf(stderr, "mqttdeck: %s\n",
                             qPrintable(QApplication::translate(
                                            "GuiMain", "%1 needs a whole number of at least 1, "
                                                       "not \"%2\"")
                                            .arg(a, args.at(i))));
                return 1;
            }
            (a == QLatin1String("--check-devices") ? checkExpect.devices
                                                   : checkExpect.timeoutSeconds) = n;
        } else if (a == QLatin1String("--connect")) {
            connectNow = true;
        } else if (a == QLatin1String("--help")) {
            std::printf(
                "%s",
                qPrintable(
                    QApplication::translate(
                        "GuiMain",
                        "Usage: mqttdeck [connection flags] [-t FILTER] "
                        "[--connect] [--profile NAME]... [URL]... [--profiles-file PATH]\n"
                        "                [--journal FILE]\n"
                        "                [--screenshots DIR [--screenshots-own-broker HOST:PORT]]\n"
                        "       mqttdeck --version\n"
                        "With connection flags or --profile the window connects at start. Each "
                        "--profile and each URL (mqtt://, mqtts://, ws://, wss://, as -L takes "
                        "them) opens a connection of its own, side by side.\n"
                        "Saved connections live in %1; commands are journaled in %2 unless "
                        "--journal names another file.\n"
                        "The language follows the system; MQTTDECK_LANG=fr or MQTTDECK_LANG=en "
                        "chooses it.\n"
                        "--check FILE [--check-devices N] [--check-timeout S]: wait until the "
                        "window is connected and shows the live status of N devices (default 1), "
                        "save a picture of it to FILE and exit 0; exit 1 after S seconds "
                        "(default 60) saying what was missing (used by scripts/run.sh "
                        "--check).\n\n")
                        .arg(deck::profiles::ProfileStore::defaultPath(),
                             deck::storage::Journal::defaultPath()) +
                    deck::mqtt::ConnectionArguments::help()));
            return 0;
        } else {
            std::fprintf(
                stderr, "mqttdeck: %s\n",
                qPrintable(QApplication::translate("GuiMain", "unknown option \"%1\"; see --help")
                               .arg(a)));
            return 1;
        }
    }
    if (const QString e = deck::mqtt::ConnectionArguments::finish(parsed); !e.isEmpty()) {
        std::fprintf(stderr, "mqttdeck: %s\n", qPrintable(e));
        return 1;
    }
    if (filter.isEmpty())
        filter = parsed.urlTopic; // mqttdeck -L mqtt://host/site/%23

    // Every URL is checked before the window opens: a typo must not cost a connection.
    std::vector<deck::mqtt::ParsedConnectionArguments> urlConnections;
    for (const QString &url : std::as_const(urls)) {
        deck::mqtt::ParsedConnectionArguments one;
        const QStringList pair{QStringLiteral("-L"), url};
        int at = 0;
        QString error;
        if (deck::mqtt::ConnectionArguments::consume(pair, at, one, &error) !=
                deck::mqtt::ConnectionArguments::Outcome::Consumed ||
            !(error = deck::mqtt::ConnectionArguments::finish(one)).isEmpty()) {
            std::fprintf(stderr, "mqttdeck: %s\n", qPrintable(error));
            return 1;
        }
        urlConnections.push_back(one);
    }

    // The screenshot tour and the run check journal their commands (and keep their templates)
    // in files of their own, never in the user's; made before the window, gone after it.
    std::optional<QTemporaryDir> ownFiles;
    if (journalPath.isEmpty() && (!screenshots.isEmpty() || !checkFile.isEmpty())) {
        ownFiles.emplace();
        if (!ownFiles->isValid()) {
            std::fprintf(stderr, "mqttdeck: %s\n", qPrintable(ownFiles->errorString()));
            return 1;
        }
    }
    deck::ConnectionManager connections;
    deck::ui::MainWindow window(&connections);
    if (ownFiles)
        window.setCommandFiles(ownFiles->filePath(QStringLiteral("journal.sqlite")),
                               ownFiles->filePath(QStringLiteral("command-templates.json")));
    else
        window.setCommandFiles(journalPath);
    deck::profiles::ProfileStore store;
    deck::profiles::SecretStore secrets;
    if (const QString error = store.open(profilesPath); !error.isEmpty()) {
        std::fprintf(stderr, "mqttdeck: %s\n", qPrintable(error)); // the console works without them
        if (!checkFile.isEmpty())
            return 1; // but a check must prove that they work (Qt SQL's SQLite driver is a plugin)
    } else {
        window.setProfiles(&store, &secrets);
    }
    std::vector<deck::profiles::ConnectionProfile> profiles;
    for (const QString &name : std::as_const(profileNames)) {
        const auto profile = store.isOpen() ? store.findByName(name) : std::nullopt;
        if (!profile) {
            QStringList names;
            for (const auto &p : store.list())
                names << p.name;
            std::fprintf(
                stderr, "mqttdeck: %s\n",
                qPrintable(QApplication::translate("GuiMain",
                                                   "no saved connection is called \"%1\" "
                                                   "(saved: %2)")
                               .arg(name, names.isEmpty()
                                              ? QApplication::translate("GuiMain", "none")
                                              : names.join(QStringLiteral(", ")))));
            return 1;
        }
        profiles.push_back(*profile);
    }
    window.show();
    // One connection per flag set, URL and profile; the first uses the window's blank one.
    bool first = true;
    auto nextView = [&]() -> deck::ui::ConnectionView * {
        if (first) {
            first = false;
            return window.currentView();
        }
        return window.addConnection();
    };
    if (connectNow || (urls.isEmpty() && profiles.empty()))
        nextView()->setConnection(parsed.options, filter, connectNow);
    for (const auto &one : urlConnections)
        nextView()->setConnection(one.options, one.urlTopic, true);
    for (const auto &profile : profiles)
        nextView()->connectWithProfile(profile);
    deck::ui::ConnectionView *firstView = window.views().first();
    window.connectionList()->select(firstView);
    window.show();
    if (!screenshots.isEmpty())
        (new deck::ui::ScreenshotTour(&window, screenshots, tourBroker))->start();
    if (!checkFile.isEmpty())
        (new deck::ui::RunCheck(&window, checkFile, checkExpect))->start();
    return app.exec();
}
