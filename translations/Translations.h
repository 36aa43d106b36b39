#pragma once

class QCoreApplication;

namespace deck {

/// Loads MQTT Deck's and Qt's translations for the system locale (or the one in
/// MQTTDECK_LANG, e.g. "fr", for testing). English needs no file.
void installTranslations(QCoreApplication &app);

} // namespace deck
