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
    // Read in place, without splitting into strings: every Key Vault of a snapshot has one, and
    // they are read each time a snapshot opens.
    bool first = true;
    for (const QStringView part : QStringView(text).tokenize(QLatin1Char(';'))) {
        int numbers[6] = {};
        int count = 0;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (!first && colon < 0)
            continue;
        for (const QStringView n : part.mid(colon + 1).tokenize(QLatin1Char(','))) {
            if (count == 6)
                return;
            numbers[count++] = n.toInt();
        }
        if (first) {
            if (colon >= 0 || count != 6)
                return; // not a summary: the vault shows no objects rather than wrong ones
            *t = {};
            t->keys = numbers[0];
            t->secrets = numbers[1];
            t->certificates = numbers[2];
            t->withoutExpiry = numbers[3];
            t->expiringSoon = numbers[4];
            t->expired = numbers[5];
            perDefinition->resize(definitions);
            first = false;
            continue;
        }
        const int d = part.left(colon).toInt();
        if (d < 0 || d >= definitions || count != 3)
            continue;
        (*perDefinition)[d] = {numbers[0], numbers[1], numbers[2]};
    }
}

} // namespace vaultscope
