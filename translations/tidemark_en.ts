<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tidemark</name>
    <message numerus="yes">
        <location filename="../engine/conventions/unsavedmigration.cpp" line="+35"/>
        <source>%1 reads %n migration(s) from these files, not one</source>
        <translation>
            <numerusform>%1 reads %n migration from these files, not one</numerusform>
            <numerusform>%1 reads %n migrations from these files, not one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/run/rehearsal.cpp" line="+173"/>
        <source>every step ran (%n migration(s)); nothing of it was kept</source>
        <translation>
            <numerusform>every step ran (%n migration); nothing of it was kept</numerusform>
            <numerusform>every step ran (%n migrations); nothing of it was kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/lintreport.cpp" line="+72"/>
        <source>%n migration(s) linted for %1: </source>
        <translation>
            <numerusform>%n migration linted for %1: </numerusform>
            <numerusform>%n migrations linted for %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of them allowed</source>
        <translation>
            <numerusform>%n of them allowed</numerusform>
            <numerusform>%n of them allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/review/transactionrules.cpp" line="+69"/>
        <source>%1, so the other %n statement(s) of this script run without one too: a failure leaves them done</source>
        <translation>
            <numerusform>%1, so the other %n statement of this script run without one too: a failure leaves them done</numerusform>
            <numerusform>%1, so the other %n statements of this script run without one too: a failure leaves them done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::ConfirmPlanDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/confirmplandialog.cpp" line="+50"/>
        <source>Run %n step(s) against %1?</source>
        <translation>
            <numerusform>Run %n step against %1?</numerusform>
            <numerusform>Run %n steps against %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Roll back %n migration(s) on %1?</source>
        <translation>
            <numerusform>Roll back %n migration on %1?</numerusform>
            <numerusform>Roll back %n migrations on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Apply %n migration(s) to %1?</source>
        <translation>
            <numerusform>Apply %n migration to %1?</numerusform>
            <numerusform>Apply %n migrations to %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::DiffView</name>
    <message numerus="yes">
        <location filename="../widgets/sql/diffview.cpp" line="+196"/>
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n line removed</numerusform>
            <numerusform>%n lines removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::ExportReportDialog</name>
    <message numerus="yes">
        <location filename="../app/gui/exportreportdialog.cpp" line="+275"/>
        <source>The report covers %n run(s).</source>
        <translation>
            <numerusform>The report covers %n run.</numerusform>
            <numerusform>The report covers %n runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::FindReplaceBar</name>
    <message numerus="yes">
        <location filename="../widgets/sql/findreplacebar.cpp" line="+147"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::HistoryPanel</name>
    <message numerus="yes">
        <location filename="../app/gui/historypanel.cpp" line="+170"/>
        <source>✓ Hash chain holds: %n event(s) chained, nothing changed or removed</source>
        <translation>
            <numerusform>✓ Hash chain holds: %n event chained, nothing changed or removed</numerusform>
            <numerusform>✓ Hash chain holds: %n events chained, nothing changed or removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 of %n run</numerusform>
            <numerusform>%1 of %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="+204"/>
        <source>Wrote the %1 report of %n run(s) to %2</source>
        <translation>
            <numerusform>Wrote the %1 report of %n run to %2</numerusform>
            <numerusform>Wrote the %1 report of %n runs to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindowrehearse.cpp" line="+21"/>
        <source>Rehearsing %n step(s): run for real, then undone.</source>
        <translation>
            <numerusform>Rehearsing %n step: run for real, then undone.</numerusform>
            <numerusform>Rehearsing %n steps: run for real, then undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Rehearsed against %1: runs, %n statement(s) in %2 ms, nothing kept</source>
        <translation>
            <numerusform>Rehearsed against %1: runs, %n statement in %2 ms, nothing kept</numerusform>
            <numerusform>Rehearsed against %1: runs, %n statements in %2 ms, nothing kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>; %n statement(s) not rehearsed: %1</source>
        <translation>
            <numerusform>; %n statement not rehearsed: %1</numerusform>
            <numerusform>; %n statements not rehearsed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::RunDetailView</name>
    <message numerus="yes">
        <location filename="../app/gui/rundetailview.cpp" line="+171"/>
        <source>Plan (%n step(s))</source>
        <translation>
            <numerusform>Plan (%n step)</numerusform>
            <numerusform>Plan (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::RunEventsModel</name>
    <message numerus="yes">
        <location filename="../widgets/runeventsmodel.cpp" line="+120"/>
        <source>%1, %n statement(s) to run</source>
        <translation>
            <numerusform>%1, %n statement to run</numerusform>
            <numerusform>%1, %n statements to run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::RunLogDock</name>
    <message numerus="yes">
        <location filename="../app/gui/runlogdock.cpp" line="+68"/>
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::SqlCheckView</name>
    <message numerus="yes">
        <location filename="../widgets/sql/sqlcheckview.cpp" line="+64"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n destructive</source>
        <translation>
            <numerusform>%n destructive</numerusform>
            <numerusform>%n destructive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n outside a transaction</source>
        <translation>
            <numerusform>%n outside a transaction</numerusform>
            <numerusform>%n outside a transaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n allowed</source>
        <translation>
            <numerusform>%n allowed</numerusform>
            <numerusform>%n allowed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::TimelinePanel</name>
    <message numerus="yes">
        <location filename="../app/gui/timelinepanel.cpp" line="+151"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 of %n shown</numerusform>
            <numerusform>%1 of %n shown</numerusform>
        </translation>
    </message>
</context>
</TS>
