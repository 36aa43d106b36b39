#include "LoopbackSocket.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace deck::platform {

LoopbackSocket::~LoopbackSocket()
{
    close();
}

QString LoopbackSocket::connectTo(int port)
{
    close();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return QString::fromLocal8Bit(std::strerror(errno));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        const QString error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return error;
    }
    m_handle = fd;
    return {};
}

bool LoopbackSocket::sendAll(const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(int(m_handle), data, size, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool LoopbackSocket::receiveExactly(char *data, size_t size)
{
    return ::recv(int(m_handle), data, size, MSG_WAITALL) == ssize_t(size);
}

long long LoopbackSocket::receiveSome(char *data, size_t size)
{
    return ::recv(int(m_handle), data, size, 0);
}

void LoopbackSocket::shutdownReading()
{
    ::shutdown(int(m_handle), SHUT_RD);
}

void LoopbackSocket::close()
{
    if (m_handle >= 0)
        ::close(int(m_handle));
    m_handle = -1;
}

bool runningAsAdministrator()
{
    return ::geteuid() == 0;
}

} // namespace deck::platform
