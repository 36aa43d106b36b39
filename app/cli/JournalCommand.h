#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace deck::cli {

/// `mqttdeck-cli journal list|show ID|export --format csv|jsonl|verify [--journal FILE]`: the
/// command journal, read without connecting to anything.
class JournalCommand
{
    Q_DECLARE_TR_FUNCTIONS(JournalCommand)
public:
    static int run(const QStringList &args);
    static QString usage();
};

} // namespace deck::cli
