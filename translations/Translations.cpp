#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace deck {

void installTranslations(QCoreApplication &app)
{
    const QByteArray forced = qgetenv("MQTTDECK_LANG");
    const QLocale locale = forced.isEmpty() ? QLocale::system()
                                            : QLocale(QString::fromLatin1(forced));
    if (forced.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("mqttdeck"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace deck
