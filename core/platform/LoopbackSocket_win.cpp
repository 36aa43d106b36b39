// Winsock implementation of LoopbackSocket (see LoopbackSocket.h). Not compiled on this
// project's Linux machines: the release workflow's Windows job is where it is built.
#include "LoopbackSocket.h"

#include <windows.h>
#include <winsock2.h>
#include <ws2tcpip.h>

namespace deck::platform {

namespace {
QString lastError()
{
    return QStringLiteral("Winsock error %1").arg(WSAGetLastError());
}

bool startWinsock()
{
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    return started;
}
} // namespace

LoopbackSocket::~LoopbackSocket()
{
    close();
}

QString LoopbackSocket::connectTo(int port)
{
    close();
    if (!startWinsock())
        return lastError();
    const SOCKET s = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (s == INVALID_SOCKET)
        return lastError();
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(u_short(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        const QString error = lastError();
        ::closesocket(s);
        return error;
    }
    m_handle = intptr_t(s);
    return {};
}

bool LoopbackSocket::sendAll(const char *data, size_t size)
{
    while (size > 0) {
        const int chunk = size > (1u << 30) ? (1 << 30) : int(size);
        const int n = ::send(SOCKET(m_handle), data, chunk, 0);
        if (n == SOCKET_ERROR)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool LoopbackSocket::receiveExactly(char *data, size_t size)
{
    return ::recv(SOCKET(m_handle), data, int(size), MSG_WAITALL) == int(size);
}

long long LoopbackSocket::receiveSome(char *data, size_t size)
{
    return ::recv(SOCKET(m_handle), data, int(size), 0);
}

void LoopbackSocket::shutdownReading()
{
    ::shutdown(SOCKET(m_handle), SD_RECEIVE);
}

void LoopbackSocket::close()
{
    if (m_handle != -1)
        ::closesocket(SOCKET(m_handle));
    m_handle = -1;
}

bool runningAsAdministrator()
{
    BOOL elevated = FALSE;
    HANDLE token = nullptr;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        TOKEN_ELEVATION elevation;
        DWORD size = sizeof elevation;
        if (GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size))
            elevated = elevation.TokenIsElevated;
        CloseHandle(token);
    }
    return elevated != FALSE;
}

} // namespace deck::platform
