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
    };
    for (const auto &p : places)
        sentence.replace(QLatin1String(p.flag),
                         QCoreApplication::translate("WindowTerms", p.where));
    return sentence;
}

} // namespace deck::ui
