#pragma once

#include <QString>

namespace deck::ui {

/// Core's sentences name the command-line flag to use ("Give the CA file that issued it
/// (--cafile)"), which means nothing in the window: this rewrites those mentions into where the
/// setting is in the window (Connections… › TLS). Applied where the window shows core's words.
QString inWindowTerms(QString sentence);

} // namespace deck::ui
