#include "WindowTerms.h"

#include <QCoreApplication>

namespace deck::ui {

QString inWindowTerms(QString sentence)
{
    const struct
    {
        const char *flag;
        const char *where;
    } places[] = {
        {"(--cafile)", QT_TRANSLATE_NOOP("WindowTerms", "(CA certificate, in Connections… › TLS)")},
        {"(--insecure)",
         QT_TRANSLATE_NOOP("WindowTerms", "(untick “Verify that it names the host” in "
                                          "Connections… › TLS)")},
        {"(--cert)",
         QT_TRANSLATE_NOOP("WindowTerms", "(Client certificate, in Connections… › TLS)")},
        {"(--key)", QT_TRANSLATE_NOOP("WindowTerms", "(Client key, in Connections… › TLS)")},
        {"(--key-passphrase)",
         QT_TRANSLATE_NOOP("WindowTerms", "(Key passphrase, in Connections… › TLS)")},
        {"(-i)", QT_TRANSLATE_NOOP("WindowTerms", "(Client id, in Connections… › General)")},
        {"(--reason)", QT_TRANSLATE_NOOP("WindowTerms", "(the composer's Reason)")},
        {"(--retain-reason)",
         QT_TRANSLATE_NOOP("WindowTerms", "(the reason beside Retain, in the composer)")},
        {"with --topic, say the convention (--convention stream|devices|mqtt5|sparkplug)",
         QT_TRANSLATE_NOOP("WindowTerms", "for a command topic as it is, choose the convention "
                                          "in the composer")},
    };
    for (const auto &p : places)
        sentence.replace(QLatin1String(p.flag),
                         QCoreApplication::translate("WindowTerms", p.where));
    return sentence;
}

} // namespace deck::ui
