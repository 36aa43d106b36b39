// Windows console implementation of promptSecret (see TerminalPrompt.h). Compiled only on
// Windows (the release workflow), never here.
#include "TerminalPrompt.h"

#include <windows.h>

#include <string>

namespace deck::platform {

std::optional<QString> promptSecret(const QString &prompt)
{
    HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, nullptr,
                            OPEN_EXISTING, 0, nullptr);
    HANDLE out = CreateFileW(L"CONOUT$", GENERIC_WRITE, FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0,
                             nullptr);
    if (in == INVALID_HANDLE_VALUE || out == INVALID_HANDLE_VALUE)
        return std::nullopt;
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    const std::wstring text = prompt.toStdWString();
    DWORD written = 0;
    WriteConsoleW(out, text.c_str(), DWORD(text.size()), &written, nullptr);
    std::wstring line;
    wchar_t c = 0;
    DWORD read = 0;
    while (ReadConsoleW(in, &c, 1, &read, nullptr) && read == 1 && c != L'\n')
        if (c != L'\r')
            line += c;
    SetConsoleMode(in, mode);
    WriteConsoleW(out, L"\r\n", 2, &written, nullptr);
    CloseHandle(in);
    CloseHandle(out);
    return QString::fromStdWString(line);
}

} // namespace deck::platform
