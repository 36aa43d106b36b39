#pragma once

#include <QString>

#include <optional>

namespace deck::platform {

/// Asks for a secret on the controlling terminal with echo off (`--pw-prompt`): a password
/// typed there is in no process list, shell history or file. Nothing when there is no terminal
/// (a pipe, a service): the caller says so. One implementation per platform.
std::optional<QString> promptSecret(const QString &prompt);

} // namespace deck::platform
