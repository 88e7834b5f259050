#pragma once

#include <QLoggingCategory>

// One category per area, so that a user can turn one on with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="vaultscope.store.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcImport) // vaultscope.import: baseline documents and estate files
Q_DECLARE_LOGGING_CATEGORY(lcPolicy) // vaultscope.policy: definitions and evaluation
Q_DECLARE_LOGGING_CATEGORY(lcStore)  // vaultscope.store: the SQLite store, backups
Q_DECLARE_LOGGING_CATEGORY(lcReport) // vaultscope.report: report jobs and writers
Q_DECLARE_LOGGING_CATEGORY(lcUi)     // vaultscope.ui: the window and its services
Q_DECLARE_LOGGING_CATEGORY(lcScan)   // vaultscope.scan: Resource Manager and Resource Graph requests
Q_DECLARE_LOGGING_CATEGORY(lcAuth)   // vaultscope.auth: sign-in and tokens (never the tokens themselves)
