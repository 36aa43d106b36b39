#include "SubPrinter.h"

#include "ingest/MessageJson.h"

#include <cstdio>

#include <QCoreApplication>

namespace deck::cli {

SubPrinter::SubPrinter(Format format, qint64 count, std::function<void()> done)
    : MessageStage(QString::fromLatin1(QT_TRANSLATE_NOOP("Stage", "the output")),
                   StageFilter::all(), Delivery::Inline),
      m_format(format), m_remaining(count > 0 ? count : -1), m_done(std::move(done))
{
}

void SubPrinter::consume(const Message &m)
{
    if (m_remaining == 0)
        return; // -C reached: the command is closing
    if (m_format.skipRetained && m.isRetained())
        return;
    if (m_format.json) {
        const QByteArray line = messageToJsonLine(m);
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    } else {
        if (m_format.verbose) {
            std::fwrite(m.topic().data(), 1, m.topic().size(), stdout);
            std::fputc(' ', stdout);
        }
        std::fwrite(m.payload().data(), 1, size_t(m.payload().size()), stdout);
    }
    if (!m_format.noNewline || m_format.json)
        std::fputc('\n', stdout);
    m_printed.fetch_add(1, std::memory_order_relaxed);
    if (m_remaining > 0 && --m_remaining == 0) {
        std::fflush(stdout);
        m_done();
    }
}

void SubPrinter::sliceEnd()
{
    std::fflush(stdout); // a line is visible as soon as its slice is printed
}

} // namespace deck::cli
