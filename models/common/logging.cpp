#include "logging.h"

Q_LOGGING_CATEGORY(lcImport, "vaultscope.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPolicy, "vaultscope.policy", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "vaultscope.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReport, "vaultscope.report", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "vaultscope.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "vaultscope.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcScan, "vaultscope.scan", QtWarningMsg)
