#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace deck {

void installTranslations(QCoreApplication &app)
{
    const QByteArray forced = qgetenv("MQTTDECK_LANG");
    const QLocale locale =
        forced.isEmpty() ? QLocale::system() : QLocale(QString::fromLatin1(forced));
    QLocale::setDefault(locale); // numbers and dates follow the language shown
    auto *own = new QTranslator(&app);
    // English is a catalogue too: it carries the plural forms ("1 byte", "2 bytes"), so it is
    // the fallback for locales we do not translate (and for the C locale).
    if (own->load(locale, QStringLiteral("mqttdeck"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/mqttdeck_en.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace deck
