#!/usr/bin/env bash
# Makes a self-contained AppDir of MQTT Deck from a build tree:
#   installer/appimage/make-appdir.sh BUILD_DIR APPDIR
# It installs the build into APPDIR/usr, copies the Qt plugins the console loads at run time
# (platforms/xcb, xcbglintegrations, sqldrivers/sqlite, imageformats, iconengines, tls), Qt's
# French catalogue, and every shared library the binaries and plugins need (Qt, Paho, QtKeychain,
# protobuf, OpenSSL, ICU…) except those an AppImage must take from the host (below); it sets
# RPATHs with patchelf, writes qt.conf and AppRun, and checks that nothing is left unresolved.
# Wrapping the AppDir into one .AppImage file needs appimagetool, which Debian does not ship: the
# release workflow (.github/workflows/release.yml) does that step.
#
# Written by hand rather than with linuxdeploy + its Qt plugin because neither is packaged for
# Debian 12 and the release workflow would then be the only place the recipe could be tried;
# this script runs here (installer/appimage/test-appdir.sh proves it in a clean root).
set -euo pipefail
build=$(realpath "${1:?usage: make-appdir.sh BUILD_DIR APPDIR}")
appdir=$(realpath -m "${2:?usage: make-appdir.sh BUILD_DIR APPDIR}")
here=$(cd "$(dirname "$0")" && pwd)
command -v patchelf >/dev/null || { echo "make-appdir: patchelf is missing (apt-get install patchelf)" >&2; exit 2; }

rm -rf "$appdir"
DESTDIR= cmake --install "$build" --prefix "$appdir/usr" --strip >/dev/null
usr=$appdir/usr
mkdir -p "$usr/lib" "$usr/plugins" "$usr/translations"

# Qt's own plugin and translation directories, as this Qt reports them.
qtpaths=$(command -v qtpaths6 || command -v /usr/lib/qt6/bin/qtpaths || true)
if [ -n "$qtpaths" ]; then
  qt_plugins=$("$qtpaths" --query QT_INSTALL_PLUGINS)
  qt_translations=$("$qtpaths" --query QT_INSTALL_TRANSLATIONS)
else
  qt_plugins=/usr/lib/$(gcc -print-multiarch)/qt6/plugins
  qt_translations=/usr/share/qt6/translations
fi
for dir in platforms xcbglintegrations sqldrivers imageformats iconengines tls platforminputcontexts; do
  [ -d "$qt_plugins/$dir" ] || continue
  mkdir -p "$usr/plugins/$dir"
  case $dir in
    platforms) cp "$qt_plugins/$dir/libqxcb.so" "$qt_plugins/$dir/libqoffscreen.so" "$usr/plugins/$dir/" ;;
    sqldrivers) cp "$qt_plugins/$dir/libqsqlite.so" "$usr/plugins/$dir/" ;;
    *) cp "$qt_plugins/$dir/"*.so "$usr/plugins/$dir/" ;;
  esac
done
cp "$qt_translations"/qtbase_fr.qm "$qt_translations"/qtbase_en.qm "$usr/translations/" 2>/dev/null || true

# What an AppImage takes from the host (the AppImage project's exclude list, in short): the C
# library family, the GPU/OpenGL stack, the X connection and the font machinery, which must match
# the host's drivers and configuration. Everything else travels in the AppDir.
host_lib='^(ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl|libnss_.*|libmvec|libBrokenLocale|libthread_db|libgcc_s|libstdc\+\+|libGL|libGLX|libGLdispatch|libEGL|libOpenGL|libglapi|libdrm|libgbm|libX11|libX11-xcb|libxcb|libfontconfig|libfreetype|libexpat|libz|libuuid|libgpg-error|libdbus-1|libsystemd|libcap|libgcrypt|liblzma|liblz4|libzstd)\.so'

elves() { find "$usr/bin" "$usr/lib" "$usr/plugins" -type f \( -name '*.so*' -o -perm -u+x \) \
            -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' sh {} \; ; }
copied=1
while [ $copied -ne 0 ]; do  # until the closure is complete
  copied=0
  while read -r elf; do
    while read -r name path; do
      [ -n "$path" ] && [ -f "$path" ] || continue
      echo "$name" | grep -Eq "$host_lib" && continue
      if [ ! -e "$usr/lib/$name" ]; then cp -L "$path" "$usr/lib/$name"; copied=1; fi
    done < <(ldd "$elf" 2>/dev/null | sed -nE 's/^\s*(\S+) => (\S+) .*/\1 \2/p')
  done < <(elves)
done

# Every ELF finds its libraries inside the AppDir: binaries in usr/bin, libraries in usr/lib,
# plugins two levels below usr/plugins.
for f in "$usr"/bin/*; do patchelf --set-rpath '$ORIGIN/../lib' "$f"; done
for f in "$usr"/lib/*.so*; do patchelf --set-rpath '$ORIGIN' "$f"; done
for f in "$usr"/plugins/*/*.so; do patchelf --set-rpath '$ORIGIN/../../lib' "$f"; done

cat > "$usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
CONF

cp "$here/AppRun" "$appdir/AppRun"
chmod 755 "$appdir/AppRun"
cp "$usr/share/applications/mqttdeck.desktop" "$appdir/"
cp "$usr/share/icons/hicolor/scalable/apps/mqttdeck.svg" "$appdir/mqttdeck.svg"
ln -sf mqttdeck.svg "$appdir/.DirIcon"

# Nothing left unresolved (the host libraries above excepted, which ldd finds on the host).
missing=$(for elf in $(elves); do LD_LIBRARY_PATH= ldd "$elf" | grep 'not found' | sed "s|^|$elf: |"; done || true)
if [ -n "$missing" ]; then
  echo "make-appdir: unresolved libraries:" >&2; echo "$missing" >&2; exit 1
fi
echo "make-appdir: $appdir ($(du -sh "$appdir" | cut -f1), $(ls "$usr/lib" | wc -l) libraries," \
     "$(find "$usr/plugins" -name '*.so' | wc -l) Qt plugins)"
