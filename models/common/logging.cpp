#include "logging.h"

Q_LOGGING_CATEGORY(lcImport, "vaultscope.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPolicy, "vaultscope.policy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "vaultscope.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "vaultscope.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "vaultscope.ui", QtInfoMsg)
