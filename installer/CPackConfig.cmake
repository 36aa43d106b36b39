# Packages: `cpack` in the build directory makes a .deb and a .tar.gz of the GUI and the CLI.
# MSI (WiX), DMG and AppImage recipes will live beside this file (see installer/README.md).
set(CPACK_PACKAGE_NAME "mqttdeck")
set(CPACK_PACKAGE_VENDOR "MQTT Deck")
set(CPACK_PACKAGE_CONTACT "MQTT Deck developers <dev@mqttdeck.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "MQTT operations console and explorer")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the SQLite driver of Qt SQL (saved
# connections) and a Secret Service for the keychain (recommended: without one, secrets are asked).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_STRIP_FILES ON)
include(CPack)
