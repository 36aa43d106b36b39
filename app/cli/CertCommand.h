#pragma once

#include "diagnostics/CertificateReport.h"
#include "mqtt/ConnectionArguments.h"

#include <QObject>

#include <memory>

namespace deck::cli {

enum CertExitCode {
    ExitCertificateWarnings = 32, ///< a certificate has a warning (expired, expiring, ...)
};

/// `mqttdeck-cli cert`: the broker's certificate chain and the client certificate, with
/// warnings in words.
class CertCommand : public QObject
{
    Q_OBJECT
public:
    explicit CertCommand(QObject *parent = nullptr);
    int start(const QStringList &args);
    static QString usage();

private:
    void print(const QList<diagnostics::CertificateFacts> &certificates, const QString &error);

    mqtt::ParsedConnectionArguments m_args;
    std::unique_ptr<diagnostics::CertificateReport> m_report;
    bool m_json = false;
};

} // namespace deck::cli
