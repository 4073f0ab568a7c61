// SPDX-License-Identifier: GPL-3.0-or-later
#include "Appearance.h"

#include <KColorSchemeManager>

#include <QModelIndex>

#include "Logging.h"

namespace {

// The Breeze schemes: on every desktop the same light and dark, drawn for Kirigami.
QString schemeId(Appearance::Scheme scheme)
{
    switch (scheme) {
    case Appearance::Light:
        return QStringLiteral("BreezeLight");
    case Appearance::Dark:
        return QStringLiteral("BreezeDark");
    case Appearance::FollowSystem:
        break;
    }
    return {};
}

} // namespace

Appearance::Appearance(QObject *parent) : QObject(parent), m_manager(KColorSchemeManager::instance())
{
    const QString active = m_manager->activeSchemeId();
    if (active == schemeId(Light))
        m_scheme = Light;
    else if (active == schemeId(Dark))
        m_scheme = Dark;

    const QString requested = qEnvironmentVariable(qPrintable(overrideVariable())).toLower();
    if (requested.isEmpty())
        return;
    m_manager->setAutosaveChanges(false);
    if (requested == QLatin1String("dark"))
        apply(Dark);
    else if (requested == QLatin1String("light"))
        apply(Light);
    else
        apply(FollowSystem);
}

void Appearance::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    apply(scheme);
}

void Appearance::apply(Scheme scheme)
{
    const QString id = schemeId(scheme);
    const QModelIndex index = id.isEmpty() ? QModelIndex() : m_manager->indexForSchemeId(id);
    if (!id.isEmpty() && !index.isValid())
        qCWarning(lcModels, "the colour scheme %s is not installed; keeping the system's", qPrintable(id));
    qCInfo(lcModels, "colour scheme: %s", qPrintable(id.isEmpty() ? QStringLiteral("the system's") : id));
    m_manager->activateScheme(index);
    m_scheme = scheme;
    Q_EMIT schemeChanged();
}
