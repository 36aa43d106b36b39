#include "CertCommand.h"

#include "ArgumentCursor.h"
#include "CliOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace deck::cli {

CertCommand::CertCommand(QObject *parent) : QObject(parent) {}

QString CertCommand::usage()
{
    return tr("Usage: mqttdeck-cli cert [connection flags] [--warn-days N] [--json]\n"
              "Shows the broker's certificate chain as its TLS handshake presents it, and the\n"
              "client certificate (--cert): subject, issuer, names (SANs), validity, key type and\n"
              "size, SHA-256 fingerprint, days to expiry, and warnings in words — expired,\n"
              "expiring within --warn-days (default 30), not yet valid, self-signed, weak key,\n"
              "host not in the certificate's names, not trusted by the CA in use. Nothing is sent\n"
              "after the handshake. Needs a TLS connection (--cafile, --tls, mqtts://, wss://).\n\n"
              "  --warn-days N   warn when a certificate expires within N days (default 30)\n"
              "  --json          one JSON object per certificate: role (server, chain, client),\n"
              "                  subject, issuer, sans, not_before, not_after, days_left,\n"
              "                  key_type, key_bits, sha256, self_signed, warnings\n\n"
              "Exit codes: 0 no warning, 32 a certificate has a warning, 2 no TLS handshake,\n"
              "1 bad arguments.\n\n") +
           mqtt::ConnectionArguments::help();
}

int CertCommand::start(const QStringList &args)
{
    int warnDays = 30;
    ArgumentCursor cursor(args, m_args);
    while (cursor.next()) {
        const QString a = cursor.current();
        if (a == QLatin1String("--warn-days")) {
            if (!cursor.number(0, 3650, &warnDays))
                return ExitUsage;
        } else if (a == QLatin1String("--json")) {
            m_json = true;
        } else if (a == QLatin1String("--help")) {
            std::fputs(qPrintable(usage()), stdout);
            return ExitOk;
        } else {
            CliOutput::error(tr("unknown option \"%1\". See mqttdeck-cli cert --help.").arg(a));
            return ExitUsage;
        }
    }
    if (cursor.failed())
        return ExitUsage;
    if (const QString e = mqtt::ConnectionArguments::finish(m_args); !e.isEmpty()) {
        CliOutput::error(e);
        return ExitUsage;
    }
    if (!m_args.options.usesTls()) {
        CliOutput::error(tr("cert needs a TLS connection: give --cafile (or --tls), or a mqtts:// "
                            "or wss:// URL."));
        return ExitUsage;
    }
    m_report = std::make_unique<diagnostics::CertificateReport>(m_args.options, warnDays);
    connect(m_report.get(), &diagnostics::CertificateReport::finished, this, &CertCommand::print);
    m_report->start();
    return -1;
}

void CertCommand::print(const QList<diagnostics::CertificateFacts> &certificates,
                        const QString &error)
{
    bool warned = false;
    for (const diagnostics::CertificateFacts &f : certificates) {
        warned |= !f.warnings.isEmpty();
        if (m_json) {
            const QJsonObject o{
                {QStringLiteral("role"), f.role},
                {QStringLiteral("subject"), f.subject},
                {QStringLiteral("issuer"), f.issuer},
                {QStringLiteral("sans"), QJsonArray::fromStringList(f.sans)},
                {QStringLiteral("not_before"), f.notBefore.toString(Qt::ISODate)},
                {QStringLiteral("not_after"), f.notAfter.toString(Qt::ISODate)},
                {QStringLiteral("days_left"), f.daysLeft},
                {QStringLiteral("key_type"), f.keyType},
                {QStringLiteral("key_bits"), f.keyBits},
                {QStringLiteral("sha256"), f.sha256},
                {QStringLiteral("self_signed"), f.selfSigned},
                {QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings)},
                {QStringLiteral("warning_text"), QJsonArray::fromStringList(f.warningText)}};
            std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
            continue;
        }
        std::printf("%s\n", qPrintable(tr("%1 certificate").arg(f.role)));
        std::printf("  %s\n", qPrintable(tr("subject      %1").arg(f.subject)));
        std::printf("  %s\n", qPrintable(tr("issuer       %1").arg(f.issuer)));
        if (!f.sans.isEmpty())
            std::printf("  %s\n", qPrintable(tr("names        %1").arg(f.sans.join(QStringLiteral(", ")))));
        std::printf("  %s\n", qPrintable(tr("valid        %1 to %2 (%n day(s) left)", nullptr,
                                             int(f.daysLeft))
                                              .arg(f.notBefore.toString(Qt::ISODate),
                                                   f.notAfter.toString(Qt::ISODate))));
        std::printf("  %s\n", qPrintable(tr("key          %1 %2 bits").arg(f.keyType).arg(f.keyBits)));
        std::printf("  %s\n", qPrintable(tr("SHA-256      %1").arg(f.sha256)));
        for (const QString &w : f.warningText)
            std::printf("  %s\n", qPrintable(tr("WARNING      %1").arg(w)));
        std::printf("\n");
    }
    std::fflush(stdout);
    if (!error.isEmpty())
        CliOutput::error(error);
    // No handshake: 2, whatever was read before it failed (or of the client's).
    QCoreApplication::exit(!error.isEmpty() ? int(ExitConnectFailed)
                           : warned         ? int(ExitCertificateWarnings)
                                            : int(ExitOk));
}

} // namespace deck::cli
