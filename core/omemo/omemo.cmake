# SPDX-License-Identifier: GPL-3.0-or-later
# OMEMO (both versions) over libomemo-c, with OpenSSL as its crypto provider: part of isthmus-core,
# kept in its own list so the capability adds one line to core/CMakeLists.txt.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBOMEMO_C REQUIRED IMPORTED_TARGET GLOBAL libomemo-c)
# GLOBAL: the imported targets travel with isthmus-core into the tests' directories.
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto GLOBAL)

target_sources(isthmus-core PRIVATE
    omemo/OmemoBundle.h omemo/OmemoError.h omemo/OmemoTrust.h omemo/OmemoVersion.h
    omemo/OmemoAccount.cpp omemo/OmemoAccount.h
    omemo/OmemoAccountEncrypt.cpp omemo/OmemoAccountOwnDevices.cpp
    omemo/OmemoAtm.cpp omemo/OmemoAtm.h
    omemo/OmemoBundleItem.cpp omemo/OmemoBundleItem.h
    omemo/OmemoCapability.cpp omemo/OmemoCapability.h
    omemo/OmemoChatPolicy.cpp omemo/OmemoChatPolicy.h
    omemo/OmemoController.cpp omemo/OmemoController.h
    omemo/OmemoCrypto.cpp omemo/OmemoCrypto.h
    omemo/OmemoDecryptStage.cpp omemo/OmemoDecryptStage.h
    omemo/OmemoDeviceListItem.cpp omemo/OmemoDeviceListItem.h
    omemo/OmemoElement.cpp omemo/OmemoElement.h
    omemo/OmemoEncryptStage.cpp omemo/OmemoEncryptStage.h
    omemo/OmemoEngine.cpp omemo/OmemoEngine.h
    omemo/OmemoKeyForm.cpp omemo/OmemoKeyForm.h
    omemo/OmemoLog.cpp omemo/OmemoLog.h
    omemo/OmemoMessageCipher.cpp omemo/OmemoMessageCipher.h
    omemo/OmemoPep.cpp omemo/OmemoPep.h
    omemo/OmemoPayload.cpp omemo/OmemoPayload.h
    omemo/OmemoStore.cpp omemo/OmemoStore.h
    omemo/OmemoTrustRows.cpp omemo/OmemoTrustRows.h
    omemo/OmemoTrustUri.cpp omemo/OmemoTrustUri.h
    omemo/SceEnvelope.cpp omemo/SceEnvelope.h omemo/SharedFetches.h
    omemo/SignalCryptoProvider.cpp omemo/SignalCryptoProvider.h
)
target_link_libraries(isthmus-core PUBLIC PkgConfig::LIBOMEMO_C OpenSSL::Crypto)
