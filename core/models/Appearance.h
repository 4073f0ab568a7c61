// SPDX-License-Identifier: GPL-3.0-or-later
// Light, dark or the system's colours. KColorSchemeManager applies a scheme to the whole
// application (palette and Kirigami theme) and keeps the choice in the app's config file.
#pragma once

#include <QObject>
#include <QQmlEngine>

class KColorSchemeManager;

class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Scheme scheme READ scheme WRITE setScheme NOTIFY schemeChanged)
public:
    enum Scheme { FollowSystem, Light, Dark };
    Q_ENUM(Scheme)

    explicit Appearance(QObject *parent = nullptr);

    Scheme scheme() const { return m_scheme; }
    void setScheme(Scheme scheme);

    // ISTHMUS_COLOR_SCHEME=light|dark|system applies a scheme for this run only (screenshots,
    // tests) without changing the saved choice.
    static QString overrideVariable() { return QStringLiteral("ISTHMUS_COLOR_SCHEME"); }

Q_SIGNALS:
    void schemeChanged();

private:
    void apply(Scheme scheme);

    KColorSchemeManager *m_manager;
    Scheme m_scheme = FollowSystem;
};
