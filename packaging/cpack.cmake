# SPDX-License-Identifier: GPL-3.0-or-later
# Packages from the install rules: `cpack -G DEB` in a release build (packaging/deb/build-deb.sh),
# NSIS on Windows and DragNDrop on macOS (packaging/windows, packaging/macos; not built here).
set(CPACK_PACKAGE_NAME isthmus)
set(CPACK_PACKAGE_VENDOR "The Isthmus developers")
set(CPACK_PACKAGE_CONTACT "The Isthmus developers <dev@isthmus.im>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Isthmus)
set(CPACK_PACKAGE_EXECUTABLES isthmus Isthmus)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES /build/ /\\.git/)

# Debian: the libraries the binaries link come from dpkg-shlibdeps; what Qt loads at run time
# (QML modules, the style, plugins, icons) it cannot see, so it is named here. Without any one of
# the Depends the window does not open or cannot log in (the clean-root test proves the list:
# packaging/deb/test-clean-root.sh).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# The body only: CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY in front as the synopsis, indents
# each line and turns an empty line into Debian's " ." paragraph break.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Isthmus is a desktop messenger for XMPP, the open federated chat protocol: one
app and one account for everyone you talk to, on any server, and on IRC,
Telegram, Signal, WhatsApp or Matrix through XMPP gateways. History is kept in
a local SQLite database; passwords in the system keychain.

The package also holds isthmus-cli, the same client without a window, for
scripts and bots.")
set(ISTHMUS_DEB_RUNTIME_DEPENDS
    # QML modules the pages import (qml/)
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml
    qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-org-kde-kirigami qml6-module-org-kde-kirigamiaddons-components
    qml6-module-org-kde-kirigamiaddons-delegates qml6-module-org-kde-kirigamiaddons-formcard
    # the org.kde.desktop Controls style main.cpp selects, and the icons it draws with
    qml6-module-org-kde-desktop kf6-breeze-icon-theme qt6-svg-plugins
    # the message database (QSQLITE), QXmpp's crypto (QCA's OpenSSL plugin), and the CAs that
    # TLS to any server is checked against (Qt reads /etc/ssl/certs; nothing links it)
    libqt6sql6-sqlite libqca-qt6-plugins ca-certificates
    # the composer's spell check (Sonnet's QML module; its backend is recommended below)
    qml6-module-org-kde-sonnet
    # a gateway's login QR code, drawn from its text (DataFormView), and the OMEMO verification
    # code (OmemoQrPage); that page's image scanner (libkf6prisonscanner6) is linked, so found by
    # dpkg-shlibdeps, and the Prison module already needs it
    qml6-module-org-kde-prison
    # the file dialog that opens a picture of a QR code (OmemoQrPage)
    qml6-module-qtquick-dialogs)
set(ISTHMUS_DEB_RECOMMENDS
    # Sonnet's hunspell backend and the dictionaries of the UI's languages
    sonnet6-plugins hunspell-en-us hunspell-de-de hunspell-ru
    # Wayland sessions; the light and dark Breeze colour schemes the settings offer
    qt6-wayland kde-style-breeze-data
    # a Secret Service for the passwords (without one the login page asks each start)
    "gnome-keyring | kwallet6")
list(JOIN ISTHMUS_DEB_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
list(JOIN ISTHMUS_DEB_RECOMMENDS ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)

# Debian policy: /usr/share/doc/<package>/copyright and a gzipped changelog (lintian checks both).
option(ISTHMUS_DEBIAN_DOCS "Install the copyright and changelog files Debian policy asks for" OFF)
if(ISTHMUS_DEBIAN_DOCS)
    set(doc ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/deb/copyright DESTINATION ${doc})
    execute_process(COMMAND date -u -R -d "${ISTHMUS_RELEASE_DATE} 12:00"
        OUTPUT_VARIABLE ISTHMUS_DEB_DATE OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    configure_file(${PROJECT_SOURCE_DIR}/packaging/deb/changelog.in
        ${CMAKE_BINARY_DIR}/deb/changelog @ONLY)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/deb/changelog.gz
        COMMAND gzip -9nkf ${CMAKE_BINARY_DIR}/deb/changelog
        DEPENDS ${CMAKE_BINARY_DIR}/deb/changelog VERBATIM)
    add_custom_target(isthmus-deb-changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/deb/changelog.gz)
    install(FILES ${CMAKE_BINARY_DIR}/deb/changelog.gz DESTINATION ${doc})
endif()

include(CPack)
