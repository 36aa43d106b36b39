#include "PahoConvert.h"

#include "ConnectionOptions.h"

#include <mqtt/connect_options.h>

namespace deck::mqtt::paho {

std::unique_ptr<::mqtt::connect_options> buildConnectOptions(const ConnectionOptions &options)
{
    const bool v5 = options.version == MqttVersion::V5;
    auto opts = std::make_unique<::mqtt::connect_options>();
    opts->set_mqtt_version(v5 ? MQTTVERSION_5 : MQTTVERSION_3_1_1);
    opts->set_keep_alive_interval(options.keepAliveSeconds);
    opts->set_connect_timeout(options.connectTimeoutSeconds);
    opts->set_automatic_reconnect(false);
    if (v5)
        opts->set_clean_start(options.cleanStart);
    else
        opts->set_clean_session(options.cleanStart);
    if (!options.username.isEmpty())
        opts->set_user_name(options.username.toStdString());
    if (!options.password.isEmpty())
        opts->set_password(options.password.toStdString());
    if (!options.will.topic.isEmpty()) {
        ::mqtt::properties willProps;
        if (v5) {
            willProps = paho::fromMessageProperties(options.will.properties);
            if (options.will.delaySeconds > 0)
                willProps.add(::mqtt::property(::mqtt::property::WILL_DELAY_INTERVAL,
                                               int32_t(options.will.delaySeconds)));
        }
        opts->set_will(::mqtt::will_options(
            options.will.topic.toStdString(), options.will.payload.constData(),
            size_t(options.will.payload.size()), options.will.qos, options.will.retain, willProps));
    }
    if (options.usesTls()) {
        ::mqtt::ssl_options ssl;
        if (!options.tls.caFile.isEmpty())
            ssl.set_trust_store(options.tls.caFile.toStdString());
        if (!options.tls.certFile.isEmpty()) {
            ssl.set_key_store(options.tls.certFile.toStdString());
            ssl.set_private_key(
                (options.tls.keyFile.isEmpty() ? options.tls.certFile : options.tls.keyFile)
                    .toStdString());
            if (!options.tls.keyPassphrase.isEmpty())
                ssl.set_private_key_password(options.tls.keyPassphrase.toStdString());
        }
        ssl.set_enable_server_cert_auth(options.tls.verifyPeer);
        ssl.set_verify(options.tls.verifyPeer && options.tls.verifyHostname);
        // No ssl_options::set_error_handler: in Paho C++ 1.2.0 its context pointer dangles once
        // the options are copied into connect_options (a crash). ConnectionProbe explains TLS
        // failures instead.
        opts->set_ssl(std::move(ssl));
    }
    if (v5) {
        // Set on the final connect_options object: in Paho C++ 1.2.0 properties given to
        // connect_options_builder are lost (dangling pointer).
        ::mqtt::properties props;
        if (options.sessionExpirySeconds > 0)
            props.add(::mqtt::property(::mqtt::property::SESSION_EXPIRY_INTERVAL,
                                       int32_t(options.sessionExpirySeconds)));
        if (options.receiveMaximum)
            props.add(::mqtt::property(::mqtt::property::RECEIVE_MAXIMUM,
                                       int32_t(*options.receiveMaximum)));
        if (options.maximumPacketSize)
            props.add(::mqtt::property(::mqtt::property::MAXIMUM_PACKET_SIZE,
                                       int32_t(*options.maximumPacketSize)));
        for (const auto &[name, value] : options.userProperties)
            props.add(::mqtt::property(::mqtt::property::USER_PROPERTY, name.toStdString(),
                                       value.toStdString()));
        opts->set_properties(props);
    }
    return opts;
}

} // namespace deck::mqtt::paho
