<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+38"/>
        <source>Tidemark: a workbench for database migrations.</source>
        <translation>Tidemark: eine Werkbank für Datenbankmigrationen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of migrations to open (default: the bundled demo project).</source>
        <translation>Zu öffnender Ordner mit Migrationen (Standard: das mitgelieferte Demoprojekt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database to connect to, e.g. sqlite:app.db or postgres://user@host/db. A password comes from TIDEMARK_PASSWORD, never from the URL.</source>
        <translation>Datenbank, mit der verbunden wird, z. B. sqlite:app.db oder postgres://benutzer@host/db. Ein Passwort kommt aus TIDEMARK_PASSWORD, nie aus der URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>tidemark</name>
    <message>
        <location filename="../app/cli/clicontext.cpp" line="+21"/>
        <location filename="../app/cli/main.cpp" line="+144"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>use either --profile or --url, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--url is required (or --profile NAME), e.g. --url sqlite:app.db or --profile staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/profilecommands.cpp" line="+70"/>
        <source>there is no profile named &quot;%1&quot;; see tidemark-cli profile list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>note: no password is saved for profile &quot;%1&quot;; connecting without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>note: %1; set TIDEMARK_PASSWORD instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/createcommand.cpp" line="+14"/>
        <source>create needs a NAME, e.g. tidemark-cli create add_users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/connectionurl.cpp" line="+79"/>
        <source>sqlite: URL needs a file path, e.g. sqlite:app.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown database URL &quot;%1&quot;; use sqlite:PATH, postgres://USER@HOST:PORT/DB or mysql://USER@HOST:PORT/DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <source>the URL contains a password, which would show in the process list and shell history; remove it and set TIDEMARK_PASSWORD or use a saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the URL has a %1 parameter, which would show in the process list and shell history; remove it and set TIDEMARK_PASSWORD or use a saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>port %1 is out of range; a port is a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the URL needs a host and a database, e.g. postgres://app@localhost:5432/appdb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/database.cpp" line="+90"/>
        <source>connected to %1, but could not set up the session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (no password was given: set TIDEMARK_PASSWORD or save one in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot connect to %1 again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the schema option is for PostgreSQL; on MySQL and MariaDB the database in the URL is the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the SQLite database %1 does not exist yet; `up` creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/connections/connectionprobe.cpp" line="+82"/>
        <source>connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connected, but the server did not answer a simple query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the SQLite database file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the connection test was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 accepts connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host name &quot;%1&quot; is not known: check the spelling, or the DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the connection: the host is there, but no database server listens on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be reached from here: no route to the host, or the network is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no answer from %1 within %2 s: the host may be down, or a firewall drops the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../engine/database/database.cpp" line="+16"/>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>the server wants a password for user &quot;%1&quot;, and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the server rejected the password for user &quot;%1&quot; (or there is no such user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server has no database named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encrypted (TLS) connection failed: check the TLS mode and the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the server does not accept this user from this host for this database (pg_hba.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database server did not complete the login in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/golangmigrateconvention.cpp" line="+79"/>
        <source>not a golang-migrate file name, so it is not run; expected NNN_name.up.sql or NNN_name.down.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../engine/conventions/singlefilemigrations.cpp" line="+76"/>
        <source>version %1 is used twice: %2 and %3; give one of them a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>down file without an up file; it is not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has no down file, so it cannot be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is not a golang-migrate up file name (NNN_name.up.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/flywayconvention.cpp" line="+73"/>
        <source>script configuration without its script %1; it has no effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a Flyway file name, so it is not run; expected V1__name.sql, U1__name.sql, B1__name.sql or R__name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Flyway replaces ${…} placeholders before it runs a script; Tidemark runs the text as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is used twice: %2 and %3; give one of them a new one, only the first is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/history/foreignhistory.cpp" line="+128"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the repeatable description &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>undo script without a V script of version %1, so it is not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>has no undo script (U%1__…), so it cannot be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../engine/conventions/golangmigrateconvention.cpp" line="-21"/>
        <location filename="../engine/conventions/singlefilemigrations.cpp" line="+40"/>
        <source>a migration name needs at least one letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a Flyway V, B or R script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/migrationlock.cpp" line="+45"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (pid %1)</source>
        <translation> (PID %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> since %1 UTC</source>
        <translation> seit %1 UTC</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 for %2 s</source>
        <translation>%1 seit %2 s</translation>
    </message>
    <message>
        <location filename="../engine/run/plan.cpp" line="+32"/>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DDL commits implicitly on MariaDB/MySQL: recorded statement by statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the migration file asks for no transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>-- tidemark:no-transaction at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1 adds enum value %2 that line %3 uses: PostgreSQL cannot use a new enum value in the transaction that adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 cannot run inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the script manages its own transaction (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rolling back %1 %2 stopped part-way (%3 of %4 down statements ran). Finish or undo it by hand, then repair it (repair %1 --mark-rolled-back or --mark-applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (down as stored when applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 has no down script, so it cannot be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 %2 stopped part-way; repair or resume it before rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing to roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (resume at statement %1, whose outcome is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (resume from statement %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no down script: the run stops here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the migration files have errors; fix them first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 stopped part-way (%3 of %4 statements ran). Look at the database, then either resume it (up --resume), or repair it (repair %1 --mark-applied or --mark-rolled-back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>resumes at statement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 cannot be resumed: it was cut into %3 statements when it ran, and is cut into %4 now. Settle it with repair %1 --mark-applied or --mark-rolled-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="+15"/>
        <source>drift needs one VERSION and exactly one of --accept-file or --restore-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommands.cpp" line="+310"/>
        <location filename="../engine/run/baselineplan.cpp" line="+36"/>
        <location filename="../engine/run/plan.cpp" line="-24"/>
        <location line="+76"/>
        <source>there is no migration with version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/driftcommand.cpp" line="+9"/>
        <source>%1 is %2, not modified: --accept-file records an edited file&apos;s text in the history; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, neither modified nor missing: --restore-file writes the applied text back to a drifted file; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/plan.cpp" line="-17"/>
        <source>nothing to apply: the database is already past %1; use down to go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to apply: the database is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the number of steps to roll back must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>nothing to do: the database is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/project.cpp" line="+22"/>
        <source>tidemark.json: %1 must be a text in quotes, e.g. &quot;%1&quot;: &quot;…&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tidemark.json: %1 &quot;%2&quot; is not a plain table name (letters, digits and _ only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tidemark.json: %1 and %2 both name the table &quot;%3&quot;; each needs its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a file, not a project folder; name the folder that holds the migrations (or its tidemark.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>project folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../engine/run/driftfiles.cpp" line="+24"/>
        <location filename="../widgets/sql/scriptdocument.cpp" line="+18"/>
        <location line="+5"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>tidemark.json names migrations folder %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runcontext.cpp" line="+102"/>
        <source> as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runner.cpp" line="+96"/>
        <location line="+10"/>
        <source>nothing to do</source>
        <translation type="unfinished">nichts zu tun</translation>
    </message>
    <message>
        <location filename="../engine/run/rehearsalreport.cpp" line="+76"/>
        <source>schema before</source>
        <translation>Schema vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schema after</source>
        <translation>Schema nachher</translation>
    </message>
    <message>
        <location filename="../engine/run/rehearsal.cpp" line="+43"/>
        <source>nothing to rehearse</source>
        <translation>nichts zu proben</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../engine/run/runnerlock.cpp" line="+30"/>
        <source>could not take the migration lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>the database is locked by %1; nothing was rehearsed. Try again when that run has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another connection writing to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the rehearsal was cancelled; what it ran was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed at statement %2 (line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>every step ran (%n migration(s)); nothing of it was kept</source>
        <translation>
            <numerusform>jeder Schritt lief (%n Migration); nichts davon blieb</numerusform>
            <numerusform>jeder Schritt lief (%n Migrationen); nichts davon blieb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not begin the rehearsal&apos;s transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in one transaction, rolled back at the end</source>
        <translation>in einer Transaktion, am Ende zurückgerollt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../engine/run/rehearsalscratch.cpp" line="+178"/>
        <source>could not read the database before the rehearsal: %1</source>
        <translation>die Datenbank konnte vor der Probe nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sequences the plan advanced stay advanced: PostgreSQL never rolls them back.</source>
        <translation>Sequenzen, die der Plan weitergezählt hat, bleiben weitergezählt: PostgreSQL rollt sie nie zurück.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The schema after the plan could not be read: %1</source>
        <translation>Das Schema nach dem Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rollback failed: %1</source>
        <translation>das Zurückrollen ist gescheitert: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database could not be read afterwards: %1</source>
        <translation>die Datenbank konnte danach nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidemark&apos;s history changed while the rehearsal ran</source>
        <translation>die Tidemark-Historie hat sich während der Probe geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the schema changed while the rehearsal ran (by it, or by another session)</source>
        <translation>das Schema hat sich während der Probe geändert (durch sie oder eine andere Sitzung)</translation>
    </message>
    <message>
        <location filename="../engine/run/runner.cpp" line="-42"/>
        <source>
The run&apos;s end could not be recorded in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/rehearsal.cpp" line="-182"/>
        <location filename="../engine/run/runnerlock.cpp" line="+4"/>
        <source>another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runnerlock.cpp" line="+2"/>
        <source>stopped waiting for the migration lock, held by %1; nothing ran</source>
        <translation>das Warten auf die Migrationssperre (gehalten von %1) wurde beendet; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database is locked by %1; waited %2 s. Try again when that run has finished.</source>
        <translation>die Datenbank ist von %1 gesperrt; %2 s gewartet. Versuchen Sie es erneut, wenn jener Lauf beendet ist.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>break the stale migration lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database server releases this lock when the holder&apos;s session ends; Tidemark never ends another session. Nothing was changed.</source>
        <translation>der Datenbankserver gibt diese Sperre frei, wenn die Sitzung des Halters endet; Tidemark beendet nie eine fremde Sitzung. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds the migration lock and may still be running: Tidemark never breaks a live lock. Nothing was changed.</source>
        <translation>%1 hält die Migrationssperre und läuft womöglich noch: Tidemark bricht nie eine lebendige Sperre auf. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nobody holds the migration lock any more: there was nothing to break</source>
        <translation>niemand hält die Migrationssperre mehr: Es gab nichts aufzubrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lock was taken over but that could not be recorded, so it is released again: %1</source>
        <translation>die Sperre wurde übernommen, aber das konnte nicht festgehalten werden, darum ist sie wieder freigegeben: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>broke the stale lock left by %1 (%2), and released it; nothing ran</source>
        <translation>die verwaiste Sperre von %1 (%2) aufgebrochen und freigegeben; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>could not create the history tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runner.cpp" line="+45"/>
        <source>nothing ran: the run&apos;s start could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not read the history table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>already done by another run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>commit failed, nothing was applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--single-transaction needs a database whose DDL can be rolled back; this one commits DDL at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--single-transaction cannot include %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cancelled while it ran (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../engine/run/runnerstatements.cpp" line="+33"/>
        <source>its start could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1; the migration was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cancelled; the migration was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runnerstatements.cpp" line="+24"/>
        <source>cancelled before statement %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>cancelled; statements %1 to %2 were rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runner.cpp" line="+141"/>
        <source>the failure could not be recorded in %1: %2. The history keeps only what had committed: run status once the database answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-278"/>
        <location line="+112"/>
        <location filename="../engine/run/runnerstatements.cpp" line="-8"/>
        <source>could not begin a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>stopped as asked; migrations done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>
The whole run was one transaction: the migrations before it in this run (%1) were rolled back too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>migrations done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>cancelled before statement %1; the migration was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../engine/run/runnerstatements.cpp" line="+19"/>
        <source>commit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runnerstatements.cpp" line="-72"/>
        <source>the script began a transaction and never committed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>every statement ran, but recording it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>statement %1 ran, but its progress could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>statement %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runner.cpp" line="+97"/>
        <source>%1, statement %2 at line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runprinter.cpp" line="+71"/>
        <location filename="../engine/run/driftfiles.cpp" line="+42"/>
        <location filename="../engine/run/runner.cpp" line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../engine/audit/audittrailloader.cpp" line="+24"/>
        <location filename="../engine/run/runworker.cpp" line="+22"/>
        <location line="+82"/>
        <location line="+8"/>
        <source>not connected to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/scriptfile.cpp" line="+15"/>
        <location line="+3"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid UTF-8; save it as UTF-8 and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains a NUL byte at line %1; SQL files are text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/run/driftfiles.cpp" line="-31"/>
        <location filename="../report/auditreport.cpp" line="+75"/>
        <location filename="../widgets/sql/scriptdocument.cpp" line="+75"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/conventionfactory.cpp" line="+98"/>
        <source>tidemark.json names an unknown convention &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/session.cpp" line="+66"/>
        <source>%1 databases are not supported by this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="-74"/>
        <source>The project folder (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation type="unfinished">ORDNER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database: sqlite:PATH, postgres://USER@HOST:PORT/DB, mysql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation type="unfinished">URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved connection profile, in place of --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile add: development, staging or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ENV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile add/password: read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Database migrations from the command line.

Commands:
  status                 what is applied, pending, modified, missing or failed
  up [--to V]            apply pending migrations (--dry-run: the plan; --rehearse: run it and undo it)
  down (--steps N|--to V) roll back
  goto V                 roll back or apply until exactly V is current
  repair V (--mark-applied|--mark-rolled-back)  settle a failed migration fixed by hand
  drift V (--accept-file|--restore-file)  settle a modified or missing migration: record the edited
                         file in the history, or write the applied text back to its file
  baseline V | baseline --from TOOL  record migrations as applied without running them
  break-lock             SQLite: take over and release a lock whose holder is provably gone (recorded)
  validate               check files and history for problems and drift (exit 3)
  lint [V…] [--dialect sqlite|postgres|mysql] [--format text|json|sarif] [--fail-on error|warning]
                         the review rules over the migration files (docs/rules); exit 3 when a finding
                         at or above --fail-on is not allowed; needs no database (the dialect is
                         --url&apos;s or --profile&apos;s, without connecting, else --dialect)
  create NAME            write the next migration in the project&apos;s convention
  audit verify [--head HASH]  check the events&apos; hash chain (exit 3 naming the first event that does not match)
  report [--since DATE] [--until DATE] [--run ID] [--format html|pdf|csv|jsonl] [--output FILE]
                         the audit report of the events (default: the last 30 days, HTML, to stdout)
  profile add NAME --url URL [--env ENV] [--password-stdin]  save a connection profile
  profile list | remove NAME | password NAME --password-stdin | test NAME

The password comes from the TIDEMARK_PASSWORD environment variable, else from the OS keychain for
--profile; never from the command line.
A production database (a production profile, or --url reaching one&apos;s database) changes only with
--confirm DATABASE, or its name typed at a terminal; status, validate, lint, report and --dry-run need nothing.
--rehearse asks too: it takes the locks the plan takes, for as long as it runs.
Exit codes: 0 success, 1 a run failed, 2 usage or bad input, 3 validation or lint found problems, 4 lock not acquired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>status, up, down, goto, repair, drift, baseline, validate, lint or create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Output format: text or json; for lint also sarif; for report html, pdf, csv or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lint: the database the scripts are for, when no --url or --profile says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIALECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lint: exit 3 on a finding at this severity or above: error or warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target version for up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/statuscommands.cpp" line="+197"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many migrations down rolls back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the plan and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up/down/goto: run the plan for real and undo it (a rolled-back transaction; on MariaDB a scratch database): each step&apos;s outcome, time, rows and locks, and the schema diff. Nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up: continue a migration that stopped part-way from its next statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up --resume: the statement a stopped run left unknown took effect (you looked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up --resume: the statement a stopped run left unknown did not take effect (you looked); it runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up: on an empty database, run the versioned chain instead of the latest baseline script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up/down/goto: run the whole plan in one transaction, all or nothing (CI and dev databases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline: take over what golang-migrate, goose, flyway or dbmate recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repair: the failed migration was completed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repair: what the failed migration did was undone by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drift: the edit of a modified migration&apos;s file is intended; the history takes its text (nothing runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drift: write the applied text back to a modified migration&apos;s file, or a missing one&apos;s file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds to wait for the migration lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Append the run log to FILE as JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Changing a production database: its name, as a confirmation (at a terminal the name is asked for instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit verify: a chain head printed earlier, which the chain must still contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HASH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report: from this day (YYYY-MM-DD, UTC) or time (ISO-8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>report: up to and including this day or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report: only the run with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report: write to FILE (owner-only) instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--format is text, json or sarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format is text or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given; try tidemark-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &quot;%1&quot;; try tidemark-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommands.cpp" line="-97"/>
        <source>&quot;%1&quot; is not a version (digits separated by _ or .)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-168"/>
        <source>--lock-timeout takes a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--statement-ran and --statement-did-not-run contradict each other: give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--statement-ran and --statement-did-not-run settle the statement a stopped run left unknown, for up --resume: add --resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>warning: could not write the run log to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>--rehearse and --dry-run are two different things: give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>down needs exactly one of --steps N or --to VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--steps takes a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>goto needs one VERSION, e.g. tidemark-cli goto 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>repair needs one VERSION and exactly one of --mark-applied or --mark-rolled-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>break-lock takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runprinter.cpp" line="-41"/>
        <source>Plan (dry run, nothing is changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(statements: %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>waiting for the migration lock held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>applying %1 … </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rolling back %1 … </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recorded %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ok (statements: %1, %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rehearsalprinter.cpp" line="+14"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/runprinter.cpp" line="+7"/>
        <source>FAILED</source>
        <translation type="unfinished">FEHLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reached</source>
        <translation type="unfinished">nicht erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(statements: %1 of %2, %3 ms, rows: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not run: statement %1 (line %2) %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statement %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rehearsal on %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan leaves the schema as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema, before and after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was left behind: the schema and Tidemark&apos;s history read as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runprinter.cpp" line="+7"/>
        <source> (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommands.cpp" line="-155"/>
        <source>the database file does not exist yet; `up` creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>created by the baseline script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline script, ignored: the database already has migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeatable, changed since it ran: runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>baseline script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeatable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/auditcommand.cpp" line="+18"/>
        <source>event %1 (%2%3, %4, by %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>audit takes one subcommand: audit verify [--head HASH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>audit chain broken at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone with rights over %1 changed its rows behind Tidemark&apos;s back. The events up to the one before it still hold; compare with a report or backup taken earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit chain: the head %1 is not in the chain: events after it were deleted, or the chain was rewritten. The chain&apos;s head now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/statuscommands.cpp" line="+1"/>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommands.cpp" line="+3"/>
        <source>Locked by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  runs now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  stale: %1; the next run takes the lock over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  released when that session ends (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/rehearsalprinter.cpp" line="-4"/>
        <location filename="../app/cli/statuscommands.cpp" line="+2"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommands.cpp" line="+5"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>APPLIED AT (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>* pending, but older than the current version (out of order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 applied, %2 pending, %3 modified, %4 missing, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/history/validation.cpp" line="+65"/>
        <source>%1: changed after it was applied (checksum %2 in the database, %3 in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: applied, but its file %2 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its up script has no statements; write them, or remove the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>its up script has no statements (it is empty or only comments): applying it only records it as applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/statuscommands.cpp" line="+40"/>
        <source>valid: no problems and no drift in %1 migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>problems found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/sql/sqlsplitter.cpp" line="+141"/>
        <source>psql meta-command %1 is not SQL; Tidemark runs plain SQL only — remove it or run the file with psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DELIMITER on line %1 names no delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Unterminated string literal starting on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unterminated quoted identifier starting on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unterminated backtick-quoted identifier starting on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unterminated [bracketed] identifier starting on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unterminated dollar-quoted string %1 starting on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unterminated block comment starting on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/sql/dbmatemarker.cpp" line="+38"/>
        <source>dbmate only reads &quot;-- migrate:up&quot; and &quot;-- migrate:down&quot; in lower case at the start of the line and takes this one for a plain comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/dbmateconvention.cpp" line="+73"/>
        <source>SQL before &quot;-- migrate:up&quot; belongs to no section; dbmate refuses the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>no &quot;-- migrate:up&quot; line, so dbmate would not run this file; add it above the SQL that applies the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the migrate:down section has no statements: rolling back only removes the history row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no &quot;-- migrate:down&quot; section, so it cannot be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a second &quot;%1&quot; (the first is at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;-- migrate:up&quot; after &quot;-- migrate:down&quot;; dbmate requires up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;-- migrate:down&quot; before &quot;-- migrate:up&quot;; dbmate requires up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>dbmate ignores &quot;%1&quot; here; the only option is transaction:false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>has goose annotations (-- +goose Up), not dbmate sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a golang-migrate file (.up.sql / .down.sql) without dbmate sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is not a dbmate file name (NNN_name.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/flywayname.cpp" line="+37"/>
        <source>has no &quot;__&quot; between the version and the description; Flyway expects a name such as V1_2__add_users.sql, so it is not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a repeatable script has no version: name it R__description.sql; it is not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no version before &quot;__&quot;; it is not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../engine/conventions/golangmigrateconvention.cpp" line="-51"/>
        <location filename="../engine/conventions/singlefilemigrations.cpp" line="-58"/>
        <source>%1; it is not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>version &quot;%1&quot; is not numbers separated by single &apos;.&apos; or &apos;_&apos;; it is not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/flywayscriptconfig.cpp" line="+34"/>
        <source>expected key=value, such as executeInTransaction=false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>executeInTransaction is true or false, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flyway reads the script as %1; Tidemark reads every script as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shouldExecute is not supported: Tidemark would run the script whatever the condition says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown script configuration &quot;%1&quot;; Flyway refuses it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/gooseconvention.cpp" line="+33"/>
        <source>the Down section has no statements: rolling back only removes the history row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has no &quot;-- +goose Down&quot; section, so it cannot be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has dbmate sections (-- migrate:up), not goose ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a golang-migrate file (.up.sql / .down.sql) without goose annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is not a goose file name (NNN_name.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/goosescript.cpp" line="+64"/>
        <source>no &quot;-- +goose Up&quot; annotation, so goose would not run this file; add it above the SQL that applies the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQL before &quot;-- +goose Up&quot; belongs to no section and would never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a second &quot;-- +goose Up&quot; (the first is at line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;-- +goose Up&quot; after &quot;-- +goose Down&quot;; goose expects Up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second &quot;-- +goose Down&quot; (the first is at line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;-- +goose Down&quot; before &quot;-- +goose Up&quot;; goose expects Up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;-- +goose StatementBegin&quot; before &quot;-- +goose Up&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;-- +goose StatementBegin&quot; inside the block opened at line %1; close it with &quot;-- +goose StatementEnd&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../engine/sql/migrationcut.cpp" line="+110"/>
        <source>&quot;-- +goose StatementEnd&quot; without a &quot;-- +goose StatementBegin&quot; before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>goose ENVSUB replaces ${VAR} in the SQL; Tidemark runs the text as written, so remove the annotation or the variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;-- +goose StatementBegin&quot; has no &quot;-- +goose StatementEnd&quot; before the end of the %1 section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the SQL of the %1 section from this line on is not closed by &apos;;&apos;: goose refuses such a file, and if it is more than one statement they run together as one and fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/sql/gooseannotation.cpp" line="+21"/>
        <source>goose only reads &quot;+goose&quot; in lower case and takes this line for a plain comment; write &quot;-- +goose …&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a goose annotation must start the line; goose rejects it with blanks before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown goose annotation &quot;%1&quot;; goose knows Up, Down, StatementBegin, StatementEnd, NO TRANSACTION and ENVSUB ON/OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/mysqllock.cpp" line="+42"/>
        <source>GET_LOCK(&apos;%1&apos;) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the migration lock %1 was lost with the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (connection %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>connection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/postgresschema.cpp" line="+19"/>
        <source>no schema on the search_path exists; name one with ?schema= in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/postgreslock.cpp" line="+137"/>
        <source> (database user %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runnerrepair.cpp" line="+53"/>
        <source>%1 is %2, not failed; only a failed migration is repaired (use up or down otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no file to record as applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the history of %1 changed while waiting for the lock; look at status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 statements had run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>its last attempt had failed and was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the repair was not recorded: the run&apos;s start could not be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its rollback had stopped after %1 of %2 down statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked applied by hand; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked rolled back by hand; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the repair was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runnerdrift.cpp" line="+37"/>
        <source>%1 is %2, not missing: only a migration whose file is gone is restored from the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is %2, not modified: only a migration whose file was edited after it ran has its file accepted or given the applied text back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the history of %1 changed since its status was read; look at status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file of %1 changed since its status was read; look at status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has a file again (%2); look at status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing was changed: the run&apos;s start could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it reads back with checksum %1, not the applied %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file of %1 was not restored, and is as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file of %1 was not restored (%2), and could not all be put back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>file accepted: checksum %1 in the history replaced by %2 from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file restored from the applied text: checksum %1 of the file replaced by %2 as applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing file restored from the history: %1 written again, checksum %2 as applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the file is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the file could not all be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../engine/run/runnerrepair.cpp" line="+7"/>
        <source>%1: %2; nothing was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/singlefilemigrations.cpp" line="+1"/>
        <source>not a %1 file name, so it is not run; expected NNN_name.sql or yyyyMMddHHmmss_name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, so it is not run: this folder is read as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/sql/migrationcut.cpp" line="-8"/>
        <source>&quot;-- +goose StatementBegin&quot; inside the block opened at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;-- +goose StatementBegin&quot; has no &quot;-- +goose StatementEnd&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the StatementBegin/StatementEnd block cannot be cut into statements (%1); each of its statements runs and is checked on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/baselinecommand.cpp" line="+14"/>
        <source>baseline needs either one VERSION or --from TOOL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from takes one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the database has no %1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/profilecommands.cpp" line="-19"/>
        <source>cannot read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--password-stdin read an empty password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot save the password of profile &quot;%1&quot;: %2. Nothing was saved; in CI, set TIDEMARK_PASSWORD instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save the password of profile &quot;%1&quot;: %2. Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile add needs --url, e.g. tidemark-cli profile add staging --url postgres://app@db:5432/shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--env is development, staging or production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is already a profile named &quot;%1&quot;; remove it first, or change its password with profile password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>a SQLite profile has no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>saved profile &quot;%1&quot; (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the password is in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password saved: set TIDEMARK_PASSWORD, or save one with tidemark-cli profile password %1 --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>profile password reads the password with --password-stdin only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>saved the password of profile &quot;%1&quot; in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no profiles yet; add one with tidemark-cli profile add NAME --url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>warning: could not delete the password of profile &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>removed profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../engine/connections/credentialstore.cpp" line="+191"/>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>usage: tidemark-cli profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usage: tidemark-cli profile list [--format json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>profile needs one of add, list, remove, password or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/baselineplan.cpp" line="-23"/>
        <source>%1 says a migration did not finish (%2). Fix the database and clear that mark with %1 first, then take the database over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 recorded versions that have no file here; they are not taken over: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken over from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database already has a Tidemark history; baseline VERSION is for a database that has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>baselined at version %1: the database already had these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/connections/connectionprofile.cpp" line="+72"/>
        <source>the profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile name may not start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a SQLite profile needs the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile needs a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile needs a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the schema is for PostgreSQL; on MariaDB and MySQL the database is the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/connections/credentialstore.cpp" line="-164"/>
        <source>reach the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete the password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no Secret Service available: the password will be asked for each time and kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the profile has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the keychain did not answer within %1 s (a locked keyring may be waiting for a password prompt nobody can see)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/history/foreignhistory.cpp" line="+2"/>
        <source>versions applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1 dirty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read %1&apos;s table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/connections/profilestore.cpp" line="+85"/>
        <source>could not write the profiles to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the profile has no valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is already a profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>could not create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no such profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runnerbaseline.cpp" line="+22"/>
        <source>nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing was recorded: the run&apos;s start could not be: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>already in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded as applied without running them: %1 migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/sql/sqlcheck.cpp" line="+230"/>
        <source>drops table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drops column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drops schema or database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empties table %1 (TRUNCATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deletes every row of %1 (DELETE without WHERE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updates every row of %1 (UPDATE without WHERE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sql/scriptdocument.cpp" line="-55"/>
        <source>%1 is not valid UTF-8; save it as UTF-8 and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 was created by another program since the draft was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was changed or removed by another program since it was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/version.cpp" line="+58"/>
        <source>version %1 is too large: each part of a version may have at most %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/sqlerror.cpp" line="+14"/>
        <source>the driver gave no reason (the connection to the database may be lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/history/historystore.cpp" line="+66"/>
        <source>history row %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the table %1 exists but is not a Tidemark %2 table (%3). Tidemark changes nothing in it: name another table with &quot;%4&quot; in tidemark.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>could not add the column %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>the migration lock is no longer this run&apos;s: another run took it over while this one was stalled past its lease. Nothing more was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+137"/>
        <source>the history row was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>history row %1 was already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the event was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/history/migrationstatus.cpp" line="+184"/>
        <source>repair it (repair %1 --mark-applied | --mark-rolled-back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolling back stopped %1 (%2 of %3 down statements done): finish or undo the rollback by hand, then %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>while down statement %1 ran, whose outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part-way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rolling back now, at down statement %1 of %2: %3 holds the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running now, at statement %1 of %2: %3 holds the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statement %1 of %2: outcome unknown: the run stopped while it ran. Resume it (up --resume asks the catalog where it can tell; else add --statement-ran or --statement-did-not-run once you have looked) or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped after %1 of %2 statements: resume it (up --resume) or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runnerresume.cpp" line="+18"/>
        <source>the catalog cannot show what this statement did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it replaces %1 whether or not it exists, so it runs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this database&apos;s catalog cannot show whether %1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists but is INVALID: the interrupted CREATE INDEX CONCURRENTLY left it behind. Remove it with %2 then resume with up --resume --statement-did-not-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the catalog shows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the catalog has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 records statement %2 as running, but it has %3 statements; settle it with repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statement %1 of %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the DBA said it took effect (--statement-ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the DBA said it did not take effect (--statement-did-not-run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was running when the run stopped, so whether it took effect is unknown, and %2. Look at the database, then run up --resume --statement-ran or --statement-did-not-run, or settle the migration with repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was running when a run stopped; recorded as having taken effect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was running when a run stopped; recorded as not having taken effect, so it runs again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the decision could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/statementcanceller.cpp" line="+116"/>
        <source>the Qt SQL driver gives no handle to cancel a running statement with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/audit/chainverdict.cpp" line="+24"/>
        <source>no hash chain yet: the events were written before Tidemark kept one; the next run that changes this database starts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the head given is not in the chain: events after it were deleted, or the chain was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holds: %1 events chained (%2 sealed before it began), head %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it carries a hash, but no chain-start event precedes it: the chain&apos;s beginning was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it has no hash: it was written by hand, or by a Tidemark older than the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the %1 events before the chain start were changed or deleted since it sealed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not follow event %1: an event between them was deleted, or this one was inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its content was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/runneraudit.cpp" line="+55"/>
        <source>the events&apos; hash chain starts here; its previous hash seals the events before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added to Tidemark&apos;s tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../engine/run/runnerlock.cpp" line="-6"/>
        <source>took over a stale lock left by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waited %1 ms for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="+29"/>
        <source>cannot write the report to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>report takes no arguments: report [--since DATE] [--until DATE] [--run ID] [--format html|pdf|csv|jsonl] [--output FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format for report is html, pdf, csv or jsonl, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a PDF report needs --output FILE: it is not written to a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--run needs a run id, as the report or the run log shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--run reports one run: leave out --since and --until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>there is no run &quot;%1&quot; in the events of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: the events&apos; hash chain is %1; the report says so on its cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>wrote the %1 report to %2 (runs: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/htmlparts.cpp" line="+56"/>
        <location filename="../report/pdfcover.cpp" line="+12"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/htmlreport.cpp" line="+14"/>
        <source>Tidemark audit report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/pdfreport.cpp" line="+102"/>
        <source>a PDF report needs fonts, and with them a QGuiApplication (the offscreen platform will do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tidemark audit report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Tidemark audit report · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chain head: none (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chain head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/reportcontent.cpp" line="+78"/>
        <source>%1 as applied in run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/pdfcover.cpp" line="+73"/>
        <location filename="../report/reporthtml.cpp" line="+19"/>
        <source>%1, server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../report/reporthtml.cpp" line="+6"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Database</source>
        <translation type="unfinished">Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Period</source>
        <translation type="unfinished">Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/pdfrun.cpp" line="+103"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <location filename="../report/runhtml.cpp" line="+119"/>
        <source>Tidemark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Hash chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Tidemark audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <location filename="../report/reporthtml.cpp" line="+6"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+11"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Runs</source>
        <translation type="unfinished">Läufe</translation>
    </message>
    <message>
        <location line="-21"/>
        <location filename="../report/reporthtml.cpp" line="-17"/>
        <source>Applied</source>
        <translation type="unfinished">Angewendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/reporthtml.cpp" line="+0"/>
        <source>Rolled back</source>
        <translation type="unfinished">Zurückgerollt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/reporthtml.cpp" line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/reporthtml.cpp" line="+0"/>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Repaired</source>
        <translation type="unfinished">Repariert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/reporthtml.cpp" line="+0"/>
        <source>Baselined</source>
        <translation type="unfinished">Als Baseline erfasst</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/reporthtml.cpp" line="+0"/>
        <source>Lock waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/reporthtml.cpp" line="+8"/>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>No runs in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <location filename="../report/pdfrun.cpp" line="-1"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <location line="+7"/>
        <location filename="../report/runhtml.cpp" line="-5"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/reporthtml.cpp" line="+0"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/reporthtml.cpp" line="+0"/>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/pdfrun.cpp" line="-3"/>
        <location filename="../report/reporthtml.cpp" line="+0"/>
        <location filename="../report/runhtml.cpp" line="-3"/>
        <source>Outcome</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/reporthtml.cpp" line="+1"/>
        <source>Applied / rolled back / failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../report/reporthtml.cpp" line="+8"/>
        <source>Drift at report time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/reporthtml.cpp" line="+3"/>
        <source>The project&apos;s files could not be read, so drift was not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../report/reporthtml.cpp" line="+4"/>
        <source>None: every applied migration matches its file, and nothing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/reportperiod.cpp" line="+36"/>
        <source>%1 &quot;%2&quot; is not a date: use YYYY-MM-DD (a day in UTC) or an ISO-8601 time such as 2026-11-12T10:22:01Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--since %1 is not before --until %2: the period is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/reporttext.cpp" line="+18"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation type="unfinished">%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished">%1 min %2 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the run %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs started from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no end recorded: the run was killed or is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>applied</source>
        <translation type="unfinished">angewendet</translation>
    </message>
    <message>
        <location filename="../engine/run/failedmigration.cpp" line="+54"/>
        <source>done</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporttext.cpp" line="+1"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/reporttext.cpp" line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Down statement %1 of %2 was running when the rollback stopped: whether it took effect is unknown. The %3 before it stay done.</source>
        <translation>Down-Anweisung %1 von %2 lief, als das Zurückrollen abbrach: ob sie wirksam wurde, ist unbekannt. Die %3 davor bleiben ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement %1 of %2 was running when the run stopped: whether it took effect is unknown. The %3 before it stay done.</source>
        <translation>Anweisung %1 von %2 lief, als der Lauf abbrach: ob sie wirksam wurde, ist unbekannt. Die %3 davor bleiben ausgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rollback stopped after %1 of %2 down statements. They stay done: it runs without a transaction, so nothing undid them.</source>
        <translation>Das Zurückrollen hielt nach %1 von %2 Down-Anweisungen an. Sie bleiben ausgeführt: es läuft ohne Transaktion, also hat nichts sie rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped after %1 of %2 statements. They stay done: it runs without a transaction, so nothing undid them.</source>
        <translation>Nach %1 von %2 Anweisungen angehalten. Sie bleiben ausgeführt: die Migration läuft ohne Transaktion, also hat nichts sie rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A statement failed, and its transaction undid the %1 before it: nothing of this migration is kept.</source>
        <translation>Eine Anweisung schlug fehl, und ihre Transaktion hat die %1 davor rückgängig gemacht: von dieser Migration bleibt nichts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its first statement to run failed: nothing of this migration is kept.</source>
        <translation>Ihre erste ausgeführte Anweisung schlug fehl: von dieser Migration bleibt nichts.</translation>
    </message>
    <message>
        <location filename="../report/reporttext.cpp" line="+1"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baselined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/failedmigration.cpp" line="-36"/>
        <location filename="../report/reporttext.cpp" line="+5"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../report/pdfrun.cpp" line="-79"/>
        <location filename="../report/runhtml.cpp" line="-73"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/runhtml.cpp" line="+3"/>
        <source>No plan recorded: the run has no run-start event (written before Tidemark recorded plans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../report/runhtml.cpp" line="+3"/>
        <source>The plan was empty: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../report/runhtml.cpp" line="+6"/>
        <source>#</source>
        <translation type="unfinished">Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/runhtml.cpp" line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <location filename="../report/runhtml.cpp" line="+0"/>
        <location line="+47"/>
        <source>Version</source>
        <translation type="unfinished">Version</translation>
    </message>
    <message>
        <location line="-50"/>
        <location filename="../report/runhtml.cpp" line="-47"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/runhtml.cpp" line="+0"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../report/runhtml.cpp" line="+9"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <source>Script</source>
        <translation type="unfinished">Skript</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+40"/>
        <location line="+21"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <location line="+35"/>
        <location line="+25"/>
        <source>Duration</source>
        <translation type="unfinished">Dauer</translation>
    </message>
    <message>
        <location line="-59"/>
        <location filename="../report/runhtml.cpp" line="-59"/>
        <source>Statements run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <location filename="../report/runhtml.cpp" line="+2"/>
        <location line="+33"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/reporttext.cpp" line="+25"/>
        <source>statement %1, at line %2 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before any statement ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Failed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>drift settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/pdfrun.cpp" line="-31"/>
        <location line="+47"/>
        <location filename="../report/runhtml.cpp" line="-30"/>
        <location line="+45"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location filename="../report/runhtml.cpp" line="-40"/>
        <source>The statement that failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../report/runhtml.cpp" line="+2"/>
        <source>The down SQL as it ran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <source>The SQL as it ran:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../report/runhtml.cpp" line="+6"/>
        <source>The file changed after it ran (its checksum differs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../report/runhtml.cpp" line="+3"/>
        <source>Its file is no longer in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../report/runhtml.cpp" line="+11"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/runhtml.cpp" line="+0"/>
        <source>At (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../report/runhtml.cpp" line="+0"/>
        <source>Event</source>
        <translation type="unfinished">Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../report/runhtml.cpp" line="+10"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/reporttext.cpp" line="-12"/>
        <source>host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profile %1</source>
        <translation type="unfinished">Profil %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/pdfrun.cpp" line="+13"/>
        <location filename="../report/runhtml.cpp" line="+7"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <source>Project</source>
        <translation type="unfinished">Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <source>Git commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location filename="../report/runhtml.cpp" line="+3"/>
        <source>Started</source>
        <translation type="unfinished">Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../report/runhtml.cpp" line="+1"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../report/runhtml.cpp" line="+3"/>
        <source>Lock wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../report/runhtml.cpp" line="+3"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../report/runhtml.cpp" line="+3"/>
        <source>What ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../report/runhtml.cpp" line="+2"/>
        <source>No migration was applied, rolled back, repaired or baselined in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report/pdfwriter.cpp" line="+115"/>
        <source>the font %1 is not a TrueType font, the only kind the PDF report embeds (install fonts-dejavu-core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/productionconfirm.cpp" line="+40"/>
        <source>--confirm %1 does not name this production database (%2, profile %3); nothing ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a production database (profile %2); nothing ran. From a script or pipeline add --confirm %1; at a terminal, type its name when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a production database (profile %2). Type its name to go on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing was typed; nothing ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not %2; nothing ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/database/sqlitelock.cpp" line="+63"/>
        <source>its process %1 no longer runs on this machine</source>
        <translation>sein Prozess %1 läuft auf diesem Rechner nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it never wrote a heartbeat</source>
        <translation>er hat nie ein Lebenszeichen geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its last heartbeat is %1 s old, past its %2 s lease</source>
        <translation>sein letztes Lebenszeichen ist %1 s alt, über seiner Frist von %2 s</translation>
    </message>
    <message>
        <location filename="../engine/run/driftfiles.cpp" line="+38"/>
        <source>%1 no longer holds, at line %2, the text Tidemark read from it; it changed since: look at status again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the folder has no migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder has no migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/conventions/unsavedmigration.cpp" line="+17"/>
        <source>no temporary folder to read the scripts in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not write %1 to read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 reads %n migration(s) from these files, not one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/database/heldlock.cpp" line="+27"/>
        <source>blocks only ALTER TABLE, DROP and VACUUM FULL until commit</source>
        <translation>blockiert bis zum Commit nur ALTER TABLE, DROP und VACUUM FULL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks EXCLUSIVE and ACCESS EXCLUSIVE locks until commit</source>
        <translation>blockiert bis zum Commit EXCLUSIVE- und ACCESS-EXCLUSIVE-Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocks CREATE INDEX and stronger locks until commit; reads and writes go on</source>
        <translation>blockiert bis zum Commit CREATE INDEX und stärkere Sperren; Lesen und Schreiben laufen weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocks schema changes and VACUUM until commit; reads and writes go on</source>
        <translation>blockiert bis zum Commit Schemaänderungen und VACUUM; Lesen und Schreiben laufen weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>blocks writes until commit; reads go on</source>
        <translation>blockiert bis zum Commit das Schreiben; Lesen läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks writes and SELECT … FOR UPDATE until commit</source>
        <translation>blockiert bis zum Commit das Schreiben und SELECT … FOR UPDATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocks reads and writes until commit</source>
        <translation>blockiert bis zum Commit Lesen und Schreiben</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>held until commit</source>
        <translation>gehalten bis zum Commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <location filename="../engine/run/rehearsalscratch.cpp" line="-104"/>
        <source>could not take the scratch database&apos;s lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MariaDB and MySQL rehearse on a scratch database, and this user may not create one (%1). Grant CREATE and DROP on `%2%`.* to rehearse here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>the connection names no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dropped %1, the scratch database of a rehearsal that was stopped.</source>
        <translation>%1 gelöscht, die Arbeitsdatenbank einer abgebrochenen Probe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on the scratch database %1, made with the schema of %2 and no rows, dropped at the end</source>
        <translation>auf der Arbeitsdatenbank %1, angelegt mit dem Schema von %2 und ohne Zeilen, am Ende gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scratch database has no rows: rows affected and times are those of empty tables.</source>
        <translation>Die Arbeitsdatenbank hat keine Zeilen: Zeilenzahlen und Zeiten sind die leerer Tabellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not copied to the scratch database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the scratch database %1 could not be dropped (%2); the next rehearsal drops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/run/rehearsalsteps.cpp" line="+39"/>
        <source>it switches to another database, which the rehearsal must not change</source>
        <translation>sie wechselt in eine andere Datenbank, die die Probe nicht ändern darf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it names the database %1 itself: run here it would change the real database</source>
        <translation>sie nennt die Datenbank %1 selbst: hier ausgeführt, würde sie die echte Datenbank ändern</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the script&apos;s own transaction control; the rehearsal keeps its one transaction open</source>
        <translation>die eigene Transaktionssteuerung des Skripts; die Probe hält ihre eine Transaktion offen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it cannot run inside a transaction block, and a rehearsal runs in one</source>
        <translation>sie kann nicht in einem Transaktionsblock laufen, und eine Probe läuft in einem</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>could not set a savepoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(a statement before it was not rehearsed; this failure may come from that)</source>
        <translation>(eine Anweisung davor wurde nicht geprobt; der Fehler kann daher kommen)</translation>
    </message>
    <message>
        <location filename="../app/cli/lintcommand.cpp" line="+29"/>
        <source>--dialect is sqlite, postgres or mysql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lint reads the scripts as one database does: give --dialect sqlite|postgres|mysql, or --url or --profile (it does not connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--dialect %1 is not the database of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no migration %1 in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--fail-on is error or warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/lintreport.cpp" line="+72"/>
        <source>%n migration(s) linted for %1: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of them allowed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lint failed: the migration files have errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lint failed: %1 finding(s) at %2 or above are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lint passed (--fail-on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/allowcomments.cpp" line="+47"/>
        <source>the allow comment names no rule; write -- tidemark:allow RULE-ID reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no rule %1 (docs/rules/README.md lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the allow of %1 gives no reason, so it allows nothing; say why after the rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>allows %1, which finds nothing in this migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/migrationreview.cpp" line="+23"/>
        <source>cannot be cut into statements, so nothing after this line was reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/mysqllockrules.cpp" line="+55"/>
        <source>ALTER TABLE %1 %2 without ALGORITHM= or LOCK=: the server may copy the table and block writes to it while it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/postgreslockrules.cpp" line="+87"/>
        <source>CREATE INDEX %1 on %2 without CONCURRENTLY: writes to %2 wait until the index is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>ADD %1 on %2 without NOT VALID: every row is checked while writes to %2 wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ADD CONSTRAINT %1 %2 on %3 without NOT VALID: every row is checked while writes to %3 wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a %1 column takes a value from a sequence for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an identity column takes a value from a sequence for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its default calls %1(), which is volatile: evaluated for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ADD COLUMN %1 to %2 rewrites the table under an ACCESS EXCLUSIVE lock: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SET NOT NULL on %1.%2 scans the whole table under an ACCESS EXCLUSIVE lock; no validated CHECK (%2 IS NOT NULL) comes before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ALTER COLUMN %1.%2 TYPE %3 rewrites the table and its indexes under an ACCESS EXCLUSIVE lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/renamerule.cpp" line="+45"/>
        <source>renames %1 to %2: code still using the old name fails from the moment this commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/reversibilityrules.cpp" line="+19"/>
        <source>migration %1 has no down script: it cannot be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the down script has no statements: rolling back would only remove the history row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the up creates %1 (%2:%3) and the down does not drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/reviewfinding.cpp" line="+18"/>
        <source>(allowed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/reviewrule.cpp" line="+21"/>
        <source>DROP TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table and every row in it are gone; a down script cannot bring the rows back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALTER TABLE … DROP COLUMN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column&apos;s values are gone, and code still reading the column fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DROP SCHEMA or DROP DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every object in the schema or database, and all their data, is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRUNCATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row of the table is gone; on MariaDB/MySQL it also commits at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DELETE without WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row of the table is deleted, which is rarely what a migration means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UPDATE without WHERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row of the table is rewritten, and the values it overwrites are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migration without a down script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The migration cannot be rolled back: down stops at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down script without statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling back only removes the history row; what the up did stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down does not drop what the up creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a rollback the object is still there, and applying the migration again fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CREATE INDEX without CONCURRENTLY on an existing table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the index blocks every write to the table until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ADD COLUMN with a volatile default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock to fill the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SET NOT NULL without a validated CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL scans the whole table under an ACCESS EXCLUSIVE lock to prove no row is NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALTER COLUMN TYPE that rewrites the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOREIGN KEY or CHECK added without NOT VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL checks every row while it holds a lock that blocks writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ALTER TABLE that copies the table, without ALGORITHM or LOCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server may copy the whole table and block writes while it does; nothing says so up front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renaming a table or column that exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code that is running still uses the old name and fails from the moment the rename commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement that cannot run inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The migration runs without a transaction: a failure cannot be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement that cannot run inside a transaction, among others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole migration runs without a transaction, so a failure leaves it part-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDL and DML in one migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data changes hold the schema change&apos;s locks for as long as they run; on MariaDB/MySQL a failure leaves the DDL done and the data half-changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Script that cannot be cut into statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The script would fail when it runs, and nothing after the error was reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow comment without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An allowed finding must say why, so that a reviewer can judge the exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow comment naming no rule that can be allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A misspelt id allows nothing, and the finding it meant still stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow comment for a rule that does not fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stale allow would silently allow the next finding of that rule in this migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/review/transactionrules.cpp" line="+59"/>
        <source>%1 adds an enum value that line %2 uses, which PostgreSQL allows only after the transaction that adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the migration runs without one, so a failure is not rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1, so the other %n statement(s) of this script run without one too: a failure leaves them done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 changes rows in the same script as the schema change %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tidemark::ConfirmPlanDialog</name>
    <message>
        <location filename="../app/gui/confirmplandialog.cpp" line="+42"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll Back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Run %n step(s) against %1?</source>
        <translation>
            <numerusform>%n Schritt auf %1 ausführen?</numerusform>
            <numerusform>%n Schritte auf %1 ausführen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Roll back %n migration(s) on %1?</source>
        <translation>
            <numerusform>%n Migration auf %1 zurückrollen?</numerusform>
            <numerusform>%n Migrationen auf %1 zurückrollen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Apply %n migration(s) to %1?</source>
        <translation>
            <numerusform>%n Migration auf %1 anwenden?</numerusform>
            <numerusform>%n Migrationen auf %1 anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Exactly these steps will run, in this order, under the database&apos;s migration lock. Each step runs in its own transaction where the database allows; a step without one cannot be undone automatically if it fails part-way.</source>
        <translation>Genau diese Schritte laufen, in dieser Reihenfolge, unter der Migrationssperre der Datenbank. Jeder Schritt läuft in einer eigenen Transaktion, soweit die Datenbank es erlaubt; ein Schritt ohne Transaktion lässt sich nicht automatisch rückgängig machen, wenn er mittendrin fehlschlägt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+105"/>
        <source>Rehearse</source>
        <translation>Proben</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Run the plan for real inside a transaction that is rolled back (on MariaDB, on a scratch copy of the schema), and show each step&apos;s outcome, time, locks and the schema it leaves. Nothing is kept.</source>
        <translation>Den Plan echt in einer Transaktion ausführen, die danach zurückgerollt wird (bei MariaDB auf einer Arbeitskopie des Schemas), und für jeden Schritt Ergebnis, Dauer, Sperren und das hinterlassene Schema zeigen. Nichts davon bleibt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Look at: %1</source>
        <translation>Beachten: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The migration lock is held by %1: the run waits for it, up to the lock timeout.</source>
        <translation>Die Migrationssperre hält %1: Der Lauf wartet darauf, bis zum Sperr-Timeout.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Rehearsing…</source>
        <translation>Probe läuft …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick each edited or missing migration first.</source>
        <translation>Haken Sie zuerst jede geänderte oder fehlende Migration ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the database&apos;s name first.</source>
        <translation>Zuerst den Namen der Datenbank eingeben.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;The history does not match the files.&lt;/b&gt; These migrations were edited or removed after they ran; this plan goes on regardless. Tick each one to say you have seen it.</source>
        <translation>&lt;b&gt;Die Historie passt nicht zu den Dateien.&lt;/b&gt; Diese Migrationen wurden nach ihrer Ausführung geändert oder entfernt; dieser Plan läuft trotzdem. Haken Sie jede ab, um zu bestätigen, dass Sie sie gesehen haben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Look at</source>
        <translation>Beachten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Down</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Up</source>
        <translation>Auf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this database commits DDL at once</source>
        <translation>diese Datenbank schreibt DDL sofort fest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the script asks for none</source>
        <translation>das Skript verlangt keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No: %1. A failure part-way leaves the statements before it applied.</source>
        <translation>Nein: %1. Ein Fehler mittendrin lässt die Anweisungen davor angewendet.</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>Steps: %1 · Statements: %2 · Without a transaction: %3</source>
        <translation>Schritte: %1 · Anweisungen: %2 · Ohne Transaktion: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (resume from statement %2)</source>
        <translation>%1 (fortsetzen ab Anweisung %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm Roll Back</source>
        <translation>Zurückrollen bestätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm Apply</source>
        <translation>Anwenden bestätigen</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
</context>
<context>
    <name>tidemark::DetailPane</name>
    <message>
        <location filename="../app/gui/detailpane.cpp" line="+123"/>
        <source>Migration details</source>
        <translation>Details der Migration</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select a migration on the timeline to see its SQL and its history.</source>
        <translation>Eine Migration auf der Zeitleiste wählen, um ihr SQL und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Applied by:</source>
        <translation>Angewendet von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied at:</source>
        <translation>Angewendet am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements:</source>
        <translation>Anweisungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 as applied, %2 in the file</source>
        <translation>%1 wie angewendet, %2 in der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (matches the file)</source>
        <translation>%1 (stimmt mit der Datei überein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Checksum:</source>
        <translation>Prüfsumme:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied:</source>
        <translation>Angewendet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: the last attempt failed and was rolled back</source>
        <translation>Nein: der letzte Versuch ist fehlgeschlagen und wurde zurückgerollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs in a transaction where the database allows</source>
        <translation>Läuft in einer Transaktion, soweit die Datenbank es erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs without a transaction</source>
        <translation>Läuft ohne Transaktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last failure:</source>
        <translation>Letzter Fehlschlag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The review rules find nothing to look at</source>
        <translation>Die Review-Regeln finden nichts zu beachten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No up script</source>
        <translation>Kein Up-Skript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No down script: this migration cannot be rolled back.</source>
        <translation>Kein Down-Skript: diese Migration kann nicht zurückgerollt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settle</source>
        <translation>Klären</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far it got, statement by statement, and how to settle it.</source>
        <translation>Wie weit sie kam, Anweisung für Anweisung, und wie sie sich klären lässt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applied %1</source>
        <translation>Angewendet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diff: file vs applied</source>
        <translation>Diff: Datei gegen angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed in the file since the up script ran, as the history table stored it.</source>
        <translation>Was sich in der Datei geändert hat, seit das Up-Skript lief (so, wie die Verlaufstabelle es gespeichert hat).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up as applied</source>
        <translation>Up wie angewendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down as applied</source>
        <translation>Down wie angewendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up vs Down</source>
        <translation>Up gegen Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The up script beside the down script that undoes it.</source>
        <translation>Das Up-Skript neben dem Down-Skript, das es rückgängig macht.</translation>
    </message>
</context>
<context>
    <name>tidemark::DiffCanvas</name>
    <message>
        <location filename="../widgets/sql/diffcanvas.cpp" line="+212"/>
        <source>This line moved: the same text is %1 elsewhere in this diff.</source>
        <translation>Diese Zeile wurde verschoben: derselbe Text ist an anderer Stelle in diesem Diff %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>(no newline at end of file)</source>
        <translation>(kein Zeilenumbruch am Dateiende)</translation>
    </message>
</context>
<context>
    <name>tidemark::DiffView</name>
    <message>
        <location filename="../widgets/sql/diffview.cpp" line="+27"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ignore whitespace</source>
        <translation>Leerraum ignorieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous change (Alt+Up)</source>
        <translation>Vorherige Änderung (Alt+Hoch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next change (Alt+Down)</source>
        <translation>Nächste Änderung (Alt+Runter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy unified diff</source>
        <translation>Unified Diff kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the differences to the clipboard in unified diff format</source>
        <translation>Die Unterschiede im Unified-Diff-Format in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+130"/>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to compare</source>
        <translation>Nichts zu vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The texts are identical</source>
        <translation>Die Texte sind identisch</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line endings differ (%1 / %2), ignored</source>
        <translation>Zeilenenden unterscheiden sich (%1 / %2), ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>large difference: alignment simplified</source>
        <translation>großer Unterschied: Ausrichtung vereinfacht</translation>
    </message>
</context>
<context>
    <name>tidemark::DisplayFormat</name>
    <message>
        <location filename="../widgets/displayformat.cpp" line="+11"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
</context>
<context>
    <name>tidemark::DriftActionsBar</name>
    <message>
        <location filename="../app/gui/driftactionsbar.cpp" line="+14"/>
        <source>Accept the File</source>
        <translation>Datei übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from Applied Text</source>
        <translation>Angewendeten Text wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the File</source>
        <translation>Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The edit is intended: the history records the file&apos;s text. Nothing runs.</source>
        <translation>Die Änderung ist gewollt: Der Verlauf hält den Text der Datei fest. Nichts wird ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The edit was a mistake: the file gets back the text that ran.</source>
        <translation>Die Änderung war ein Versehen: Die Datei erhält den Text zurück, der ausgeführt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the file again from the text the history keeps.</source>
        <translation>Schreibt die Datei neu aus dem Text, den der Verlauf aufbewahrt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file was edited after it ran. Accept the edit into the history, or give the file the applied text back.</source>
        <translation>Die Datei wurde nach dem Ausführen geändert. Übernehmen Sie die Änderung in den Verlauf, oder geben Sie der Datei den angewendeten Text zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is gone. Write it again from the text the history keeps.</source>
        <translation>Die Datei fehlt. Schreiben Sie sie neu aus dem Text, den der Verlauf aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>tidemark::DriftConfirmDialog</name>
    <message>
        <location filename="../app/gui/driftconfirmdialog.cpp" line="+14"/>
        <source>Accept the edited file of %1?</source>
        <translation>Die geänderte Datei von %1 übernehmen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file of %1 its applied text back?</source>
        <translation>Der Datei von %1 den angewendeten Text zurückgeben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the file of %1 again?</source>
        <translation>Die Datei von %1 neu schreiben?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The history then records the file&apos;s text: checksum %1 (as applied) is replaced by %2 (the file&apos;s), with the file&apos;s up and down. Nothing runs: the database keeps what the applied text did, so accept only an edit that needs nothing more, or one you made in the database by hand.</source>
        <translation>Der Verlauf hält dann den Text der Datei fest: Prüfsumme %1 (wie angewendet) wird durch %2 (die der Datei) ersetzt, mit Up und Down der Datei. Nichts wird ausgeführt: Die Datenbank behält, was der angewendete Text bewirkt hat. Übernehmen Sie also nur eine Änderung, die nichts weiter braucht, oder eine, die Sie von Hand in der Datenbank vorgenommen haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is rewritten: the text now there (checksum %2) is replaced by the text that ran (checksum %3); the rest of the file stays. The edit is lost unless you keep it elsewhere. The history is not changed.</source>
        <translation>%1 wird neu geschrieben: Der Text, der jetzt dort steht (Prüfsumme %2), wird durch den ausgeführten Text (Prüfsumme %3) ersetzt; der Rest der Datei bleibt. Die Änderung geht verloren, wenn Sie sie nicht anderswo aufbewahren. Der Verlauf wird nicht geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is written again, in the folder&apos;s format, from the text the history keeps (checksum %2)%3. No file is written over. The history is not changed.</source>
        <translation>%1 wird im Format des Ordners neu geschrieben, aus dem Text, den der Verlauf aufbewahrt (Prüfsumme %2)%3. Keine Datei wird überschrieben. Der Verlauf wird nicht geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, with its down</source>
        <translation>, mit seinem Down</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept the File</source>
        <translation>Datei übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from Applied Text</source>
        <translation>Angewendeten Text wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the File</source>
        <translation>Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The history records it as a drift event, with your name, the time and both checksums.</source>
        <translation>Der Verlauf hält es als Drift-Ereignis fest, mit Ihrem Namen, der Zeit und beiden Prüfsummen.</translation>
    </message>
</context>
<context>
    <name>tidemark::ExportReportDialog</name>
    <message>
        <location filename="../app/gui/exportreportdialog.cpp" line="+38"/>
        <source>HTML: for reading and printing</source>
        <translation>HTML: zum Lesen und Drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF: for filing and signing</source>
        <translation>PDF: zum Ablegen und Signieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV: every event, for a spreadsheet</source>
        <translation>CSV: jedes Ereignis, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines: every event, for scripts and a SIEM</source>
        <translation>JSON Lines: jedes Ereignis, für Skripte und ein SIEM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+191"/>
        <source>Export Audit Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>A report of %1 for an auditor or a change review: who changed what, when, from where, with what SQL, and whether the events&apos; hash chain holds.</source>
        <translation>Ein Bericht über %1 für eine Prüfung oder ein Change-Review: wer was wann von wo mit welchem SQL geändert hat, und ob die Hash-Kette der Ereignisse intakt ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+227"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runs that started from</source>
        <translation>Die Läufe, die begonnen haben vom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run selected in the History: %1, %2, %3</source>
        <translation>Der im Verlauf gewählte Lauf: %1, %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no command recorded</source>
        <translation>kein Befehl aufgezeichnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run selected in the History (none is selected)</source>
        <translation>Der im Verlauf gewählte Lauf (keiner ist gewählt)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>The report covers %n run(s).</source>
        <translation>
            <numerusform>Der Bericht umfasst %n Lauf.</numerusform>
            <numerusform>Der Bericht umfasst %n Läufe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the file to write the report to.</source>
        <translation>Die Datei wählen, in die der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>tidemark::FindReplaceBar</name>
    <message>
        <location filename="../widgets/sql/findreplacebar.cpp" line="+17"/>
        <source>Match case</source>
        <translation>Groß/klein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::HistoryChart</name>
    <message>
        <location filename="../widgets/historychart.cpp" line="+55"/>
        <source>Runs over time by duration and outcome</source>
        <translation>Läufe über die Zeit nach Dauer und Ergebnis</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 · %2 · %3
%4 %5 by %6</source>
        <translation>%1 · %2 · %3
%4 %5 von %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No runs in this period</source>
        <translation>Keine Läufe in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>tidemark::HistoryFilterBar</name>
    <message>
        <location filename="../app/gui/historyfilterbar.cpp" line="+26"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the runs that started in this period</source>
        <translation>Die Läufe zeigen, die in diesem Zeitraum begonnen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day shown</source>
        <translation>Der erste gezeigte Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day shown</source>
        <translation>Der letzte gezeigte Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the runs of this user</source>
        <translation>Nur die Läufe dieses Benutzers zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the runs with this outcome</source>
        <translation>Nur die Läufe mit diesem Ergebnis zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration version or description</source>
        <translation>Version oder Beschreibung der Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the runs that planned or touched this migration</source>
        <translation>Die Läufe zeigen, die diese Migration geplant oder berührt haben</translation>
    </message>
</context>
<context>
    <name>tidemark::HistoryPanel</name>
    <message>
        <location filename="../app/gui/historypanel.cpp" line="+31"/>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the chart of the runs over time</source>
        <translation>Das Diagramm der Läufe über die Zeit zeigen oder ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write an audit report of the selected run, or of a period</source>
        <translation>Einen Prüfbericht über den gewählten Lauf oder einen Zeitraum schreiben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the history…</source>
        <translation>Der Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connect to a database to see its history.</source>
        <translation>Mit einer Datenbank verbinden, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No hash chain yet: these events were written before Tidemark kept one.</source>
        <translation>Noch keine Hash-Kette: diese Ereignisse wurden geschrieben, bevor Tidemark eine führte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Hash chain broken at event %1: %2</source>
        <translation>✗ Hash-Kette bei Ereignis %1 gebrochen: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>✓ Hash chain holds: %n event(s) chained, nothing changed or removed</source>
        <translation>
            <numerusform>✓ Hash-Kette intakt: %n Ereignis verkettet, nichts geändert oder entfernt</numerusform>
            <numerusform>✓ Hash-Kette intakt: %n Ereignisse verkettet, nichts geändert oder entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 von %n Lauf</numerusform>
            <numerusform>%1 von %n Läufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::HistoryRunModel</name>
    <message>
        <location filename="../widgets/historyrunmodel.cpp" line="+18"/>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 applied</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rolled back</source>
        <translation>%1 zurückgerollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 repaired</source>
        <translation>%1 repariert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 baselined</source>
        <translation>%1 als Baseline erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 drift settled</source>
        <translation>%1 Drift geklärt</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Run %1, started %2</source>
        <translation>Lauf %1, begonnen %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 applied, %2 rolled back, %3 failed, %4 cancelled, %5 repaired, %6 baselined</source>
        <translation>%1 angewendet, %2 zurückgerollt, %3 fehlgeschlagen, %4 abgebrochen, %5 repariert, %6 als Baseline erfasst</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>tidemark::LockInspectorDialog</name>
    <message>
        <location filename="../app/gui/lockinspectordialog.cpp" line="+29"/>
        <source>Migration Lock</source>
        <translation>Migrationssperre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Held by:</source>
        <translation>Gehalten von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process:</source>
        <translation>Prozess:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat:</source>
        <translation>Lebenszeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs now:</source>
        <translation>Führt gerade aus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ends:</source>
        <translation>Wie sie endet:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read Again</source>
        <translation>Neu lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break Lock…</source>
        <translation>Sperre aufbrechen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the migration lock…</source>
        <translation>Die Migrationssperre wird gelesen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 A run is in progress: the lock is read again when it has ended.</source>
        <translation>%1 Ein Lauf ist im Gang: Die Sperre wird neu gelesen, wenn er beendet ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server releases the lock when that session ends. To end it, a DBA with the right to can run %1</source>
        <translation>Der Server gibt die Sperre frei, wenn diese Sitzung endet. Ein DBA mit dem Recht dazu beendet sie mit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next run takes the lock over and records that. Break Lock does it now, without running anything.</source>
        <translation>Der nächste Lauf übernimmt die Sperre und hält das fest. „Sperre aufbrechen“ tut es jetzt, ohne etwas auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its run deletes the lock row when it ends. If its process dies, the next run on %1 takes the lock over; from another machine, after %2 s without a heartbeat.</source>
        <translation>Sein Lauf löscht die Sperrzeile, wenn er endet. Stirbt sein Prozess, übernimmt der nächste Lauf auf %1 die Sperre; von einem anderen Rechner aus nach %2 s ohne Lebenszeichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The lock could not be read: %1</source>
        <translation>Die Sperre konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody holds the migration lock: a run can start.</source>
        <translation>Niemand hält die Migrationssperre: Ein Lauf kann beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2 holds the migration lock.</source>
        <translation>%1 auf %2 hält die Migrationssperre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 s ago; valid for %3 s</source>
        <translation>%1, vor %2 s; gültig für %3 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQLite cannot say what another process runs.</source>
        <translation>SQLite kann nicht sagen, was ein anderer Prozess ausführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gone: %1.</source>
        <translation>Weg: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alive: its process runs, or its heartbeat is recent.</source>
        <translation>Lebendig: Sein Prozess läuft, oder sein Lebenszeichen ist frisch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alive: its session is connected.</source>
        <translation>Lebendig: Seine Sitzung ist verbunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the lock over, record that, and release it; nothing runs</source>
        <translation>Die Sperre übernehmen, das festhalten und sie freigeben; nichts wird ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a lock whose holder is provably gone can be broken</source>
        <translation>Nur eine Sperre, deren Halter nachweislich weg ist, kann aufgebrochen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read at %1.</source>
        <translation>Gelesen um %1.</translation>
    </message>
</context>
<context>
    <name>tidemark::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+90"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every migration of the project and its state in the database</source>
        <translation>Jede Migration des Projekts und ihr Zustand in der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run this database recorded, from any machine, the CLI or the workbench</source>
        <translation>Jeder Lauf, den diese Datenbank aufgezeichnet hat, von jedem Rechner, aus der CLI oder der Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowrun.cpp" line="+116"/>
        <source>The run stops after the current migration.</source>
        <translation>Der Lauf hält nach der aktuellen Migration an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="+111"/>
        <source>Wrote the %1 report of %n run(s) to %2</source>
        <translation>
            <numerusform>Den %1-Bericht über %n Lauf nach %2 geschrieben</numerusform>
            <numerusform>Den %1-Bericht über %n Läufe nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no project</source>
        <translation>kein Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidemark — %1 — %2</source>
        <translation>Tidemark — %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [PRODUCTION]</source>
        <translation> [PRODUKTION]</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opened project %1 (%2)</source>
        <translation>Projekt %1 geöffnet (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is the database of the production profile %2: every change asks for its name.</source>
        <translation>%1 ist die Datenbank des Produktionsprofils %2: jede Änderung fragt nach ihrem Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Using the profile %1 (%2)</source>
        <translation>Profil %1 (%2) wird verwendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a project to connect to %1.</source>
        <translation>Ein Projekt öffnen, um mit %1 zu verbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>About Tidemark</source>
        <translation>Über Tidemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidemark %1: a workbench for database migrations.</source>
        <translation>Tidemark %1: eine Werkbank für Datenbankmigrationen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review, apply and roll back migrations under a database lock, with the history kept in the database itself.</source>
        <translation>Migrationen prüfen, anwenden und zurückrollen, unter Datenbanksperre und mit dem Verlauf in der Datenbank selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot Plan or Run</source>
        <translation>Planen oder Ausführen nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowrun.cpp" line="-68"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing Will Run</source>
        <translation>Es wird nichts ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to Do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancelled; nothing ran.</source>
        <translation>Abgebrochen; nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cancelling: the running statement is stopped on the server, and the current migration rolls back where it runs in a transaction.</source>
        <translation>Abbruch: die laufende Anweisung wird auf dem Server gestoppt, und die aktuelle Migration wird zurückgerollt, wo sie in einer Transaktion läuft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A Run Is in Progress</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidemark closes once the run has ended. How should it end?</source>
        <translation>Tidemark schließt, sobald der Lauf beendet ist. Wie soll er enden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop After Current lets the running migration finish and be recorded, then stops. Cancel Now stops the running statement on the server: the migration rolls back where it runs in a transaction, and the history says what ran.</source>
        <translation>„Nach aktueller anhalten“ lässt die laufende Migration zu Ende laufen und verzeichnen, dann hält der Lauf an. „Jetzt abbrechen“ stoppt die laufende Anweisung auf dem Server: die Migration wird zurückgerollt, wo sie in einer Transaktion läuft, und die Historie sagt, was lief.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop After Current</source>
        <translation>Nach aktueller anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Now</source>
        <translation>Jetzt abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tidemark closes when the run has ended.</source>
        <translation>Tidemark schließt, wenn der Lauf beendet ist.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing Ran</source>
        <translation>Nichts wurde ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="-13"/>
        <location filename="../app/gui/mainwindowrun.cpp" line="+6"/>
        <location filename="../app/gui/mainwindowsettle.cpp" line="+67"/>
        <source>Run Failed</source>
        <translation>Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/gui/mainwindowrun.cpp" line="+0"/>
        <source>The run did not complete.</source>
        <translation>Der Lauf wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowsettle.cpp" line="-36"/>
        <source>Cancelled; nothing was recorded.</source>
        <translation>Abgebrochen; nichts wurde verzeichnet.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed. %2

Its Settle tab lists each statement and the ways to settle it.</source>
        <translation>%1 ist fehlgeschlagen. %2

Ihr Reiter „Klären“ listet jede Anweisung und die Wege, sie zu klären.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowlock.cpp" line="+38"/>
        <source>Break the Migration Lock</source>
        <translation>Migrationssperre aufbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break the lock left by %1?</source>
        <translation>Die von %1 hinterlassene Sperre aufbrechen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its holder is gone: %1.</source>
        <translation>Ihr Halter ist weg: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidemark takes the lock over only if it is still stale then, and releases it at once. Nothing runs. If that run had stopped inside a migration, its Settle tab says what it left.</source>
        <translation>Tidemark übernimmt die Sperre nur, wenn sie dann noch verwaist ist, und gibt sie sofort frei. Nichts wird ausgeführt. Hielt jener Lauf mitten in einer Migration an, sagt deren Reiter „Klären“, was er hinterließ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The events record it as a break-lock run, with the holder, the reason, your name and the time.</source>
        <translation>Die Ereignisse halten es als Lauf „break-lock“ fest, mit Halter, Grund, Ihrem Namen und der Zeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break Lock</source>
        <translation>Sperre aufbrechen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped waiting for the migration lock; nothing runs.</source>
        <translation>Das Warten auf die Migrationssperre wurde beendet; nichts wird ausgeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still Locked</source>
        <translation>Weiterhin gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing ran: another run still holds the migration lock.</source>
        <translation>Nichts wurde ausgeführt: Ein anderer Lauf hält die Migrationssperre noch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspect Lock…</source>
        <translation>Sperre ansehen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowdrift.cpp" line="+19"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindowrehearse.cpp" line="+21"/>
        <source>Rehearsing %n step(s): run for real, then undone.</source>
        <translation>
            <numerusform>Probe von %n Schritt: echt ausgeführt, dann rückgängig gemacht.</numerusform>
            <numerusform>Probe von %n Schritten: echt ausgeführt, dann rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+27"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Not rehearsed: %1</source>
        <translation>Nicht geprobt: %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Rehearsed against %1: a pending migration before this one fails first, %2: %3</source>
        <translation>Geprobt gegen %1: eine ausstehende Migration davor scheitert zuerst, %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rehearsed against %1: fails at line %2: %3</source>
        <translation>Geprobt gegen %1: scheitert in Zeile %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Rehearsed against %1: runs, %n statement(s) in %2 ms, nothing kept</source>
        <translation>
            <numerusform>Geprobt gegen %1: läuft, %n Anweisung in %2 ms, nichts bleibt</numerusform>
            <numerusform>Geprobt gegen %1: läuft, %n Anweisungen in %2 ms, nichts bleibt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; takes %1</source>
        <translation>; nimmt %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n statement(s) not rehearsed: %1</source>
        <translation>
            <numerusform>; %n Anweisung nicht geprobt: %1</numerusform>
            <numerusform>; %n Anweisungen nicht geprobt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not connected to a database, so Check read the text only.</source>
        <translation>keine Datenbank verbunden, daher hat Prüfen nur den Text gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a production database; rehearse the plan from its confirmation.</source>
        <translation>%1 ist eine Produktionsdatenbank; proben Sie den Plan aus seiner Bestätigung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this migration has run on this database already.</source>
        <translation>diese Migration ist auf dieser Datenbank bereits gelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workbench is busy; Check again when it is done.</source>
        <translation>die Werkbank ist beschäftigt; prüfen Sie erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rehearsing against %1…</source>
        <translation>Probe gegen %1 …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rehearsal: %1</source>
        <translation>Probe: %1</translation>
    </message>
</context>
<context>
    <name>tidemark::MigrationAuthoringWidget</name>
    <message>
        <location filename="../widgets/sql/migrationauthoringwidget.cpp" line="+52"/>
        <source>New Migration…</source>
        <translation>Neue Migration…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create the next migration in the project&apos;s convention</source>
        <translation>Die nächste Migration in der Konvention des Projekts anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <location line="+218"/>
        <location line="+47"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Save the scripts (Ctrl+S)</source>
        <translation>Die Skripte speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the migration with the lint rules, list its statements as the runner splits them, and rehearse it against the connected database</source>
        <translation>Die Migration mit den Lint-Regeln prüfen, ihre Anweisungen so auflisten, wie der Runner sie trennt, und sie gegen die verbundene Datenbank proben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up section</source>
        <translation>Up-Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down section</source>
        <translation>Down-Abschnitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a migration, or create a new one with New Migration…</source>
        <translation>Öffnen Sie eine Migration oder legen Sie mit „Neue Migration…“ eine neue an</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>New Migration</source>
        <translation>Neue Migration</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Up and down</source>
        <translation>Up und Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+196"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="-196"/>
        <location line="+198"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>%1 — %2 (new, not saved yet)</source>
        <translation>%1 — %2 (neu, noch nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 was changed by another program since it was opened. Overwrite it with your version?</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert. Mit Ihrer Fassung überschreiben?</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 has been applied to the database, so it is shown read-only. Editing it does not change the database; status would report the migration as modified.</source>
        <translation>%1 wurde bereits auf die Datenbank angewendet und wird daher schreibgeschützt angezeigt. Bearbeiten ändert die Datenbank nicht; der Status würde die Migration als geändert melden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit Anyway</source>
        <translation>Trotzdem bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are editing a migration that has already been applied. Once saved, status will report it as modified: its checksum no longer matches the one recorded when it ran, and the database keeps what was applied. To change the database, write a new migration instead.</source>
        <translation>Sie bearbeiten eine Migration, die bereits angewendet wurde. Nach dem Speichern meldet der Status sie als geändert: ihre Prüfsumme passt nicht mehr zu der beim Ausführen gespeicherten, und die Datenbank behält, was angewendet wurde. Um die Datenbank zu ändern, schreiben Sie stattdessen eine neue Migration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are editing a migration that has already been applied. Its up script still matches what was applied; any change to it will be reported as modified.</source>
        <translation>Sie bearbeiten eine Migration, die bereits angewendet wurde. Ihr Up-Skript stimmt noch mit dem Angewendeten überein; jede Änderung daran wird als geändert gemeldet.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no convention is called %1</source>
        <translation>keine Konvention heißt %1</translation>
    </message>
</context>
<context>
    <name>tidemark::MigrationEditorWindow</name>
    <message>
        <location filename="../app/gui/migrationeditorwindow.cpp" line="+56"/>
        <source>Cannot Open the Migration</source>
        <translation>Migration kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Migration Editor</source>
        <translation>Migrationseditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — Tidemark</source>
        <translation>%1[*] — Tidemark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1[*] — %2 — Tidemark</source>
        <translation>%1[*] — %2 — Tidemark</translation>
    </message>
</context>
<context>
    <name>tidemark::MigrationState</name>
    <message>
        <location filename="../widgets/migrationstatestyle.cpp" line="+60"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of order</source>
        <translation>Außer der Reihe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied to the database as the file is now.</source>
        <translation>So auf die Datenbank angewendet, wie die Datei jetzt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied yet; the next apply runs it.</source>
        <translation>Noch nicht angewendet; das nächste Anwenden führt sie aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied, but older than the database&apos;s current version: it would run after migrations that came later.</source>
        <translation>Nicht angewendet, aber älter als die aktuelle Version der Datenbank: sie liefe nach Migrationen, die später kamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last attempt failed, or it stopped part-way.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen oder mittendrin stehen geblieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed after it was applied: its checksum differs from the one recorded.</source>
        <translation>Die Datei hat sich nach dem Anwenden geändert: ihre Prüfsumme weicht von der gespeicherten ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied to the database, but its file is no longer in the project.</source>
        <translation>Auf die Datenbank angewendet, aber ihre Datei ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>tidemark::NewMigrationDialog</name>
    <message>
        <location filename="../widgets/sql/newmigrationdialog.cpp" line="+35"/>
        <source>New Migration</source>
        <translation>Neue Migration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. add customer phone</source>
        <translation>z. B. add customer phone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a name: it becomes part of the file names.</source>
        <translation>Geben Sie einen Namen ein: er wird Teil der Dateinamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name needs at least one letter or digit.</source>
        <translation>Der Name braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next version in this folder, named after %1.</source>
        <translation>Die nächste Version in diesem Ordner, benannt nach %1.</translation>
    </message>
</context>
<context>
    <name>tidemark::OpenUrlDialog</name>
    <message>
        <location filename="../app/gui/openurldialog.cpp" line="+23"/>
        <source>Production database: confirm every change by typing its name</source>
        <translation>Produktionsdatenbank: jede Änderung durch Eingabe ihres Namens bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to Database</source>
        <translation>Mit Datenbank verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sqlite:/path/to/app.db or postgres://user@host:5432/database</source>
        <translation>sqlite:/pfad/zu/app.db oder postgres://benutzer@host:5432/datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an SQLite database file; a new one is created when it does not exist</source>
        <translation>Eine SQLite-Datenbankdatei wählen; gibt es sie nicht, wird sie angelegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>used for this connection only, never stored</source>
        <translation>nur für diese Verbindung, wird nie gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite needs only a file path. For PostgreSQL and MariaDB/MySQL give user, host, port and database; never put the password in the URL.</source>
        <translation>SQLite braucht nur einen Dateipfad. Für PostgreSQL und MariaDB/MySQL Benutzer, Host, Port und Datenbank angeben; das Passwort gehört nie in die URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database &amp;URL:</source>
        <translation>Datenbank-&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>SQLite Database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>tidemark::ProductionGuard</name>
    <message>
        <location filename="../app/gui/productionguard.cpp" line="+23"/>
        <source>Production database</source>
        <translation>Produktionsdatenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These steps change %1, which is marked as production. Check the plan, then type the database&apos;s name to confirm.</source>
        <translation>Diese Schritte ändern %1, als Produktion markiert. Den Plan prüfen, dann zur Bestätigung den Namen der Datenbank eingeben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Database name to confirm</source>
        <translation>Datenbankname zur Bestätigung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type %1 to confirm:</source>
        <translation>Zur Bestätigung %1 eingeben:</translation>
    </message>
</context>
<context>
    <name>tidemark::ProfileForm</name>
    <message>
        <location filename="../app/gui/profiles/profileform.cpp" line="+64"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MariaDB / MySQL</source>
        <translation>MariaDB / MySQL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Choose the SQLite database file</source>
        <translation>SQLite-Datenbankdatei wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s search_path</source>
        <translation>search_path des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>Aus (disable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer</source>
        <translation>Bevorzugen (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Require</source>
        <translation>Erzwingen (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify CA</source>
        <translation>CA prüfen (verify-ca)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify full</source>
        <translation>Vollständig prüfen (verify-full)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The colour that marks this database in the workbench</source>
        <translation>Die Farbe, die diese Datenbank in der Workbench kennzeichnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the migrations folder</source>
        <translation>Migrationsordner wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Driver:</source>
        <translation>&amp;Treiber:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;TLS mode:</source>
        <translation>T&amp;LS-Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pro&amp;ject folder:</source>
        <translation>Pro&amp;jektordner:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Reading the password from the keychain…</source>
        <translation>Das Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is saved in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password saved; type one to save it in the keychain.</source>
        <translation>Kein Passwort gespeichert; geben Sie eines ein, um es im Schlüsselbund zu speichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in memory until Tidemark quits; it is not saved anywhere.</source>
        <translation>Das Passwort wird bis zum Beenden von Tidemark im Speicher gehalten und nirgends gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Production: changes ask for the database name.</source>
        <translation>Produktion: Änderungen verlangen den Datenbanknamen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the database file</source>
        <translation>die Datenbankdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the database name</source>
        <translation>der Datenbankname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 uses the driver&apos;s default port, %1</source>
        <translation>0 verwendet den Standardport des Treibers, %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile colour</source>
        <translation>Profilfarbe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Migrations folder</source>
        <translation>Migrationsordner</translation>
    </message>
</context>
<context>
    <name>tidemark::ProfilesDialog</name>
    <message>
        <location filename="../app/gui/profiles/profilesdialog.cpp" line="+31"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A new profile: fill it in and save it.</source>
        <translation>Ein neues Profil: ausfüllen und speichern.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved the copy &quot;%1&quot;.</source>
        <translation>Kopie „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;? Its saved password is deleted from the keychain too.</source>
        <translation>Das Profil „%1“ löschen? Sein gespeichertes Passwort wird auch aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for the keychain…</source>
        <translation>Warten auf den Schlüsselbund…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Type the password: %1</source>
        <translation>Geben Sie das Passwort ein: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the password, then connect.</source>
        <translation>Geben Sie das Passwort ein und verbinden Sie dann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2, %3 ms)</source>
        <translation>%1 (%2, %3 ms)</translation>
    </message>
</context>
<context>
    <name>tidemark::ProjectBar</name>
    <message>
        <location filename="../app/gui/projectbar.cpp" line="+63"/>
        <source>Production database</source>
        <translation>Produktionsdatenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes to a production database need its name typed to confirm.</source>
        <translation>Änderungen an einer Produktionsdatenbank müssen durch Eingabe ihres Namens bestätigt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile %1 (%2): %3</source>
        <translation>Profil %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
</context>
<context>
    <name>tidemark::RehearsalDialog</name>
    <message>
        <location filename="../app/gui/rehearsaldialog.cpp" line="+21"/>
        <source>Ran</source>
        <translation>Gelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot run</source>
        <translation>Nicht ausführbar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The rehearsal ran every step.</source>
        <translation>Die Probe hat jeden Schritt ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rehearsal found a step that fails.</source>
        <translation>Die Probe hat einen Schritt gefunden, der scheitert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rehearsal was cancelled.</source>
        <translation>Die Probe wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was rehearsed.</source>
        <translation>Nichts wurde geprobt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt; 1 ms</source>
        <translation>&lt; 1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rehearsal</source>
        <translation>Probe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2. Nothing of it is kept and nothing is recorded.</source>
        <translation>%1, %2. Nichts davon bleibt, nichts wird aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schema before</source>
        <translation>Schema vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema after</source>
        <translation>Schema nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema: Unchanged</source>
        <translation>Schema: unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema Changes</source>
        <translation>Schemaänderungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked afterwards: the schema and Tidemark&apos;s history read as before.</source>
        <translation>Danach geprüft: Schema und Tidemark-Historie lesen sich wie vorher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not run: statement %1 (line %2), %3: %4</source>
        <translation>Nicht ausgeführt: Anweisung %1 (Zeile %2), %3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement %1, line %2: %3</source>
        <translation>Anweisung %1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>tidemark::RepairConfirmDialog</name>
    <message>
        <location filename="../app/gui/repairconfirmdialog.cpp" line="+24"/>
        <source>It is recorded as applied. Nothing runs.</source>
        <translation>Sie wird als angewendet verzeichnet. Nichts wird ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is recorded as applied, and statements %1 will never run: do this only when you made their changes by hand. Nothing runs now.</source>
        <translation>Sie wird als angewendet verzeichnet, und die Anweisungen %1 werden nie ausgeführt: tun Sie das nur, wenn Sie deren Änderungen von Hand vorgenommen haben. Jetzt wird nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is recorded as not applied, and runs again from its first statement on the next Apply. Nothing runs now.</source>
        <translation>Sie wird als nicht angewendet verzeichnet und läuft beim nächsten Anwenden erneut ab der ersten Anweisung. Jetzt wird nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is recorded as not applied, and runs again from its first statement on the next Apply: do this only when you undid statements %1 by hand. Nothing runs now.</source>
        <translation>Sie wird als nicht angewendet verzeichnet und läuft beim nächsten Anwenden erneut ab der ersten Anweisung: tun Sie das nur, wenn Sie die Anweisungen %1 von Hand rückgängig gemacht haben. Jetzt wird nichts ausgeführt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark %1 Applied</source>
        <translation>%1 als angewendet markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 Rolled Back</source>
        <translation>%1 als zurückgerollt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record %1 as applied by hand?</source>
        <translation>%1 als von Hand angewendet verzeichnen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record %1 as rolled back by hand?</source>
        <translation>%1 als von Hand zurückgerollt verzeichnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history records it as a repair, with your name and the time.</source>
        <translation>Die Historie verzeichnet es als Reparatur, mit Ihrem Namen und der Uhrzeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Applied</source>
        <translation>Als angewendet markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark Rolled Back</source>
        <translation>Als zurückgerollt markieren</translation>
    </message>
</context>
<context>
    <name>tidemark::ReviewFindingText</name>
    <message>
        <location filename="../widgets/reviewfindingtext.cpp" line="+8"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2: %3 (line %4)</source>
        <translation>%1 %2: %3 (Zeile %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, allowed: %2</source>
        <translation>%1, erlaubt: %2</translation>
    </message>
</context>
<context>
    <name>tidemark::RunDetailView</name>
    <message>
        <location filename="../app/gui/rundetailview.cpp" line="+55"/>
        <source>Run details</source>
        <translation>Details des Laufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a run to see its events and its plan.</source>
        <translation>Einen Lauf wählen, um seine Ereignisse und seinen Plan zu sehen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The run&apos;s events</source>
        <translation>Die Ereignisse des Laufs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The run&apos;s plan</source>
        <translation>Der Plan des Laufs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run of %1</source>
        <translation>Lauf vom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run of %1: %2</source>
        <translation>Lauf vom %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run id %1</source>
        <translation>Lauf-ID %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No plan recorded: this run wrote no run-start event.</source>
        <translation>Kein Plan aufgezeichnet: dieser Lauf hat kein Startereignis geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the run set out to do, and what became of each step.</source>
        <translation>Was der Lauf vorhatte, und was aus jedem Schritt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Plan (%n step(s))</source>
        <translation>
            <numerusform>Plan (%n Schritt)</numerusform>
            <numerusform>Plan (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile %1 (%2)</source>
        <translation>Profil %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ran at least %1</source>
        <translation>lief mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waited %1 for the lock</source>
        <translation>wartete %1 auf die Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidemark %1</source>
        <translation>Tidemark %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>git %1</source>
        <translation>git %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No end recorded. This run was killed, lost its connection or power, or is still running. The last thing it wrote: %1, at %2.</source>
        <translation>Kein Ende aufgezeichnet. Dieser Lauf wurde beendet, hat die Verbindung oder den Strom verloren oder läuft noch. Zuletzt hat er geschrieben: %1, am %2.</translation>
    </message>
</context>
<context>
    <name>tidemark::RunEventsModel</name>
    <message numerus="yes">
        <location filename="../widgets/runeventsmodel.cpp" line="+120"/>
        <source>%1, %n statement(s) to run</source>
        <translation>
            <numerusform>%1, %n Anweisung auszuführen</numerusform>
            <numerusform>%1, %n Anweisungen auszuführen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>up</source>
        <translation>up</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nothing after the event above was written</source>
        <translation>nach dem Ereignis darüber wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error or details</source>
        <translation>Fehler oder Details</translation>
    </message>
</context>
<context>
    <name>tidemark::RunLogDock</name>
    <message>
        <location filename="../app/gui/runlogdock.cpp" line="+13"/>
        <source>Run Log</source>
        <translation>Lauf-Log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run log</source>
        <translation>Lauf-Log</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Run Log</source>
        <translation>Lauf-Log exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot Export the Run Log</source>
        <translation>Lauf-Log kann nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::RunLogView</name>
    <message>
        <location filename="../widgets/runlogview.cpp" line="+19"/>
        <source>run started</source>
        <translation>Lauf beginnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for lock</source>
        <translation>wartet auf Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lock acquired</source>
        <translation>Sperre erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statement settled</source>
        <translation>Anweisung entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run finished</source>
        <translation>Lauf beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>statement %1/%2 at line %3, %4</source>
        <translation>Anweisung %1/%2 in Zeile %3, %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, rows: %1</source>
        <translation>, Zeilen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run events appear here: every statement, with its line and duration.</source>
        <translation>Hier erscheinen die Ereignisse eines Laufs: jede Anweisung mit Zeile und Dauer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held by %1</source>
        <translation>gehalten von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>statements: %1</source>
        <translation>Anweisungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done in %1, statements: %2</source>
        <translation>fertig in %1, Anweisungen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tidemark::RunOutcome</name>
    <message>
        <location filename="../widgets/runoutcomestyle.cpp" line="+22"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+58"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock not acquired</source>
        <translation>Sperre nicht erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No end recorded</source>
        <translation>Kein Ende aufgezeichnet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every migration of the plan ran.</source>
        <translation>Jede Migration des Plans wurde ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A migration failed; it was rolled back where the database allows.</source>
        <translation>Eine Migration ist fehlgeschlagen; sie wurde zurückgerollt, soweit die Datenbank es erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled while it ran; the migration in progress was rolled back where the database allows.</source>
        <translation>Während des Laufs abgebrochen; die laufende Migration wurde zurückgerollt, soweit die Datenbank es erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped after a migration, as asked.</source>
        <translation>Wie gewünscht nach einer Migration angehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan was refused; nothing ran.</source>
        <translation>Der Plan wurde abgelehnt; nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another run held the migration lock; nothing ran.</source>
        <translation>Ein anderer Lauf hielt die Migrationssperre; nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run&apos;s end was never written: it was killed, lost its connection or power, or is still running. Its events show how far it got.</source>
        <translation>Das Ende des Laufs wurde nie geschrieben: er wurde beendet, hat die Verbindung oder den Strom verloren oder läuft noch. Seine Ereignisse zeigen, wie weit er kam.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repaired</source>
        <translation>Repariert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baselined</source>
        <translation>Als Baseline erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift settled</source>
        <translation>Drift geklärt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run started</source>
        <translation>Lauf begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run ended</source>
        <translation>Lauf beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waited for the lock</source>
        <translation>Auf die Sperre gewartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables upgraded</source>
        <translation>Tabellen erweitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash chain started</source>
        <translation>Hash-Kette begonnen</translation>
    </message>
</context>
<context>
    <name>tidemark::RunPlanModel</name>
    <message>
        <location filename="../widgets/runplanmodel.cpp" line="+51"/>
        <source>no outcome recorded</source>
        <translation>kein Ergebnis aufgezeichnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started, no outcome recorded</source>
        <translation>begonnen, kein Ergebnis aufgezeichnet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In this run</source>
        <translation>In diesem Lauf</translation>
    </message>
</context>
<context>
    <name>tidemark::SettlePanel</name>
    <message>
        <location filename="../app/gui/settlepanel.cpp" line="+63"/>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statements of the failed migration</source>
        <translation>Anweisungen der fehlgeschlagenen Migration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Let the catalog decide</source>
        <translation>Den Katalog entscheiden lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I looked: it took effect</source>
        <translation>Geprüft: sie wurde wirksam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I looked: it did not take effect</source>
        <translation>Geprüft: sie wurde nicht wirksam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog decides a CREATE or DROP by whether the object exists; for anything else, look at the database and say what you found.</source>
        <translation>Der Katalog entscheidet ein CREATE oder DROP danach, ob das Objekt existiert; bei allem anderen sehen Sie in der Datenbank nach und sagen, was Sie gefunden haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the statements not yet run, after the plan&apos;s confirmation. A done statement never runs again.</source>
        <translation>Führt die noch nicht ausgeführten Anweisungen aus, nachdem Sie den Plan bestätigt haben. Eine ausgeführte Anweisung läuft nie erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark Applied…</source>
        <translation>Als angewendet markieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You finished this migration by hand: records it as applied. Nothing runs.</source>
        <translation>Sie haben diese Migration von Hand abgeschlossen: sie wird als angewendet verzeichnet. Nichts wird ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Rolled Back…</source>
        <translation>Als zurückgerollt markieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You undid by hand what it did: records it as not applied, to run again. Nothing runs.</source>
        <translation>Sie haben von Hand rückgängig gemacht, was sie getan hat: sie wird als nicht angewendet verzeichnet und läuft erneut. Nichts wird ausgeführt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The database said: %1</source>
        <translation>Die Datenbank meldete: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is INVALID: the failed CREATE INDEX CONCURRENTLY left it behind, and it blocks running the statement again. Remove it first: %2</source>
        <translation>%1 ist INVALID: das fehlgeschlagene CREATE INDEX CONCURRENTLY hat es hinterlassen, und es verhindert, dass die Anweisung erneut läuft. Entfernen Sie es zuerst: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statement %1 was running when the run stopped. Before Resume:</source>
        <translation>Anweisung %1 lief, als der Lauf abbrach. Vor dem Fortsetzen:</translation>
    </message>
</context>
<context>
    <name>tidemark::SqlCheckView</name>
    <message>
        <location filename="../widgets/sql/sqlcheckview.cpp" line="+28"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n destructive</source>
        <translation>
            <numerusform>%n zerstörerisch</numerusform>
            <numerusform>%n zerstörerisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n outside a transaction</source>
        <translation>
            <numerusform>%n außerhalb einer Transaktion</numerusform>
            <numerusform>%n außerhalb einer Transaktion</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>splitting failed at line %1</source>
        <translation>Trennen scheiterte in Zeile %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing to look at twice</source>
        <translation>nichts, das man zweimal ansehen müsste</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n allowed</source>
        <translation>
            <numerusform>%n erlaubt</numerusform>
            <numerusform>%n erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rules find nothing to look at</source>
        <translation>die Regeln finden nichts zu beachten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot run inside a transaction</source>
        <translation>kann nicht in einer Transaktion laufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>controls the transaction</source>
        <translation>steuert die Transaktion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The splitter stopped here</source>
        <translation>Der Splitter hat hier aufgehört</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review rules:  %1</source>
        <translation>Review-Regeln:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review rules:  not read, %1</source>
        <translation>Review-Regeln:  nicht gelesen, %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, allowed at line %2: %3</source>
        <translation>%1, erlaubt in Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If it is intended, say why in the migration: -- tidemark:allow %1 &lt;reason&gt;</source>
        <translation>Wenn es gewollt ist, begründen Sie es in der Migration: -- tidemark:allow %1 &lt;Grund&gt;</translation>
    </message>
</context>
<context>
    <name>tidemark::SqlEditor</name>
    <message>
        <location filename="../widgets/sql/sqleditor.cpp" line="+245"/>
        <source>The statement splitter stopped here: %1</source>
        <translation>Der Anweisungs-Splitter hat hier aufgehört: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statement %1 of %2, line %3</source>
        <translation>Anweisung %1 von %2, Zeile %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement %1 of %2, lines %3–%4</source>
        <translation>Anweisung %1 von %2, Zeilen %3–%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot run inside a transaction: the migration runs without one, and a failure can leave it half applied.</source>
        <translation>Kann nicht in einer Transaktion laufen: die Migration läuft ohne, und ein Fehler kann sie halb angewendet zurücklassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Controls the transaction itself (BEGIN, COMMIT, ROLLBACK).</source>
        <translation>Steuert die Transaktion selbst (BEGIN, COMMIT, ROLLBACK).</translation>
    </message>
</context>
<context>
    <name>tidemark::SqlEditorPanel</name>
    <message>
        <location filename="../widgets/sql/sqleditorpanel.cpp" line="+66"/>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>tidemark::SqlPanel</name>
    <message>
        <location filename="../app/gui/sqlpanel.cpp" line="+22"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
</context>
<context>
    <name>tidemark::StatusSummary</name>
    <message>
        <location filename="../app/gui/statussummary.cpp" line="+42"/>
        <source>Cancel Waiting</source>
        <translation>Warten abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop waiting for the migration lock; nothing runs</source>
        <translation>Nicht länger auf die Migrationssperre warten; nichts wird ausgeführt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who holds the migration lock, and what it runs now</source>
        <translation>Wer die Migrationssperre hält und was er gerade ausführt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database at version %1</source>
        <translation>Datenbank auf Version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No migration applied yet</source>
        <translation>Noch keine Migration angewendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Locked by %1</source>
        <translation>Gesperrt von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database version unknown</source>
        <translation>Datenbankversion unbekannt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Waiting for the migration lock, %1 s left: held by %2</source>
        <translation>Warten auf die Migrationssperre, noch %1 s: gehalten von %2</translation>
    </message>
</context>
<context>
    <name>tidemark::TimelineDelegate</name>
    <message>
        <location filename="../widgets/timelinedelegate.cpp" line="+46"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not applied, older than the database&apos;s version %1</source>
        <translation>Nicht angewendet, älter als Version %1 der Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File changed since applied · %1 · %2</source>
        <translation>Datei seit dem Anwenden geändert · %1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File missing · %1 · %2</source>
        <translation>Datei fehlt · %1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped after %1 of %2 statements</source>
        <translation>Nach %1 von %2 Anweisungen stehen geblieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
</context>
<context>
    <name>tidemark::TimelineModel</name>
    <message>
        <location filename="../widgets/timelinemodel.cpp" line="+199"/>
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+22"/>
        <source>Applied by %1 on %2 in %3</source>
        <translation>Angewendet von %1 am %2 in %3</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>What the review rules found:</source>
        <translation>Was die Review-Regeln gefunden haben:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review rules: %1.</source>
        <translation>Review-Regeln: %1.</translation>
    </message>
</context>
<context>
    <name>tidemark::TimelinePanel</name>
    <message>
        <location filename="../app/gui/timelinepanel.cpp" line="+84"/>
        <source>Search version, description, file or who applied it</source>
        <translation>Version, Beschreibung, Datei oder wer sie angewendet hat suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search migrations</source>
        <translation>Migrationen suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find Migration</source>
        <translation>Migration suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter the timeline (%1); every word must match.</source>
        <translation>Die Zeitleiste filtern (%1); jedes Wort muss passen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Show or hide: %1</source>
        <translation>Zeigen oder ausblenden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 migrations</source>
        <translation>%1: %2 Migrationen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n shown</source>
        <translation>
            <numerusform>%1 von %n gezeigt</numerusform>
            <numerusform>%1 von %n gezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidemark::TimelineView</name>
    <message>
        <location filename="../widgets/timelineview.cpp" line="+20"/>
        <source>Migration timeline</source>
        <translation>Zeitleiste der Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every migration of the project, oldest first, with its state in the database.</source>
        <translation>Jede Migration des Projekts, die älteste zuerst, mit ihrem Zustand in der Datenbank.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Database at version %1</source>
        <translation>Datenbank auf Version %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The tidemark: the database&apos;s current version. The migrations above it are what the database has reached; those below are yet to run. Click to scroll to it.</source>
        <translation>Die Flutmarke: die aktuelle Version der Datenbank. Die Migrationen darüber hat die Datenbank erreicht; die darunter stehen noch aus. Klicken, um dorthin zu blättern.</translation>
    </message>
</context>
<context>
    <name>tidemark::WorkbenchActions</name>
    <message>
        <location filename="../app/gui/workbenchactions.cpp" line="+34"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a folder of migration scripts</source>
        <translation>Einen Ordner mit Migrationsskripten öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the files and the database&apos;s history again</source>
        <translation>Dateien und Verlauf der Datenbank neu einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply Pending…</source>
        <translation>Ausstehende a&amp;nwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply Pending</source>
        <translation>Ausstehende anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and apply every pending migration</source>
        <translation>Alle ausstehenden Migrationen prüfen und anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Up to Selected…</source>
        <translation>Bis zur &amp;gewählten anwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to Selected</source>
        <translation>Bis zur gewählten anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and apply the pending migrations up to and including the selected one</source>
        <translation>Die ausstehenden Migrationen bis einschließlich der gewählten prüfen und anwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll &amp;Back One…</source>
        <translation>Eine &amp;zurückrollen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll Back One</source>
        <translation>Eine zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and roll back the most recently applied migration</source>
        <translation>Die zuletzt angewendete Migration prüfen und zurückrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll Back &amp;to Selected…</source>
        <translation>Bis zur gewählten zu&amp;rückrollen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roll Back to Selected</source>
        <translation>Bis zur gewählten zurückrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review and roll back every migration applied after the selected one</source>
        <translation>Jede nach der gewählten angewendete Migration prüfen und zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop After Current Migration</source>
        <translation>Nach der aktuellen Migration an&amp;halten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Which version of Tidemark this is</source>
        <translation>Welche Version von Tidemark dies ist</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Stop After Current</source>
        <translation>Nach aktueller anhalten</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Choose a connection profile and connect to its database</source>
        <translation>Ein Verbindungsprofil wählen und mit seiner Datenbank verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;URL…</source>
        <translation>&amp;URL öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open URL…</source>
        <translation>URL öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a database given by its URL, e.g. an SQLite file</source>
        <translation>Mit einer Datenbank über ihre URL verbinden, z. B. einer SQLite-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Migration…</source>
        <translation>&amp;Neue Migration…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Migration</source>
        <translation>Neue Migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a new migration with the project&apos;s next version</source>
        <translation>Eine neue Migration mit der nächsten Version des Projekts schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Migration</source>
        <translation>Migration &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Migration</source>
        <translation>Migration bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected migration&apos;s scripts</source>
        <translation>Die Skripte der gewählten Migration öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;hearse Pending…</source>
        <translation>Ausstehende &amp;proben …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rehearse</source>
        <translation>Proben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every pending migration for real and undo it: whether it runs, how long, what it locks, and the schema it leaves</source>
        <translation>Jede ausstehende Migration echt ausführen und rückgängig machen: ob sie läuft, wie lange, was sie sperrt und welches Schema sie hinterlässt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Let the running migration finish, then stop the run</source>
        <translation>Die laufende Migration abschließen lassen, dann den Lauf anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Now</source>
        <translation>Jetzt &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel Now</source>
        <translation>Jetzt abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the running statement on the server and roll back the current migration where it runs in a transaction</source>
        <translation>Die laufende Anweisung auf dem Server stoppen und die aktuelle Migration zurückrollen, wo sie in einer Transaktion läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Inspect Lock…</source>
        <translation>Sperre &amp;ansehen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspect Lock</source>
        <translation>Sperre ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who holds the migration lock, from where, since when, and what it runs now</source>
        <translation>Wer die Migrationssperre hält, von wo, seit wann und was er gerade ausführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Run Log…</source>
        <translation>Lauf-Log e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Log</source>
        <translation>Log exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this session&apos;s run events as JSON Lines</source>
        <translation>Die Laufereignisse dieser Sitzung als JSON Lines speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an audit report of this database&apos;s runs as HTML, PDF, CSV or JSON Lines</source>
        <translation>Einen Prüfbericht über die Läufe dieser Datenbank als HTML, PDF, CSV oder JSON Lines schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the migrations and their state</source>
        <translation>Die Migrationen und ihren Zustand zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every run this database recorded, with the chart and the chain verdict</source>
        <translation>Jeden Lauf zeigen, den diese Datenbank aufgezeichnet hat, mit Diagramm und dem Urteil über die Hash-Kette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tidemark</source>
        <translation>Ü&amp;ber Tidemark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Tidemark</source>
        <translation>Tidemark schließen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Projects</source>
        <translation>Zuletzt geöffnete &amp;Projekte</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+31"/>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrationen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
</context>
</TS>
