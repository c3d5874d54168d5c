# What `cmake --install` puts beside the programs, and the Debian package
# (`cpack -G DEB`, run by scripts/package.sh). Included once, at the end of
# the top-level CMakeLists.txt. Programs and modules install themselves where
# they are defined (install(TARGETS …)); this file adds only data files.
#
# One version: project(VERSION) is the only place it is written. It reaches
# --version and the User-Agent (IVS_VERSION), the AppStream <release>, the
# Debian changelog and the package's Version (generated here).

set(IVS_APP_ID io.github.ivsinspector.IvsInspector)
set(IVS_PACKAGE_NAME ivs-inspector)
set(IVS_PACKAGE_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/${IVS_PACKAGE_NAME})
set(IVS_PACKAGE_MAINTAINER "IVS Ingest Inspector developers <dev@ivs-inspector.invalid>"
    CACHE STRING "Maintainer of the Debian package (name <email>)")
# Directories `cmake --install` and CPack create: 755, whatever the umask.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# Desktop entry, icon and AppStream metainfo, where desktops and software
# centres look for them. Translations and the in-app icons are not files:
# they are embedded in the window module as Qt resources (ui/CMakeLists.txt).
install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${IVS_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${PROJECT_SOURCE_DIR}/resources/linux/${IVS_APP_ID}.metainfo.xml.in
               ${PROJECT_BINARY_DIR}/resources/${IVS_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/resources/${IVS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/ivs-inspector.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${IVS_APP_ID}.svg)

# /usr/share/doc/ivs-inspector: the licence in Debian's machine-readable
# copyright format (from LICENSE) and a changelog (a native package's
# changelog.gz, compressed as Debian wants: gzip -9n, no name or time).
file(READ ${PROJECT_SOURCE_DIR}/LICENSE IVS_LICENSE_TEXT)
string(STRIP "${IVS_LICENSE_TEXT}" IVS_LICENSE_TEXT)
string(REGEX REPLACE "\n" "\n " IVS_LICENSE_TEXT "${IVS_LICENSE_TEXT}")
string(REGEX REPLACE "\n \n" "\n .\n" IVS_LICENSE_TEXT "${IVS_LICENSE_TEXT}")
string(REGEX REPLACE "\n \n" "\n .\n" IVS_LICENSE_TEXT "${IVS_LICENSE_TEXT}")
configure_file(${PROJECT_SOURCE_DIR}/packaging/copyright.in ${PROJECT_BINARY_DIR}/packaging/copyright @ONLY)
execute_process(COMMAND date -u -R -d "${IVS_RELEASE_DATE} 12:00"
                OUTPUT_VARIABLE IVS_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.in ${PROJECT_BINARY_DIR}/packaging/changelog @ONLY)
execute_process(COMMAND gzip -9 -n -c ${PROJECT_BINARY_DIR}/packaging/changelog
                OUTPUT_FILE ${PROJECT_BINARY_DIR}/packaging/changelog.gz
                COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${PROJECT_BINARY_DIR}/packaging/copyright ${PROJECT_BINARY_DIR}/packaging/changelog.gz
        DESTINATION ${IVS_PACKAGE_DOCDIR})
# The manual page (`man ivs-inspector`), compressed the same way.
configure_file(${PROJECT_SOURCE_DIR}/packaging/ivs-inspector.1.in ${PROJECT_BINARY_DIR}/packaging/ivs-inspector.1
               @ONLY)
execute_process(COMMAND gzip -9 -n -c ${PROJECT_BINARY_DIR}/packaging/ivs-inspector.1
                OUTPUT_FILE ${PROJECT_BINARY_DIR}/packaging/ivs-inspector.1.gz
                COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${PROJECT_BINARY_DIR}/packaging/ivs-inspector.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The Debian package: ivs-inspector_<version>_<arch>.deb, installed under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${IVS_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "IVS Ingest Inspector developers")
set(CPACK_PACKAGE_CONTACT "${IVS_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the extended description in lines of at most 80 characters,
# and CPack does not wrap it.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "IVS Ingest Inspector shows everything Amazon IVS Real-Time's\n"
    "GetIngestConfiguration returns for an ingest configuration: name, ARN,\n"
    "protocol, stream key, stage, participant, state, attributes and tags.\n"
    "\n"
    "Operators use it to copy a stream key into an encoder such as OBS or FFmpeg\n"
    "and to find out why a publisher is not live, without the AWS console and\n"
    "without leaking keys into terminals and logs. It has a window and a headless\n"
    "command line whose output and exit codes match the AWS CLI; credentials are\n"
    "kept in the desktop's keychain (Secret Service).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION video)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${IVS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the programs link: computed by dpkg-shlibdeps. What is only
# loaded at run time is invisible to it, so it is named here:
# - libsecret-1-0: QtKeychain dlopens it to reach the Secret Service;
# - qt6-qpa-plugins: Qt's platform and platform-theme plugins for the window;
# - the SVG icon engine and image plugin for the icons: in libqt6svg6 up to
#   Debian 12, in qt6-svg-plugins from Qt 6.7.2-5 on (Debian 13).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, qt6-svg-plugins | libqt6svg6 (<< 6.7.2-5~)")
# A keychain to keep profiles in, colour emoji that names may contain, and
# Qt's own translations: the German and Japanese windows' standard buttons
# (OK, Cancel, Close) and text field menus (see ui/Translator.cpp).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | keepassxc | kwalletmanager, fonts-noto-color-emoji, qt6-translations-l10n")
# The encoders the stream keys are for.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "obs-studio, ffmpeg")
include(CPack)
