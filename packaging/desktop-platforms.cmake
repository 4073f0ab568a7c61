# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS: the installer (NSIS) and the disk image (DragNDrop) with Qt's libraries,
# plugins and the QML modules the pages import deployed beside the app (windeployqt/macdeployqt
# through Qt's deploy script), the app icon, and the xmpp: scheme registered. Presets
# `windows` and `macos` in CMakePresets.json. NOT BUILT OR RUN on this project's machines (Linux
# only): see README.md "Install" for what is proven where.
if(NOT (WIN32 OR APPLE))
    return()
endif()

# The icon from the PNGs rendered at build time (resources/CMakeLists.txt): .ico / .icns.
find_package(ECM REQUIRED NO_MODULE)
list(APPEND CMAKE_MODULE_PATH ${ECM_MODULE_PATH})
include(ECMAddAppIcon)
set(app_icon_pngs)
foreach(size 16 32 48 64 128 256 512)
    list(APPEND app_icon_pngs ${PROJECT_BINARY_DIR}/resources/icons/${size}-apps-im.isthmus.Isthmus.png)
endforeach()
ecm_add_app_icon(isthmus ICONS ${app_icon_pngs})
add_dependencies(isthmus isthmus-icons)

set_target_properties(isthmus PROPERTIES
    WIN32_EXECUTABLE ON
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_GUI_IDENTIFIER im.isthmus.Isthmus
    MACOSX_BUNDLE_BUNDLE_NAME Isthmus
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE ${MACOSX_BUNDLE_ICON_FILE}
    # Info.plist with CFBundleURLTypes: macOS hands xmpp: links to the app.
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in)

# Qt's deploy step (windeployqt / macdeployqt): libraries, platform and image plugins, the
# QSQLITE driver, and every QML module the app's QML imports (Kirigami, Kirigami Addons, the
# org.kde.desktop style, Sonnet), found by qmlimportscanner.
qt_generate_deploy_qml_app_script(TARGET isthmus OUTPUT_SCRIPT isthmus_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${isthmus_deploy_script})

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_BINARY_DIR}/resources/icons/256-apps-im.isthmus.Isthmus.png)
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/isthmus.exe)
    set(CPACK_NSIS_DISPLAY_NAME Isthmus)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    # xmpp: links open Isthmus (per machine; removed again on uninstall).
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
        WriteRegStr HKCR "xmpp" "" "URL:XMPP address"
        WriteRegStr HKCR "xmpp" "URL Protocol" ""
        WriteRegStr HKCR "xmpp\DefaultIcon" "" "$INSTDIR\bin\isthmus.exe,0"
        WriteRegStr HKCR "xmpp\shell\open\command" "" '"$INSTDIR\bin\isthmus.exe" "%1"'
    ]=])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
        DeleteRegKey HKCR "xmpp"
    ]=])
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Isthmus)
endif()
