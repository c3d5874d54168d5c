#pragma once

#include <QLoggingCategory>

// Debug output is off by default; --debug (or QT_LOGGING_RULES) turns these
// on. Anything logged under them must already be redacted (see Redactor).
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSigV4)
