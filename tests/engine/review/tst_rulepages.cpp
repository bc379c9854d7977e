// docs/rules/ and the registry cannot drift apart: every rule has its page, whose title names its id, severity and
// category, the index lists every rule with the same severity and category, and no page names a rule that is not
// registered.
#include "review/reviewrule.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace tidemark;

namespace {

const QDir rulesDir(QStringLiteral(TIDEMARK_SOURCE_DIR "/docs/rules"));

QString read(const QString &name)
{
    QFile file(rulesDir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestRulePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRuleHasAPage_data()
    {
        QTest::addColumn<int>("rule");
        for (const ReviewRule &rule : reviewRules())
            QTest::newRow(rule.id) << int(rule.rule);
    }

    void everyRuleHasAPage()
    {
        QFETCH(int, rule);
        const ReviewRule &r = reviewRule(RuleId(rule));
        QVERIFY(r.docPage().startsWith(QLatin1String("docs/rules/")));
        const QString page = read(QFileInfo(r.docPage()).fileName());
        QVERIFY2(!page.isEmpty(), qPrintable(r.docPage() + QStringLiteral(" is missing")));
        QVERIFY2(page.startsWith(QStringLiteral("# %1\n").arg(r.name())), qPrintable(r.docPage()));
        const QString facts = QStringLiteral("Severity: **%1**. Category: %2.")
                                  .arg(ruleSeverityName(r.severity), ruleCategoryName(r.category));
        QVERIFY2(page.contains(facts), qPrintable(r.docPage() + QStringLiteral(" should say: ") + facts));
        for (const char *section : {"## What fires", "## Why it hurts", "## The safe way", "## Allowing it"})
            QVERIFY2(page.contains(QLatin1String(section)), qPrintable(r.docPage() + QStringLiteral(": no ") + section));
    }

    void indexListsEveryRule_data() { everyRuleHasAPage_data(); }

    void indexListsEveryRule()
    {
        QFETCH(int, rule);
        const ReviewRule &r = reviewRule(RuleId(rule));
        const QString index = read(QStringLiteral("README.md"));
        QVERIFY(!index.isEmpty());
        const QString row = QStringLiteral("| [`%1`](%1.md) | %2 | %3 |")
                                .arg(r.name(), ruleSeverityName(r.severity), ruleCategoryName(r.category));
        QVERIFY2(index.contains(row), qPrintable(QStringLiteral("docs/rules/README.md should have a row starting ") + row));
    }

    void noPageForAnUnknownRule()
    {
        for (const QString &page : rulesDir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
            if (page == u"README.md")
                continue;
            QVERIFY2(findReviewRule(QFileInfo(page).completeBaseName()), qPrintable(page));
        }
        static const QRegularExpression link(QStringLiteral("\\]\\(([a-z-]+)\\.md\\)"));
        for (const QRegularExpressionMatch &m : link.globalMatch(read(QStringLiteral("README.md"))))
            QVERIFY2(findReviewRule(m.captured(1)), qPrintable(m.captured(1)));
    }
};

QTEST_GUILESS_MAIN(TestRulePages)
#include "tst_rulepages.moc"
