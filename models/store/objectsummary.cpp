#include "objectsummary.h"

#include <QStringList>

namespace vaultscope {

QString encodeObjectSummary(const ObjectTally &t, const QList<PostureCounts> &perDefinition)
{
    QStringList parts{QStringLiteral("%1,%2,%3,%4,%5,%6")
                          .arg(t.keys)
                          .arg(t.secrets)
                          .arg(t.certificates)
                          .arg(t.withoutExpiry)
                          .arg(t.expiringSoon)
                          .arg(t.expired)};
    for (qsizetype d = 0; d < perDefinition.size(); ++d) {
        const PostureCounts &c = perDefinition.at(d);
        if (c.evaluated() > 0)
            parts.append(
                QStringLiteral("%1:%2,%3,%4").arg(d).arg(c.compliant).arg(c.nonCompliant).arg(c.unknown));
    }
    return parts.join(QLatin1Char(';'));
}

QHash<int, QString> objectSummaries(const Snapshot &s)
{
    QHash<int, QPair<ObjectTally, QList<PostureCounts>>> of;
    const qint64 at = s.capturedAt.toSecsSinceEpoch();
    for (qsizetype i = 0; i < s.objects.size(); ++i) {
        const SnapshotObject &o = s.objects.at(i);
        if (o.vault < 0)
            continue;
        auto &[tally, counts] = of[o.vault];
        tally.count(o.type, o.expires == 0                                    ? ObjectTally::Expiry::Never
                            : o.expires <= at                                 ? ObjectTally::Expiry::Expired
                            : o.expires <= at + ObjectTally::SoonDays * 86400 ? ObjectTally::Expiry::Soon
                                                                              : ObjectTally::Expiry::Later);
        const QByteArray &codes = s.objectOutcomes.at(i);
        counts.resize(s.definitions.size());
        for (qsizetype d = 0; d < codes.size() && d < counts.size(); ++d)
            counts[d].add(codes.at(d));
    }
    QHash<int, QString> out;
    for (auto it = of.constBegin(); it != of.constEnd(); ++it)
        out.insert(it.key(), encodeObjectSummary(it->first, it->second));
    return out;
}

void decodeObjectSummary(const QString &text, int definitions, ObjectTally *t,
                         QList<PostureCounts> *perDefinition)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    const QStringList tally = parts.value(0).split(QLatin1Char(','));
    if (tally.size() != 6)
        return; // not a summary: the vault shows no objects rather than wrong ones
    t->keys = tally.at(0).toInt();
    t->secrets = tally.at(1).toInt();
    t->certificates = tally.at(2).toInt();
    t->withoutExpiry = tally.at(3).toInt();
    t->expiringSoon = tally.at(4).toInt();
    t->expired = tally.at(5).toInt();
    perDefinition->resize(definitions);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const int d = parts.at(i).section(QLatin1Char(':'), 0, 0).toInt();
        const QStringList c = parts.at(i).section(QLatin1Char(':'), 1).split(QLatin1Char(','));
        if (d < 0 || d >= definitions || c.size() != 3)
            continue;
        (*perDefinition)[d] = {c.at(0).toInt(), c.at(1).toInt(), c.at(2).toInt()};
    }
}

} // namespace vaultscope
