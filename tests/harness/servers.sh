#!/usr/bin/env bash
# Throwaway servers for the tests: PostgreSQL, MariaDB and a private D-Bus session bus with an unlocked
# gnome-keyring, each in its own folder, on free loopback ports, with random passwords.
#
#   servers.sh start DIR   starts all three in parallel and writes DIR/servers.env (KEY=VALUE lines, not
#                          shell-quoted); exits non-zero naming the server, the command and its log tail
#   servers.sh stop DIR    stops everything a start in DIR began; safe to repeat and after a failed start
#
# As root the servers run as the postgres and mysql users; otherwise as the current user.
# Environment: TIDEMARK_PG_BINDIR overrides where initdb, pg_ctl and psql are looked for; TIDEMARK_PG_DURABLE=1
# keeps fsync on (benchmarks).
set -uo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[[ $# -eq 2 ]] || usage
command=$1
dir=$2
state=$dir/state
is_root=false
[[ $(id -u) -eq 0 ]] && is_root=true

# ---------------------------------------------------------------------------------------------- helpers

random_password() {
    local text
    text=$(head -c 96 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
    printf '%s' "${text:0:28}"
}

# A loopback port in 20000-60000 that nothing listens on right now.
pick_port() {
    local port attempt
    for attempt in $(seq 100); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40001))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# Runs a command as USER when root, as the current user otherwise.
as_user() {
    local user=$1
    shift
    if $is_root; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

give_to() {
    if $is_root; then chown -R "$1:" "${@:2}"; fi
}

# Prints why SERVER did not start: the command that failed and the end of its log.
report_failure() {
    local server=$1 what=$2 log=$3
    {
        echo "servers.sh: $server did not start."
        echo "  command: $what"
        if [[ -s $log ]]; then
            echo "  last lines of $log:"
            tail -n 25 "$log" | sed 's/^/    /'
        fi
    } >&2
}

# Runs a command with its output appended to LOG; on failure reports it for SERVER.
run_logged() {
    local server=$1 log=$2
    shift 2
    if ! "$@" </dev/null >>"$log" 2>&1; then
        report_failure "$server" "$(printf '%q ' "$@")" "$log"
        return 1
    fi
}

# True while PID names a live process whose name starts with NAME (a zombie counts as gone).
process_running() {
    local pid=$1 name=$2 stat
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    [[ -r /proc/$pid/stat ]] || return 0
    stat=$(<"/proc/$pid/stat") || return 1
    [[ ${stat#*) } == Z* ]] && return 1
    [[ ${stat#*(} == "$name"* ]]
}

# Folder for the servers' data and sockets: DIR itself when the service users can reach it and socket paths
# stay short enough (Unix sockets allow about 107 bytes), else a private folder under /tmp.
choose_run_root() {
    mkdir -p "$dir"
    local abs
    abs=$(cd "$dir" && pwd)
    local reachable=true
    if $is_root; then
        runuser -u postgres -- test -x "$abs" 2>/dev/null || reachable=false
        runuser -u mysql -- test -x "$abs" 2>/dev/null || reachable=false
    fi
    if $reachable && [[ ${#abs} -le 70 ]]; then
        echo "$abs"
    else
        mktemp -d /tmp/tidemark-servers.XXXXXX
    fi
}

# ---------------------------------------------------------------------------------------------- PostgreSQL

pg_bindir() {
    if [[ -n ${TIDEMARK_PG_BINDIR:-} ]]; then
        echo "$TIDEMARK_PG_BINDIR"
        return
    fi
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -n $found ]]; then
        echo "$found"
    elif command -v pg_config >/dev/null; then
        pg_config --bindir
    else
        dirname "$(command -v initdb || echo /usr/bin/initdb)"
    fi
}

start_postgres() {
    local d=$run_root/pg bin
    bin=$(pg_bindir)
    if [[ ! -x $bin/initdb ]]; then
        report_failure PostgreSQL "$bin/initdb" /dev/null
        echo "  initdb not found; install postgresql or set TIDEMARK_PG_BINDIR" >&2
        return 1
    fi
    rm -rf "$d"
    mkdir -p "$d"
    chmod 700 "$d"
    random_password >"$d/superuser.pw"
    give_to postgres "$d"
    run_logged PostgreSQL "$d/initdb.log" as_user postgres "$bin/initdb" -D "$d/data" -U postgres \
        -A scram-sha-256 --pwfile="$d/superuser.pw" --auth-local=trust -E UTF8 --locale=C.UTF-8 --no-sync \
        --no-instructions || return 1
    rm -f "$d/superuser.pw"

    # Throwaway data needs no durability; benchmarks set TIDEMARK_PG_DURABLE=1 to commit as production does.
    local pg_durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ ${TIDEMARK_PG_DURABLE:-0} == 1 ]] && pg_durability=""
    local port attempt started=false what
    for attempt in 1 2 3; do
        port=$(pick_port) || { report_failure PostgreSQL "pick_port" /dev/null; return 1; }
        what="pg_ctl -D $d/data -l $d/server.log -w -t 30 -o '-p $port -k $d …' start"
        if as_user postgres "$bin/pg_ctl" -D "$d/data" -l "$d/server.log" -w -t 30 \
            -o "-p $port -k '$d' -c listen_addresses=127.0.0.1 $pg_durability -c max_connections=200" start </dev/null >>"$d/pg_ctl.log" 2>&1; then
            started=true
            break
        fi
        [[ -f $d/data/postmaster.pid ]] && head -n 1 "$d/data/postmaster.pid" >"$state/pg.pid"
        grep -qiE 'could not bind|already in use' "$d/server.log" 2>/dev/null || break
    done
    [[ -f $d/data/postmaster.pid ]] && head -n 1 "$d/data/postmaster.pid" >"$state/pg.pid"
    if ! $started; then
        report_failure PostgreSQL "$what" "$d/server.log"
        return 1
    fi

    local password
    password=$(random_password)
    # On stdin, not the command line, where the password would show in the process list.
    local sql="CREATE ROLE tidemark LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE tidemark_test OWNER tidemark;"
    if ! as_user postgres "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$d" -p "$port" -U postgres -d postgres \
        <<<"$sql" >>"$d/setup.log" 2>&1; then
        report_failure PostgreSQL "psql -h $d -p $port -U postgres < CREATE ROLE tidemark …" "$d/setup.log"
        return 1
    fi
    cat >"$state/pg.env" <<EOF
TIDEMARK_TEST_PG_URL=postgres://tidemark@127.0.0.1:$port/tidemark_test
TIDEMARK_TEST_PG_PASSWORD=$password
TIDEMARK_TEST_PG_PORT=$port
TIDEMARK_TEST_PG_ADMIN_SOCKET_DIR=$d
TIDEMARK_TEST_PG_ADMIN_USER=postgres
TIDEMARK_TEST_PG_BINDIR=$bin
TIDEMARK_TEST_PG_PID=$(cat "$state/pg.pid")
EOF
}

# ---------------------------------------------------------------------------------------------- MariaDB

start_mariadb() {
    local d=$run_root/mysql admin user_args=()
    for tool in mariadb-install-db mariadbd mariadb-admin mariadb; do
        if ! command -v "$tool" >/dev/null && [[ ! -x /usr/sbin/$tool ]]; then
            report_failure MariaDB "$tool" /dev/null
            echo "  $tool not found; install mariadb-server" >&2
            return 1
        fi
    done
    local server=mariadbd
    command -v mariadbd >/dev/null || server=/usr/sbin/mariadbd
    if $is_root; then
        admin=root
        user_args=(--user=mysql)
    else
        admin=$(id -un)
        user_args=(--auth-root-socket-user="$admin")
    fi
    rm -rf "$d"
    mkdir -p "$d/data"
    chmod 700 "$d"
    give_to mysql "$d"
    # Throwaway data needs no fsync: --debug-no-sync turns hundreds of them off (4 s to 0.5 s on a busy disk). The
    # InnoDB sizes match the server's below, so it starts without rewriting a 96 MB redo log first.
    local fast=(--debug-no-sync --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0
        --innodb-buffer-pool-size=64M --innodb-log-file-size=16M)
    run_logged MariaDB "$d/install.log" mariadb-install-db --no-defaults "${user_args[@]}" --datadir="$d/data" \
        --skip-test-db --skip-name-resolve --auth-root-authentication-method=socket "${fast[@]}" || return 1

    local sock=$d/mysqld.sock port attempt pid started=false what
    local run_args=()
    $is_root && run_args=(--user=mysql)
    for attempt in 1 2 3; do
        port=$(pick_port) || { report_failure MariaDB "pick_port" /dev/null; return 1; }
        : >"$d/error.log"
        give_to mysql "$d/error.log"
        local args=(--no-defaults "${run_args[@]}" --datadir="$d/data" --port="$port" --bind-address=127.0.0.1
            --socket="$sock" --pid-file="$d/mariadbd.pid" --log-error="$d/error.log" --skip-log-bin
            --skip-name-resolve "${fast[@]}" --max-connections=300 --character-set-server=utf8mb4
            --collation-server=utf8mb4_unicode_ci)
        what="$server ${args[*]}"
        "$server" "${args[@]}" </dev/null >>"$d/mariadbd.out" 2>&1 &
        pid=$!
        echo "$pid" >"$state/mysql.pid"
        local waited
        for waited in $(seq 600); do
            if mariadb-admin --no-defaults --socket="$sock" -u"$admin" --connect-timeout=1 ping \
                >/dev/null 2>&1; then
                started=true
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        $started && break
        if kill -0 "$pid" 2>/dev/null; then
            break # running but not answering: report, stop cleans up
        fi
        wait "$pid" 2>/dev/null
        grep -qiE 'already in use|Can.t start server: Bind' "$d/error.log" || break
    done
    if ! $started; then
        report_failure MariaDB "$what" "$d/error.log"
        return 1
    fi

    local password
    password=$(random_password)
    local sql="CREATE USER 'tidemark'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE USER 'tidemark'@'localhost' IDENTIFIED BY '$password';
GRANT ALL ON *.* TO 'tidemark'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL ON *.* TO 'tidemark'@'localhost' WITH GRANT OPTION;
CREATE DATABASE tidemark_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    if ! mariadb --no-defaults --socket="$sock" -u"$admin" <<<"$sql" >>"$d/setup.log" 2>&1; then
        report_failure MariaDB "mariadb --socket=$sock -u$admin < CREATE USER tidemark …" "$d/setup.log"
        return 1
    fi
    cat >"$state/mysql.env" <<EOF
TIDEMARK_TEST_MYSQL_URL=mysql://tidemark@127.0.0.1:$port/tidemark_test
TIDEMARK_TEST_MYSQL_PASSWORD=$password
TIDEMARK_TEST_MYSQL_PORT=$port
TIDEMARK_TEST_MYSQL_ADMIN_SOCKET=$sock
TIDEMARK_TEST_MYSQL_ADMIN_USER=$admin
TIDEMARK_TEST_MYSQL_PID=$pid
EOF
}

# ---------------------------------------------------------------------------------------------- keyring

start_keyring() {
    local k=$run_root/keyring
    for tool in dbus-daemon dbus-send gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null; then
            report_failure "D-Bus/gnome-keyring" "$tool" /dev/null
            echo "  $tool not found; install dbus and gnome-keyring" >&2
            return 1
        fi
    done
    rm -rf "$k"
    mkdir -p "$k"
    chmod 700 "$k"
    mkdir -m 700 -p "$k/run" "$k/data" "$k/config"
    local address
    if ! dbus-daemon --session --address="unix:path=$k/bus" --fork --print-address=3 --print-pid=4 \
        3>"$k/address" 4>"$state/dbus.pid" </dev/null >>"$k/dbus.log" 2>&1; then
        report_failure D-Bus "dbus-daemon --session --address=unix:path=$k/bus --fork" "$k/dbus.log"
        return 1
    fi
    address=$(head -n 1 "$k/address")
    if [[ -z $address ]]; then
        report_failure D-Bus "dbus-daemon --session --fork --print-address" "$k/dbus.log"
        return 1
    fi

    local password
    password=$(random_password)
    printf '%s' "$password" >"$k/unlock.pw"
    env DBUS_SESSION_BUS_ADDRESS="$address" XDG_RUNTIME_DIR="$k/run" XDG_DATA_HOME="$k/data" \
        XDG_CONFIG_HOME="$k/config" HOME="$k" \
        gnome-keyring-daemon --foreground --unlock --components=secrets <"$k/unlock.pw" >>"$k/gkd.log" 2>&1 &
    local pid=$!
    echo "$pid" >"$state/keyring.pid"
    local waited owned=false
    for waited in $(seq 200); do
        if dbus-send --bus="$address" --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
            owned=true
            break
        fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    rm -f "$k/unlock.pw"
    if ! $owned; then
        report_failure gnome-keyring "gnome-keyring-daemon --foreground --unlock --components=secrets" "$k/gkd.log"
        return 1
    fi
    cat >"$state/keyring.env" <<EOF
TIDEMARK_TEST_DBUS_ADDRESS=$address
TIDEMARK_TEST_XDG_RUNTIME_DIR=$k/run
TIDEMARK_TEST_XDG_DATA_HOME=$k/data
TIDEMARK_TEST_XDG_CONFIG_HOME=$k/config
TIDEMARK_TEST_DBUS_PID=$(cat "$state/dbus.pid")
TIDEMARK_TEST_KEYRING_PID=$pid
EOF
}

# ---------------------------------------------------------------------------------------------- stop

# Sends SIGNAL to the process in PIDFILE if it is still NAME; prints the pid to wait for.
signal_from() {
    local pidfile=$1 signal=$2 name=$3 pid
    [[ -f $pidfile ]] || return 0
    pid=$(head -n 1 "$pidfile" 2>/dev/null)
    if process_running "$pid" "$name"; then
        kill "-$signal" "$pid" 2>/dev/null && echo "$pid:$name"
    fi
}

stop_all() {
    [[ -d $state ]] || return 0
    local root=$dir
    [[ -f $state/run_root ]] && root=$(<"$state/run_root")
    rm -f "$dir/servers.env"
    local targets=()
    # The postmaster's own pid file is the truth even when start failed before recording it.
    if [[ -f $root/pg/data/postmaster.pid ]]; then
        targets+=($(signal_from "$root/pg/data/postmaster.pid" INT postgres))
    else
        targets+=($(signal_from "$state/pg.pid" INT postgres))
    fi
    targets+=($(signal_from "$state/mysql.pid" TERM mariadbd))
    [[ -f $root/mysql/mariadbd.pid ]] && targets+=($(signal_from "$root/mysql/mariadbd.pid" TERM mariadbd))
    targets+=($(signal_from "$state/keyring.pid" TERM gnome-keyring))
    targets+=($(signal_from "$state/dbus.pid" TERM dbus-daemon))
    local deadline=$((SECONDS + 20)) target left
    while :; do
        left=()
        for target in "${targets[@]}"; do
            process_running "${target%%:*}" "${target#*:}" && left+=("$target")
        done
        [[ ${#left[@]} -eq 0 ]] && break
        if ((SECONDS >= deadline)); then
            for target in "${left[@]}"; do
                echo "servers.sh: ${target#*:} (pid ${target%%:*}) did not stop; killing it" >&2
                kill -KILL "${target%%:*}" 2>/dev/null
            done
            sleep 0.2
            break
        fi
        sleep 0.05
    done
    rm -f "$state"/*.pid "$state"/*.env
    # Data is throwaway; logs stay in DIR for a look after a failed run.
    rm -rf "$root/pg/data" "$root/mysql/data" "$root/keyring/data"
    if [[ $root != "$dir" && $root == /tmp/tidemark-servers.* ]]; then
        rm -rf "$root"
    fi
    rm -f "$state/run_root"
}

# ---------------------------------------------------------------------------------------------- start

start_all() {
    stop_all # whatever a previous, interrupted run left behind
    mkdir -p "$state"
    run_root=$(choose_run_root) || { echo "servers.sh: cannot create $dir" >&2; return 1; }
    echo "$run_root" >"$state/run_root"
    if [[ $run_root != "$(cd "$dir" && pwd)" ]]; then
        chmod 755 "$run_root"
        ln -sfn "$run_root" "$dir/run"
    fi

    local started=$SECONDS
    start_postgres >"$state/pg.out" 2>&1 &
    local pg=$!
    start_mariadb >"$state/mysql.out" 2>&1 &
    local my=$!
    start_keyring >"$state/keyring.out" 2>&1 &
    local kr=$!
    local failed=false
    wait "$pg" || failed=true
    wait "$my" || failed=true
    wait "$kr" || failed=true
    if $failed; then
        cat "$state/pg.out" "$state/mysql.out" "$state/keyring.out" >&2
        stop_all
        return 1
    fi
    cat "$state/pg.env" "$state/mysql.env" "$state/keyring.env" >"$dir/servers.env.tmp"
    chmod 600 "$dir/servers.env.tmp"
    mv "$dir/servers.env.tmp" "$dir/servers.env"
    echo "servers.sh: PostgreSQL, MariaDB and the keyring are up ($((SECONDS - started)) s); see $dir/servers.env"
}

case $command in
start) start_all ;;
stop) stop_all ;;
*) usage ;;
esac
