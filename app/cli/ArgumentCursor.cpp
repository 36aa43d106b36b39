#include "ArgumentCursor.h"

#include "CliOutput.h"

namespace deck::cli {

bool ArgumentCursor::next()
{
    while (!m_failed && ++m_index < m_args.size()) {
        QString error;
        switch (mqtt::ConnectionArguments::consume(m_args, m_index, m_connection, &error)) {
        case mqtt::ConnectionArguments::Outcome::Consumed:
            continue;
        case mqtt::ConnectionArguments::Outcome::Error:
            CliOutput::error(error);
            m_failed = true;
            return false;
        case mqtt::ConnectionArguments::Outcome::NotMine:
            return true;
        }
    }
    return false;
}

bool ArgumentCursor::value(QString *out)
{
    if (m_index + 1 >= m_args.size()) {
        CliOutput::error(tr("%1 needs a value.").arg(current()));
        m_failed = true;
        return false;
    }
    *out = m_args.at(++m_index);
    return true;
}

bool ArgumentCursor::number(int min, int max, int *out)
{
    const QString flag = current();
    QString v;
    if (!value(&v))
        return false;
    bool ok = false;
    *out = v.toInt(&ok);
    if (!ok || *out < min || *out > max) {
        CliOutput::error(tr("%1 expects a number between %2 and %3, not \"%4\".")
                             .arg(flag)
                             .arg(min)
                             .arg(max)
                             .arg(v));
        m_failed = true;
        return false;
    }
    return true;
}

} // namespace deck::cli
