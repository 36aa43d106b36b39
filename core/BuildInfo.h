#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace deck {

/// What this build is made of, for `--version` and the About dialog: MQTT Deck's version and
/// commit, and the versions of the libraries it runs on (as loaded at run time where the library
/// can say, else as compiled against).
struct BuildInfo
{
    /// "0.1.0 (abc1234, RelWithDebInfo, GCC 12.2.0)"
    static QString application();
    /// (component, version) pairs: Qt, Paho C, Paho C++, OpenSSL, SQLite, protobuf.
    static QList<QPair<QString, QString>> components();
    /// Both of the above as lines of text, for a terminal or the clipboard.
    static QString text(const QString &program);
};

} // namespace deck
