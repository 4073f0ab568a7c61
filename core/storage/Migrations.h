// SPDX-License-Identifier: GPL-3.0-or-later
// The schema as an append-only list of migrations. Never edit a released step: add one.
#pragma once

#include <QSqlDatabase>

namespace Migrations {
int latestVersion();
// Applies the missing steps up to targetVersion, each in its own transaction; returns the version.
int migrate(QSqlDatabase &db, int targetVersion);
int currentVersion(QSqlDatabase &db);
} // namespace Migrations
