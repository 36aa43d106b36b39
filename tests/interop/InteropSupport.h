#pragma once

// Helpers of the interop tests: Node.js scripts (tests/interop/*.js) run with the npm packages
// that interop.npm_ci installed in the build tree, read as JSON lines.

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>

namespace deck::test::interop {

/// Starts `node tests/interop/SCRIPT ARGS` with NODE_PATH at the installed node_modules.
/// Returns null, with *error set, when the modules are missing or node does not start.
std::unique_ptr<QProcess> startNode(const QString &script, const QStringList &args, QString *error);

/// Runs a script to completion (or kills it after timeoutMs); its stdout, or empty with *error.
QByteArray runNode(const QString &script, const QStringList &args, int timeoutMs, QString *error);

/// Reads JSON lines of a running process until one matches `wanted` (every line read is
/// appended to *seen); an empty object after timeoutMs.
QJsonObject waitForJson(QProcess &p, const std::function<bool(const QJsonObject &)> &wanted,
                        int timeoutMs, QByteArray *seen);

/// A JSON-lines event of a script: {"event": NAME, ...}.
std::function<bool(const QJsonObject &)> said(const QString &name);
/// A `fleet --json` line of the device or node `id`, in `state` (any state when empty).
std::function<bool(const QJsonObject &)> fleetEntry(const QString &id, const QString &state = {});

/// `fleet --json` output (JSON lines) by id; the last line of an id wins.
QMap<QString, QJsonObject> byId(const QByteArray &jsonLines);

/// Writes one line to the process's stdin.
void tell(QProcess &p, const QByteArray &line);

/// The process's stderr so far, for failure messages.
QByteArray errorsOf(QProcess &p);

} // namespace deck::test::interop
