# Windows (WiX MSI + ZIP) and macOS (DragNDrop DMG) packaging. Included by CPackConfig.cmake
# before include(CPack); on Linux it only defines mqttdeck_macos_bundle() (a no-op there) and
# records where the source tree is.
#
# NOT RUN ON THIS PROJECT'S MACHINES (Debian 12, no Windows or macOS runner): written from the CMake,
# CPack and Qt documentation, to be proven by .github/workflows/release.yml. See installer/README.md.
#
# What it does at `cmake --install` / `cpack` time, after the targets are installed:
#  - Windows: windeployqt on bin/mqttdeck.exe and bin/mqttdeck-cli.exe (Qt DLLs, plugins, Qt's
#    translations), then the non-Qt DLLs the two programs need (Paho C and C++, OpenSSL,
#    protobuf/abseil, QtKeychain...) found by file(GET_RUNTIME_DEPENDENCIES), the MSVC runtime
#    (InstallRequiredSystemLibraries) and Qt's qtbase_{en,fr}.qm with a qt.conf pointing at them.
#  - macOS: mqttdeck-cli moved into mqttdeck.app/Contents/MacOS, macdeployqt on the bundle (with
#    the CLI as an extra executable), Qt's qtbase_{en,fr}.qm in Contents/Resources/translations,
#    the build machine's absolute LC_RPATHs removed, an ad-hoc signature (no Developer ID:
#    Gatekeeper asks the user to confirm the first start).
# Options: MQTTDECK_DEPLOY_RUNTIME=OFF skips those steps (e.g. a developer's `cmake --install` on
# Windows); MQTTDECK_RUNTIME_DLL_DIRS adds directories to search for DLLs;
# MQTTDECK_ALLOW_UNRESOLVED_DLLS=ON turns a DLL that cannot be found into a warning.
#
# The mqttdeck target gets mqttdeck_macos_bundle() from here, at the end of the top-level
# directory: app/CMakeLists.txt need not call it. A call from app/ works too but needs this file
# included there first (functions exist only once their file has been read). The file may be
# included more than once: the install steps are registered once, at the end of the top-level
# directory, so they always run after install(TARGETS).

# The source tree, from this file's place (functions below run in other directories' scope).
get_filename_component(_mqttdeck_root "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
set(MQTTDECK_PACKAGING_ROOT "${_mqttdeck_root}" CACHE INTERNAL "MQTT Deck source tree, for packaging")

# --- mqttdeck_macos_bundle(<target>) -------------------------------------------------------------
# Makes <target> (a MACOSX_BUNDLE executable) a proper macOS application: our Info.plist
# (installer/macos/Info.plist.in), the icon resources/icons/mqttdeck.icns in Contents/Resources.
# A no-op anywhere but Apple, and when called twice. Callable from any directory.
function(mqttdeck_macos_bundle target)
  if(NOT APPLE)
    return()
  endif()
  if(NOT TARGET ${target})
    message(FATAL_ERROR "mqttdeck_macos_bundle: no target ${target}")
  endif()
  get_property(_done TARGET ${target} PROPERTY MQTTDECK_MACOS_BUNDLE_DONE)
  if(_done)
    return()
  endif()
  set(_icns "${MQTTDECK_PACKAGING_ROOT}/resources/icons/mqttdeck.icns")
  set_target_properties(${target} PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST "${MQTTDECK_PACKAGING_ROOT}/installer/macos/Info.plist.in"
    MACOSX_BUNDLE_ICON_FILE mqttdeck.icns
    MACOSX_BUNDLE_GUI_IDENTIFIER io.github.mqttdeck.mqttdeck
    MACOSX_BUNDLE_BUNDLE_NAME "MQTT Deck"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MQTTDECK_MACOS_BUNDLE_DONE TRUE)
  target_sources(${target} PRIVATE "${_icns}")
  # Source file properties are per directory: attach this one to the target's directory.
  set_source_files_properties("${_icns}" TARGET_DIRECTORY ${target}
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endfunction()

if(NOT WIN32 AND NOT APPLE)
  return()
endif()

# --- helpers ---------------------------------------------------------------------------------------
# _mqttdeck_find_qt_tool(<name> <out-var>): the Qt deploy tool of the Qt we build with (never one
# found elsewhere on PATH first): the Qt6::<name> target, else Qt's bin directory.
function(_mqttdeck_find_qt_tool name out)
  set(_tool "")
  if(TARGET Qt6::${name})
    get_target_property(_tool Qt6::${name} IMPORTED_LOCATION)
  endif()
  if(NOT _tool)
    set(_hints)
    if(QT6_INSTALL_PREFIX)
      list(APPEND _hints "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    endif()
    if(TARGET Qt6::qmake)
      get_target_property(_qmake Qt6::qmake IMPORTED_LOCATION)
      if(_qmake)
        get_filename_component(_qmake_dir "${_qmake}" DIRECTORY)
        list(APPEND _hints "${_qmake_dir}")
      endif()
    endif()
    find_program(MQTTDECK_${name}_EXECUTABLE ${name} HINTS ${_hints} NO_DEFAULT_PATH)
    find_program(MQTTDECK_${name}_EXECUTABLE ${name}) # then PATH, if Qt's bin had none
    set(_tool "${MQTTDECK_${name}_EXECUTABLE}")
  endif()
  if(NOT _tool)
    set(_tool "")
    message(WARNING "${name} not found next to Qt: packages made by cpack will lack Qt's libraries")
  endif()
  set(${out} "${_tool}" PARENT_SCOPE)
endfunction()

# _mqttdeck_qt_translations(<out-var>): Qt's own catalogues (qtbase) in English and French, which
# translations/Translations.cpp loads from QLibraryInfo::TranslationsPath.
function(_mqttdeck_qt_translations out)
  set(_files)
  if(QT6_INSTALL_PREFIX)
    foreach(_lang en fr)
      set(_qm "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_${_lang}.qm")
      if(EXISTS "${_qm}")
        list(APPEND _files "${_qm}")
      endif()
    endforeach()
  endif()
  set(${out} "${_files}" PARENT_SCOPE)
endfunction()

option(MQTTDECK_DEPLOY_RUNTIME "Copy Qt and the other runtime libraries next to the installed programs" ON)

# --- common CPack settings -------------------------------------------------------------------------
set(CPACK_PACKAGE_INSTALL_DIRECTORY "MQTT Deck")
# A LICENSE file, when the project has one, becomes the licence page of the MSI and the DMG.
# Without it (the case today) WiX shows CPack's generic placeholder page.
foreach(_lic LICENSE.rtf LICENSE LICENSE.txt LICENSE.md COPYING)
  if(EXISTS "${MQTTDECK_PACKAGING_ROOT}/${_lic}")
    if(_lic MATCHES "\\.rtf$")
      set(CPACK_RESOURCE_FILE_LICENSE "${MQTTDECK_PACKAGING_ROOT}/${_lic}")
      set(CPACK_WIX_LICENSE_RTF "${MQTTDECK_PACKAGING_ROOT}/${_lic}")
    else()
      # CPack accepts .txt (converted to RTF by WiX); copy whatever the name is to a .txt.
      configure_file("${MQTTDECK_PACKAGING_ROOT}/${_lic}" "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)
      set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")
    endif()
    break()
  endif()
endforeach()

if(WIN32)
  # --- Windows: MSI through WiX 3 (candle/light on PATH or in %WIX%\bin) and a portable ZIP ---------
  set(CPACK_GENERATOR "WIX;ZIP")
  set(CPACK_PACKAGE_FILE_NAME "mqttdeck-${PROJECT_VERSION}-windows-x64")
  # Fixed forever: it lets a newer MSI replace an older one. Generated once for this project.
  set(CPACK_WIX_UPGRADE_GUID "7058620F-39E0-450B-9C86-F22C1B9BEBA0")
  set(CPACK_WIX_PRODUCT_ICON "${MQTTDECK_PACKAGING_ROOT}/resources/icons/mqttdeck.ico")
  set(CPACK_WIX_PROGRAM_MENU_FOLDER "MQTT Deck")
  set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://github.com/mqttdeck/mqttdeck")
  # Start menu shortcut: bin/mqttdeck.exe labelled "MQTT Deck".
  set(CPACK_PACKAGE_EXECUTABLES "mqttdeck;MQTT Deck")

elseif(APPLE)
  # --- macOS: a DMG holding mqttdeck.app and a link to /Applications ------------------------------
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_DMG_VOLUME_NAME "MQTT Deck")
  set(CPACK_DMG_FORMAT "UDZO")
  set(CPACK_PACKAGE_FILE_NAME "mqttdeck-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
endif()

# --- install steps, registered once at the end of the top-level directory ---------------------------
function(_mqttdeck_register_platform_install)
  if(TARGET mqttdeck)
    mqttdeck_macos_bundle(mqttdeck) # no-op when app/CMakeLists.txt already did it, or not Apple
  endif()
  if(NOT MQTTDECK_DEPLOY_RUNTIME)
    return()
  endif()
  _mqttdeck_qt_translations(_qt_qm)

  if(WIN32)
    _mqttdeck_find_qt_tool(windeployqt _deploy)
    # The MSVC runtime (msvcp140.dll, vcruntime140*.dll) beside the programs.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS_NO_WARNINGS ON)
    include(InstallRequiredSystemLibraries)

    # Where the non-Qt DLLs are: vcpkg's bin, <prefix>/bin of every CMAKE_PREFIX_PATH entry (e.g.
    # QtKeychain built from source), the directories of the imported DLLs, MQTTDECK_RUNTIME_DLL_DIRS.
    set(_dirs ${MQTTDECK_RUNTIME_DLL_DIRS})
    if(DEFINED _VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
      list(APPEND _dirs "${_VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    foreach(_p IN LISTS CMAKE_PREFIX_PATH)
      list(APPEND _dirs "${_p}/bin")
    endforeach()
    foreach(_t qt6keychain PahoMqttCpp::paho-mqttpp3 PahoMqttCpp::paho-mqttpp3-shared
               eclipse-paho-mqtt-c::paho-mqtt3as protobuf::libprotobuf OpenSSL::SSL OpenSSL::Crypto)
      if(TARGET ${_t})
        foreach(_prop IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION)
          get_target_property(_loc ${_t} ${_prop})
          if(_loc AND _loc MATCHES "\\.[Dd][Ll][Ll]$")
            get_filename_component(_d "${_loc}" DIRECTORY)
            list(APPEND _dirs "${_d}")
          endif()
        endforeach()
      endif()
    endforeach()
    set(_clean)
    foreach(_d IN LISTS _dirs)
      file(TO_CMAKE_PATH "${_d}" _d)
      list(APPEND _clean "${_d}")
    endforeach()
    list(REMOVE_DUPLICATES _clean)

    install(CODE "
set(_mqttdeck_deploy \"${_deploy}\")
set(_mqttdeck_bindir \"${CMAKE_INSTALL_BINDIR}\")
set(_mqttdeck_dll_dirs \"${_clean}\")
set(_mqttdeck_qt_qm \"${_qt_qm}\")
set(_mqttdeck_allow_unresolved \"${MQTTDECK_ALLOW_UNRESOLVED_DLLS}\")")
    install(CODE [[
# _bin: where the files are now; _bin_dest: what file(INSTALL) wants (it prepends DESTDIR itself).
set(_bin "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${_mqttdeck_bindir}")
set(_bin_dest "${CMAKE_INSTALL_PREFIX}/${_mqttdeck_bindir}")
if(NOT _mqttdeck_deploy)
  message(FATAL_ERROR "windeployqt was not found when configuring: the package would lack Qt")
endif()
set(_exes)
foreach(_name mqttdeck.exe mqttdeck-cli.exe)
  if(NOT EXISTS "${_bin}/${_name}")
    message(FATAL_ERROR "${_bin}/${_name} is not installed")
  endif()
  list(APPEND _exes "${_bin}/${_name}")
  # Qt DLLs, plugins (platforms, styles, sqldrivers, tls, imageformats...) and Qt's
  # translations next to the program. The MSVC runtime comes from InstallRequiredSystemLibraries.
  execute_process(COMMAND "${_mqttdeck_deploy}" --verbose 1 --no-compiler-runtime "${_bin}/${_name}"
                  RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "windeployqt failed on ${_name} (${_rc})")
  endif()
endforeach()

# The other DLLs: Paho, OpenSSL, protobuf/abseil, QtKeychain... (names are lower-cased by CMake
# before the regexes apply). Qt's own DLLs were handled by windeployqt; QtKeychain's are not Qt's.
file(GET_RUNTIME_DEPENDENCIES
  EXECUTABLES ${_exes}
  DIRECTORIES ${_mqttdeck_dll_dirs}
  RESOLVED_DEPENDENCIES_VAR _resolved
  UNRESOLVED_DEPENDENCIES_VAR _unresolved
  CONFLICTING_DEPENDENCIES_PREFIX _conflict
  PRE_INCLUDE_REGEXES "^qt6keychain"
  PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^qt6"
  # Windows' own DLLs (either slash, any case): C:/Windows, system32, SysWOW64.
  POST_EXCLUDE_REGEXES ".*[/\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\].*"
                       ".*[/\\][Ss][Yy][Ss][Ww][Oo][Ww]64[/\\].*"
                       "^[A-Za-z]:[/\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\][^/\\]*$")
string(TOLOWER "${_bin}" _bin_lc)
foreach(_dll IN LISTS _resolved)
  get_filename_component(_dir "${_dll}" DIRECTORY)
  string(TOLOWER "${_dir}" _dir_lc)
  if(NOT _dir_lc STREQUAL _bin_lc) # already beside the programs (e.g. the MSVC runtime)
    file(INSTALL "${_dll}" DESTINATION "${_bin_dest}")
  endif()
endforeach()
foreach(_name IN LISTS _conflict_FILENAMES)
  message(WARNING "several copies of ${_name}: ${_conflict_${_name}}; the first one was taken")
endforeach()
if(_unresolved)
  if(_mqttdeck_allow_unresolved)
    message(WARNING "DLLs not found (MQTTDECK_ALLOW_UNRESOLVED_DLLS is set): ${_unresolved}")
  else()
    message(FATAL_ERROR "DLLs not found in ${_mqttdeck_dll_dirs}: ${_unresolved} "
                        "(add their directory to MQTTDECK_RUNTIME_DLL_DIRS)")
  endif()
endif()

# Qt's own strings in French: QLibraryInfo::TranslationsPath must lead to qtbase_fr.qm
# (windeployqt writes combined qt_*.qm files under other names).
if(_mqttdeck_qt_qm)
  file(INSTALL ${_mqttdeck_qt_qm} DESTINATION "${_bin_dest}/translations")
  file(WRITE "${_bin}/qt.conf" "[Paths]\nPrefix = .\nTranslations = translations\n")
endif()
]])

  elseif(APPLE)
    _mqttdeck_find_qt_tool(macdeployqt _deploy)
    # Library directories macdeployqt may need to resolve @rpath references of our dependencies.
    set(_libpaths)
    foreach(_p IN LISTS CMAKE_PREFIX_PATH)
      if(IS_DIRECTORY "${_p}/lib")
        list(APPEND _libpaths "-libpath=${_p}/lib")
      endif()
    endforeach()
    install(CODE "
set(_mqttdeck_deploy \"${_deploy}\")
set(_mqttdeck_bindir \"${CMAKE_INSTALL_BINDIR}\")
set(_mqttdeck_libpaths \"${_libpaths}\")
set(_mqttdeck_qt_qm \"${_qt_qm}\")")
    install(CODE [[
# _app: where the bundle is now; file(INSTALL) wants it without DESTDIR (it prepends it itself).
set(_root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(_app "${_root}/mqttdeck.app")
set(_app_dest "${CMAKE_INSTALL_PREFIX}/mqttdeck.app")
if(NOT _mqttdeck_deploy)
  message(FATAL_ERROR "macdeployqt was not found when configuring: the package would lack Qt")
endif()
if(NOT EXISTS "${_app}/Contents/MacOS/mqttdeck")
  message(FATAL_ERROR "${_app} is not installed")
endif()
# The CLI travels inside the bundle, so that macdeployqt points it at the bundled frameworks:
# /Applications/mqttdeck.app/Contents/MacOS/mqttdeck-cli.
set(_cli "${_root}/${_mqttdeck_bindir}/mqttdeck-cli")
if(EXISTS "${_cli}")
  file(COPY "${_cli}" DESTINATION "${_app}/Contents/MacOS")
  file(REMOVE "${_cli}")
  file(GLOB _left "${_root}/${_mqttdeck_bindir}/*")
  if(NOT _left)
    file(REMOVE_RECURSE "${_root}/${_mqttdeck_bindir}")
  endif()
endif()
if(NOT EXISTS "${_app}/Contents/MacOS/mqttdeck-cli")
  message(FATAL_ERROR "mqttdeck-cli is neither in ${_root}/${_mqttdeck_bindir} nor in the bundle")
endif()
execute_process(COMMAND "${_mqttdeck_deploy}" "${_app}"
                        "-executable=${_app}/Contents/MacOS/mqttdeck-cli"
                        ${_mqttdeck_libpaths} -always-overwrite -verbose=1
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "macdeployqt failed (${_rc})")
endif()
# Qt's own catalogues, in Contents/Resources (where codesign expects data), named in the qt.conf
# that macdeployqt wrote ([Paths] is its only group, so an appended key lands there).
if(_mqttdeck_qt_qm)
  file(INSTALL ${_mqttdeck_qt_qm} DESTINATION "${_app_dest}/Contents/Resources/translations")
  if(NOT EXISTS "${_app}/Contents/Resources/qt.conf")
    file(WRITE "${_app}/Contents/Resources/qt.conf" "[Paths]\nPlugins = PlugIns\n")
  endif()
  file(APPEND "${_app}/Contents/Resources/qt.conf" "Translations = Resources/translations\n")
endif()
# Absolute run paths (the build machine's Qt and dependency directories, given to the build as
# CMAKE_INSTALL_RPATH so that macdeployqt could resolve @rpath) must not ship: drop every
# LC_RPATH of the two programs that is not relative to the bundle.
foreach(_exe mqttdeck mqttdeck-cli)
  set(_file "${_app}/Contents/MacOS/${_exe}")
  execute_process(COMMAND otool -l "${_file}" OUTPUT_VARIABLE _loads RESULT_VARIABLE _rc)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "otool -l ${_file} failed (${_rc})")
  endif()
  string(REGEX MATCHALL "cmd LC_RPATH[^\n]*\n[^\n]*\n[ ]*path [^\n]*" _rpaths "${_loads}")
  foreach(_entry IN LISTS _rpaths)
    string(REGEX REPLACE ".*path (.*) \\(offset [0-9]+\\).*" "\\1" _path "${_entry}")
    if(NOT _path MATCHES "^@")
      execute_process(COMMAND install_name_tool -delete_rpath "${_path}" "${_file}"
                      RESULT_VARIABLE _rc)
      if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "install_name_tool -delete_rpath ${_path} ${_file} failed (${_rc})")
      endif()
    endif()
  endforeach()
endforeach()
# macdeployqt rewrote install names, which voids the linker's signatures; Apple Silicon refuses
# to run unsigned code, so sign the whole bundle ad hoc (no identity, no notarisation).
execute_process(COMMAND codesign --force --deep --sign - "${_app}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "codesign failed (${_rc})")
endif()
]])
  endif()
endfunction()

get_property(_mqttdeck_platform_registered GLOBAL PROPERTY MQTTDECK_PLATFORM_INSTALL_REGISTERED)
if(NOT _mqttdeck_platform_registered)
  set_property(GLOBAL PROPERTY MQTTDECK_PLATFORM_INSTALL_REGISTERED TRUE)
  cmake_language(DEFER DIRECTORY "${CMAKE_SOURCE_DIR}" CALL _mqttdeck_register_platform_install)
endif()
