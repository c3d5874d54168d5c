#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcHttp, "ivs.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSigV4, "ivs.sigv4", QtInfoMsg)
