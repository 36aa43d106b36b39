# Packages. On Linux `cpack` in the build directory makes mqttdeck_<version>_amd64.deb,
# mqttdeck-<version>-1.x86_64.rpm and mqttdeck-<version>-Linux.tar.gz of the GUI and the CLI
# (installer/test-packages.sh proves the .deb in a clean Debian 12 root). Windows (WiX MSI) and
# macOS (DragNDrop DMG) are set in CPackPlatforms.cmake; the AppImage is made from an install
# tree by installer/appimage/make-appdir.sh. See installer/README.md.
set(CPACK_PACKAGE_NAME "mqttdeck")
set(CPACK_PACKAGE_VENDOR "MQTT Deck")
set(CPACK_PACKAGE_CONTACT "MQTT Deck developers <dev@mqttdeck.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "MQTT operations console and explorer")
set(CPACK_PACKAGE_DESCRIPTION
    "MQTT Deck connects to any MQTT broker over TCP, TLS, mutual TLS or WebSockets with MQTT 3.1.1 or 5 and shows the live topic tree, payloads (JSON, hex, CBOR, MessagePack, Sparkplug B), charts and a publisher; mqttdeck-cli does the same from a terminal.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/mqttdeck/mqttdeck")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
  set(CPACK_GENERATOR "DEB;RPM;TGZ")

  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION "net")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  # Loaded at run time, so dpkg-shlibdeps cannot see them: Qt SQL's SQLite driver (saved
  # connections). The xcb platform plugin and the OpenSSL TLS backend come with libqt6gui6 and
  # libqt6network6, which shlibdeps finds. A Secret Service is recommended: without one, secrets
  # are asked for at each connection.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")

  set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
  set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
  set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
  set(CPACK_RPM_PACKAGE_URL "${CPACK_PACKAGE_HOMEPAGE_URL}")
  # rpmbuild computes the shared-library requirements (AUTOREQ); the directories below belong to
  # the filesystem package on every RPM distribution and must not be claimed by ours.
  set(CPACK_RPM_PACKAGE_AUTOREQ ON)
  set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
      /usr/share/applications /usr/share/icons /usr/share/icons/hicolor /usr/share/metainfo)
endif()

include(${CMAKE_CURRENT_LIST_DIR}/CPackPlatforms.cmake OPTIONAL)
include(CPack)
