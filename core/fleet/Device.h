#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

namespace deck::fleet {

enum class DeviceState { Unknown, Online, Stale, Offline };

/// "online", "offline", "stale", "unknown": the words of the JSON output (never translated).
const char *stateKey(DeviceState state);
/// The state in the user's language.
QString stateText(DeviceState state);

struct Transition
{
    qint64 atMs = 0;
    DeviceState from = DeviceState::Unknown;
    DeviceState to = DeviceState::Unknown;
    QString cause; ///< in words: "status: offline (retained: the will)", "silent for 300 s"
};

/// One device as the fleet stage knows it. Immutable once published: the stage copies a device
/// before changing one a reader may hold (see FleetStage).
struct Device
{
    QString id;           ///< the id level's text ("gw-123"), or group/node[/device] for Sparkplug
    QString prefix;       ///< its topic prefix; every topic under it is the device's
    QString rule;         ///< the rule (or "sparkplug") that found it
    QStringList groupNames;
    QStringList groups;   ///< values of the rule's grouping levels, same order
    DeviceState state = DeviceState::Unknown;
    qint64 stateSinceMs = 0;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0; ///< the last live (not retained) message; 0 = never
    qint64 lastStatusMs = 0;
    int reconnects = 0;    ///< offline -> online flips
    QString firmware;
    QString since;         ///< what the status said ("since" field), as sent
    QString statusTopic;
    QByteArray lastStatus; ///< the last status payload (bounded)
    quint64 messages = 0;
    double ratePerSecond = 0;
    qint64 onlineMs = 0;   ///< time spent online before stateSinceMs (the current span is added by readers)
    int staleAfterSeconds = 300;
    std::deque<Transition> history; ///< the newest transitions, bounded
    QStringList topics;             ///< topics seen under the device, bounded

    // Sparkplug only
    bool sparkplug = false;
    int births = 0; ///< NBIRTH/DBIRTH seen; each one after the first is a rebirth in the history
    QString kind; ///< "node" or "device"
    qint64 bdSeq = -1;
    QStringList flags;      ///< seq_gap, unknown_alias, data_before_birth, bdseq_mismatch
    QString metricsJson;    ///< metric name -> current value, as a compact JSON object
    QString lastProblem;
};

using DevicePtr = std::shared_ptr<const Device>;

/// What the fleet looks like at one notification: every device (sorted by id), the totals, and
/// the transitions since the previous snapshot.
struct FleetSnapshot
{
    quint64 generation = 0;
    qint64 atMs = 0;
    std::vector<DevicePtr> devices;
    int total = 0, online = 0, stale = 0, offline = 0, unknown = 0;
    std::vector<std::pair<DevicePtr, Transition>> changes;
    quint64 droppedDevices = 0; ///< devices past the bound, not tracked (counted)
};

} // namespace deck::fleet
