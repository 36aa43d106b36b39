#pragma once

// The part of PahoSession that Paho's network thread touches. Included by PahoSession.cpp only.

#include "PahoConvert.h"
#include "PahoSession.h"

#include <mqtt/async_client.h>

#include <mutex>

namespace deck::mqtt {

namespace paho {

/// Routes Paho's completion callbacks (network thread) to a function.
class Listener : public ::mqtt::iaction_listener
{
public:
    using Fn = std::function<void(const ::mqtt::token &, bool)>;
    explicit Listener(Fn fn) : m_fn(std::move(fn)) {}
    void on_success(const ::mqtt::token &tok) override { m_fn(tok, true); }
    void on_failure(const ::mqtt::token &tok) override { m_fn(tok, false); }

private:
    Fn m_fn;
};

inline quint64 idOf(const ::mqtt::token &tok)
{
    return static_cast<quint64>(reinterpret_cast<quintptr>(tok.get_user_context()));
}

inline QString pahoErrorText(int rc)
{
    return QString::fromStdString(::mqtt::exception::printable_error(rc));
}
} // namespace paho

/// Everything Paho's thread may touch. Held by shared_ptr from the callbacks so that it outlives
/// the session if a callback is still running while the session is destroyed.
struct PahoSession::Bridge
{
    std::mutex mutex;
    PahoSession *owner = nullptr; // guarded by mutex; null once the session is gone
    std::shared_ptr<MessageQueue> queue;
    MqttVersion version = MqttVersion::V5;

    template <typename F> void post(F &&fn)
    {
        std::lock_guard lock(mutex);
        if (owner)
            QMetaObject::invokeMethod(
                owner, [fn = std::forward<F>(fn), o = owner]() mutable { fn(o); },
                Qt::QueuedConnection);
    }
    paho::Listener connectListener{[this](const ::mqtt::token &tok, bool success) {
        ConnectResult r;
        r.version = version;
        if (success) {
            const auto rsp = tok.get_connect_response();
            r.ok = true;
            r.gotConnack = true;
            r.code = int(tok.get_reason_code());
            r.sessionPresent = rsp.is_session_present();
            r.serverProperties = paho::toDisplayPairs(rsp.get_properties());
            if (rsp.get_properties().contains(::mqtt::property::MAXIMUM_PACKET_SIZE))
                r.maximumPacketSize = ::mqtt::get<uint32_t>(rsp.get_properties(),
                                                            ::mqtt::property::MAXIMUM_PACKET_SIZE);
            r.serverUri = QString::fromStdString(rsp.get_server_uri());
            post([r](PahoSession *o) { o->onConnectSucceeded(r); });
            return;
        }
        const int reason = int(tok.get_reason_code());
        const int rc = tok.get_return_code();
        if (version == MqttVersion::V5 && (reason >= 0x80 || (rc >= 0x80 && rc <= 0xFF))) {
            // Paho C reports a refusing CONNACK's reason in either field.
            r.gotConnack = true;
            r.code = reason >= 0x80 ? reason : rc;
        } else if (version == MqttVersion::V311 && rc >= 1 && rc <= 5) {
            r.gotConnack = true;
            r.code = rc;
        } else {
            r.code = rc;
            r.detail = paho::pahoErrorText(rc);
        }
        post([r](PahoSession *o) { o->onConnectFailed(r); });
    }};

    paho::Listener subscribeListener{[this](const ::mqtt::token &tok, bool success) {
        QList<int> codes;
        bool answered = true;
        if (success) {
            const auto response = tok.get_subscribe_response(); // keep alive while iterating
            for (auto c : response.get_reason_codes())
                codes << int(c);
        } else if (const int rc = tok.get_return_code();
                   rc == MQTTASYNC_OPERATION_INCOMPLETE || rc == MQTTASYNC_DISCONNECTED) {
            // No SUBACK at all: the connection ended first (the broker closed it, or sent a
            // packet Paho could not read, such as a malformed PUBLISH). Nothing was refused.
            answered = false;
        } else {
            // A single refused filter arrives as a failure: MQTT 5 with its reason code,
            // MQTT 3.1.1 with the 0x80 return code (Paho then sets a placeholder reason code).
            const int reason = int(tok.get_reason_code());
            codes << (version == MqttVersion::V5 && reason >= 0x80 ? reason : 0x80);
        }
        post([id = paho::idOf(tok), success, answered, codes](PahoSession *o) {
            o->onSubscribeDone(id, success, codes, answered);
        });
    }};

    paho::Listener unsubscribeListener{[this](const ::mqtt::token &tok, bool success) {
        QList<int> codes;
        if (success && version == MqttVersion::V5) {
            const auto response = tok.get_unsubscribe_response();
            for (auto c : response.get_reason_codes())
                codes << int(c);
        }
        post([id = paho::idOf(tok), success, codes, rc = tok.get_return_code()](PahoSession *o) {
            o->onUnsubscribeDone(id, success, codes, rc);
        });
    }};

    paho::Listener publishListener{[this](const ::mqtt::token &tok, bool success) {
        post([id = paho::idOf(tok), success, reason = int(tok.get_reason_code()),
              rc = tok.get_return_code()](PahoSession *o) {
            o->onPublishDone(id, success, reason, rc, paho::pahoErrorText(rc));
        });
    }};

    paho::Listener disconnectListener{[this](const ::mqtt::token &, bool) {
        post([](PahoSession *o) { o->finishClose(); });
    }};
};

} // namespace deck::mqtt
