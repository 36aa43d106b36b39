#include "TerminalPrompt.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <string>

namespace deck::platform {

std::optional<QString> promptSecret(const QString &prompt)
{
    // The terminal itself, not stdin: stdin may carry a payload (pub -s / -l).
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(fd, text.constData(), size_t(text.size()));
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n')
        line += c;
    if (isTerminal)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace deck::platform
