#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// A header as it goes on the wire. A list, not a map, because the order and
// repeated names matter to SigV4 and to the debug log.
using HttpHeader = QPair<QByteArray, QByteArray>;
using HttpHeaderList = QList<HttpHeader>;
