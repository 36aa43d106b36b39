<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: mqttdeck-cli COMMAND [options]

Commands:
  sub     subscribe and print messages (flags as mosquitto_sub)
  pub     publish messages (flags as mosquitto_pub)

mqttdeck-cli COMMAND --help shows the options of a command.
Exit codes: 0 done, 1 bad arguments, 2 could not connect, 3 refused by the broker,
4 connection lost, 5 timed out (-W).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Commands: sub, pub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by the broker: %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker closed the connection: %1 (%2). %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: asked for QoS %2, the broker granted QoS %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription to &quot;%1&quot; refused: %2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionArguments</name>
    <message numerus="yes">
        <source>%1 needs %n value(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 expects a number between %2 and %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-D needs a command, a property name and a value, for example: -D connect session-expiry-interval 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-D %1 user-property needs a name and a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-D: unknown command &quot;%1&quot;; use connect, publish, subscribe or will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-D %1: the property &quot;%2&quot; is not supported there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-V expects mqttv5 or mqttv311, not &quot;%1&quot; (MQTT 3.1 is not supported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--transport expects tcp, tls, ws or wss, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:
  -h, --host HOST             broker host (default localhost)
  -p, --port PORT             broker port (default 1883, 8883 for TLS)
      --transport T           tcp, tls, ws or wss (default tcp; tls when --cafile or --cert is given)
      --ws-path PATH          WebSocket path (default /mqtt)
  -V, --protocol-version V    mqttv5 (default) or mqttv311
  -i, --id ID                 client id (default: generated)
  -I, --id-prefix PREFIX      client id made of PREFIX and random characters
  -u, --username USER         user name
  -P, --pw PASSWORD           password
  -k, --keepalive SECONDS     keep alive (default 60)
  -c, --disable-clean-session keep the session (MQTT 5: forever unless -x)
  -x, --session-expiry SEC    MQTT 5 session expiry interval
      --connect-timeout SEC   give up connecting after SEC seconds (default 10)
      --no-reconnect          do not reconnect after the connection is lost
TLS:
      --cafile FILE           trusted CA certificates (PEM); default: system store
      --cert FILE             client certificate (PEM) for mutual TLS
      --key FILE              client private key (PEM)
      --key-passphrase PASS   passphrase of an encrypted private key
      --insecure              do not check that the certificate names the host
      --no-verify-peer        do not check the broker&apos;s certificate at all
Last Will:
      --will-topic TOPIC      --will-payload TEXT   --will-qos 0|1|2   --will-retain
MQTT 5 properties (-D, --property):
  -D connect session-expiry-interval|receive-maximum|maximum-packet-size N
  -D connect user-property NAME VALUE
  -D will will-delay-interval N | content-type T | ... (as publish)
  -D publish content-type T | payload-format-indicator 0|1 |
             message-expiry-interval N | response-topic T |
             correlation-data D | user-property NAME VALUE
  -D subscribe subscription-identifier N
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>The broker host is empty. Enter a host name or an address such as 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; contains spaces. Remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; looks like a URI. Enter only the host name and choose the transport separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker host &quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is out of range. Use a port between 1 and 65535 (1883 for MQTT, 8883 for MQTT over TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSocket path &quot;%1&quot; is not a plain URL path (such as /mqtt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persistent session (clean session off) needs a fixed client id: the broker finds the session by it. Enter a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 3.1.1 cannot send a password without a user name. Enter a user name or use MQTT 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keep alive %1 s is out of range (0 to 65535 seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connect timeout must be at least one second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session expiry is an MQTT 5 option. Use MQTT 5, or clean session off for a persistent MQTT 3.1.1 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User properties, receive maximum and maximum packet size are MQTT 5 options. Use MQTT 5 or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receive maximum must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum packet size must be at least 1 byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Will: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Last Will QoS must be 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Last Will payload or retain flag was given without a will topic. Add the will topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconnect delays are inconsistent: the minimum must be positive and not above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files were given but the transport is %1 (no TLS). Choose tls or wss, or remove the files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Usage: mqttdeck [connection flags] [-t FILTER] [--connect]
With connection flags the window connects at start.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonCodes</name>
    <message>
        <source>Connection accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unacceptable protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker accepted the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not speak this MQTT version. Try the other protocol version (MQTT 5 or 3.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the client identifier. Use another client id (some brokers restrict its length or characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker is up but cannot serve clients right now. Retry later or check the broker&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the user name or password. Check the credentials of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused this client. Check the credentials, the client certificate or the broker&apos;s access rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker answered with a return code MQTT 3.1.1 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted QoS 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal disconnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted QoS 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted QoS 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect with Will Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matching subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed Packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation specific error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported Protocol Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Identifier not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad User Name or Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Alive timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic Filter invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic Name invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet Identifier in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet Identifier not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive Maximum exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic Alias invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message rate too high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload format invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared Subscriptions not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection rate exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum connect time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription Identifiers not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard Subscriptions not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker accepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client closed the connection and asked the broker to publish its Last Will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker accepted the message, but no client is subscribed to its topic right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no such subscription to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker asks for another step of enhanced authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused without saying why. Its log usually tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker could not parse a packet. This points to a client or broker bug; capture a packet trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker saw a protocol violation. Capture a packet trace and check the client and broker versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused for a reason of its own. Check the broker&apos;s log or documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support MQTT 5. Connect with MQTT 3.1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the client identifier. Use another client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not allow this client to connect. Check the credentials, the client certificate or the access rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s access rules do not allow this client to subscribe to this filter. Ask for read access or subscribe to a narrower filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s access rules do not allow this client to publish to this topic. Ask for write access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s access rules refused this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker is not available. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker is too busy. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker has banned this client. Contact the broker&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support the authentication method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker heard nothing within the keep alive time. Check the network or lower the keep alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another client connected with the same client id and took over this session. Give each client a unique id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the topic filter. Check its syntax or the broker&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the topic name. Check its syntax or the broker&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet identifier is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker did not know the packet identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More messages were in flight than the receive maximum allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic alias was invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is larger than the broker accepts. Send a smaller payload or raise the broker&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends too fast for the broker. Slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota set by the broker was exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator disconnected this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload does not match its format indicator (it is marked UTF-8 but is not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support retained messages. Publish without retain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support this QoS. Use a lower QoS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker asks the client to use another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker has moved permanently to another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support shared subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client connects too often. Wait before reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker ended the connection at its maximum connect time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support subscription identifiers. Subscribe without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker does not support wildcard subscriptions. Subscribe to exact topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker answered with a reason code MQTT 5 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted QoS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker refused the subscription (MQTT 3.1.1 gives no reason; access rules are the usual cause). Ask for read access or subscribe to a narrower filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker granted the subscription at QoS %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker acknowledged the message. MQTT 3.1.1 cannot report a refusal: a broker that denies a publish usually drops it silently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsFiles</name>
    <message>
        <source>The %1 file &quot;%2&quot; does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 path &quot;%2&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; cannot be read (%3). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot;). Convert a DER file with: openssl x509 -inform der -in ca.der -out ca.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client key was given without a client certificate. Add the certificate file (--cert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate &quot;%1&quot; is not a PEM certificate. Check that it is the certificate (not the key) and PEM-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is encrypted. Enter its passphrase (--key-passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not decrypt the private key &quot;%1&quot;. Check the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is not a PEM private key. Check that it is the key (not the certificate) and PEM-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the client certificate &quot;%2&quot;. Pick the key that was generated with this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicValidator</name>
    <message>
        <source>The %1 contains an invalid character (an unpaired UTF-16 surrogate). Retype it or paste it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 bytes long; MQTT allows at most 65,535 bytes. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains a NUL character (U+0000), which MQTT forbids. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not valid UTF-8. MQTT strings must be UTF-8 text; check the encoding of its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic is empty. Enter a topic such as site-01/device-7/telemetry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic &quot;%1&quot; contains a wildcard (+ or #). Wildcards are only allowed in subscriptions; publish to a concrete topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topic filter is empty. Enter a filter such as site-01/# or +/status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; needs a group and a filter: $share/{group}/{filter}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share group name &quot;%1&quot; contains a wildcard; group names must be plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared subscription &quot;%1&quot; has no filter after its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, # must be a whole level on its own (for example a/#, not a#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, # must be the last level: it matches everything below, so nothing may follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, + must be a whole level on its own (for example a/+/c, not a/b+/c).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck::cli::PubCommand</name>
    <message>
        <source>the broker refused the message: %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli pub -t TOPIC (-m TEXT | -f FILE | -n | -s | -l) [options]
Publishes and reports the broker&apos;s answer (MQTT 5 reason codes).

Message:
  -t, --topic TOPIC           topic (no wildcards)
  -m, --message TEXT          payload text
  -f, --file FILE             payload read from a file (binary as is)
  -n, --null-message          empty payload (clears a retained message with -r)
  -s, --stdin-file            payload read from standard input until EOF
  -l, --stdin-line            one message per line of standard input
  -q, --qos 0|1|2             QoS (default 0)
  -r, --retain                retain the message
      --quiet                 no warning for accepted messages with a reason code (0x10 no subscribers)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the payload file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-q expects 0, 1 or 2, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli pub --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payload: give one of -m, -f, -n, -s or -l.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give only one of -m, -f, -n, -s or -l.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input held no line to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic: give one with -t.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck::cli::SubCommand</name>
    <message>
        <source>timed out after -W seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 s (attempt %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mqttdeck-cli sub -t FILTER [-t FILTER...] [options]
Subscribes and prints one line per message.

Subscription:
  -t, --topic FILTER          topic filter (repeatable; + and # wildcards)
  -q, --qos 0|1|2             requested QoS (default 0)
      --no-local              MQTT 5: do not receive our own messages
      --retain-as-published   MQTT 5: keep the retain flag as published
      --retain-handling 0|1|2 MQTT 5: 0 send retained, 1 only if new, 2 never
Output:
  -v, --verbose               print &quot;topic payload&quot; (default: payload only)
      --json                  one JSON object per line with QoS, retain, dup and every MQTT 5 property
  -N                          no newline after the payload
  -R                          skip retained messages (print only live ones)
  -C, --count N               exit after N messages
  -W, --timeout SECONDS       exit with code 5 if not done within SECONDS

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a number between %2 and %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;. See mqttdeck-cli sub --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no topic filter: give at least one with -t (for example -t &apos;#&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-local, --retain-as-published, --retain-handling and subscription identifiers need MQTT 5 (-V mqttv5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck::mqtt::ConnectionProbe</name>
    <message>
        <source>no answer within the probe&apos;s time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broker certificate: subject &quot;%1&quot;, issuer &quot;%2&quot;, valid %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP and TLS to %1 work, but the broker did not accept the MQTT connection. Check the transport (WebSocket path, MQTT version) and the broker&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1 works, but the broker did not answer the MQTT CONNECT. Check the transport: is this a TLS or WebSocket port? For WebSockets check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; was not found. Check its spelling and the DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1. Check that the broker runs and the port is right (1883 MQTT, 8883 MQTT over TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the address, the firewall and that the broker runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not speak TLS (it closed the connection without a TLS answer). Use the plain tcp transport, or the broker&apos;s TLS port (usually 8883).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not signed by a trusted CA. Give the CA file that issued it (--cafile), or check that you reach the right broker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker presents a self-signed certificate that is not trusted. Give that certificate as the CA file (--cafile) if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate does not name the host &quot;%1&quot;. Connect with the host name the certificate was issued for, or turn off hostname verification (--insecure) for a test broker only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has expired. Ask its administrator to renew it, or check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate is not valid yet. Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker&apos;s certificate has been revoked. Contact the broker&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker requires a client certificate (mutual TLS). Give one with --cert and --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker rejected the client certificate. Check that it is signed by a CA the broker trusts and has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed. Check the TLS version and ciphers the broker accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck::mqtt::PahoSession</name>
    <message>
        <source>Still connecting to the broker; try again once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the broker is lost and being restored; nothing was sent. Try again once reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a broker; nothing was sent. Connect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MQTT library refused the broker address %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the broker resumed the previous session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected with a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MQTT library (Paho C) closes the connection after the broker refuses a publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the broker was lost (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic filter to subscribe to. Enter at least one filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QoS %1 for &quot;%2&quot; is invalid: use 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local, retain as published, retain handling and subscription identifiers are MQTT 5 options. Connect with MQTT 5 or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain handling must be 0 (send retained), 1 (only for a new subscription) or 2 (never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription identifier must be between 1 and 268,435,455.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 5 carries one subscription identifier per SUBSCRIBE: subscribe to filters with different identifiers separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local cannot be used on a shared subscription (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the subscription could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic filter to unsubscribe from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broker did not confirm the unsubscribe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QoS %1 is invalid: use 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message properties (content type, expiry, response topic, correlation data, user properties) need MQTT 5. Connect with MQTT 5 or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload is marked as UTF-8 text (payload format indicator) but is not valid UTF-8. Fix the payload or drop the indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user property</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are already waiting to be sent; this one was not queued. Wait for earlier messages to be acknowledged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The message could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not confirmed by the broker: %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS 0: the message was written to the network; the broker does not acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck::mqtt::Session</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck::ui::ConnectionBar</name>
    <message>
        <source>broker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT 3.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic filter, e.g. #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck::ui::MainWindow</name>
    <message>
        <source>MQTT Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the broker closed the connection: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2 s (attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription to %1 refused: %2 (%3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings need attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 msg/s — %2 received — %3 shown, %4 older rows dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deck::ui::MessageListModel</name>
    <message>
        <source>(binary) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
